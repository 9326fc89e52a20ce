import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import { gridAssignments, gridObjective, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { benchmarkInstance } from './benchmark-instance.js';
import { exactOptimum, randomCurtoisInstance, tighterInstance } from './random-instance.js';

describe('the dive from the column-generation root', () => {
  it('ends at a legal roster no cheaper than the optimum, in at most one node per employee', async () => {
    let found = 0;
    let optimal = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomCurtoisInstance, tighterInstance),
        fc.oneof(fc.constant(1e6), fc.constant(0), fc.integer({ min: 1, max: 20 })),
        async (instance, slack) => {
          const exact = await exactOptimum(instance);
          if (!exact) return;
          const ix = indexCurtois(instance);
          const now = performance.now();
          const target = Math.min(1e6, exact.objective + slack);
          const result = await columnGenerationBound(ix, {
            boundUntil: now + 20_000,
            branchUntil: now + 20_000,
            target,
            integerMs: 0,
            search: 'dive',
          });
          if (!result.converged) return;
          // With the optimum as the incumbent there is nothing to find.
          if (slack === 0) expect(result.grid).toBeUndefined();
          if (!result.grid) return;
          found++;
          // Each node fixes at least one more employee to a whole row; the last one fixes none.
          expect(result.nodes).toBeLessThanOrEqual(ix.E + 1);
          const check = verifyCurtoisSolution(instance, gridAssignments(ix, result.grid));
          expect(check.violations).toEqual([]);
          const value = gridObjective(ix, result.grid);
          expect(check.objective.total).toBe(value);
          expect(value).toBeGreaterThanOrEqual(exact.objective);
          // Only rosters that beat the incumbent come back.
          expect(value).toBeLessThan(target);
          if (value === exact.objective) optimal++;
        },
      ),
      { seed: 5, numRuns: 60 },
    );
    // On these small instances the dive reaches the optimum almost every time (42 of 42 when written).
    expect(found).toBeGreaterThan(30);
    expect(optimal).toBeGreaterThan(30);
  }, 120_000);

  it("reaches Instance16's best known value 3225 from its root (bound 3223.5) with no roster to start from", async () => {
    const ix = indexCurtois(benchmarkInstance(16));
    const now = performance.now();
    const result = await columnGenerationBound(ix, {
      boundUntil: now + 60_000,
      branchUntil: now + 60_000,
      target: 1e6,
      integerMs: 0,
      search: 'dive',
    });
    expect(result.converged).toBe(true);
    expect(result.bound).toBeCloseTo(3223.5, 3);
    expect(result.nodes).toBeLessThanOrEqual(ix.E + 1);
    expect(gridObjective(ix, result.grid!)).toBe(3225);
  }, 120_000);
});
