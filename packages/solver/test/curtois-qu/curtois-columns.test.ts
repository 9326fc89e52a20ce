import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import { indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { benchmarkInstance } from './benchmark-instance.js';
import { expectLegalRoster } from './expect-roster.js';
import { exactOptimum, randomCurtoisInstance, toGrid } from './random-instance.js';

describe('columnGenerationBound', () => {
  it("reaches Instance2's optimum 828 as a bound and never passes it", async () => {
    const instance = benchmarkInstance(2);
    const exact = await exactOptimum(instance);
    expect(exact?.objective).toBe(828);
    const now = performance.now();
    const result = await columnGenerationBound(indexCurtois(instance), {
      start: toGrid(instance, exact!.assignments),
      boundUntil: now + 30_000,
      integerMs: 0,
    });
    expect(result.converged).toBe(true);
    // The compact model's LP relaxation is below 828; the Dantzig–Wolfe bound proves the optimum.
    expect(result.bound).toBeGreaterThan(827);
    expect(result.bound).toBeLessThanOrEqual(828 + 1e-6);
  });

  it('never exceeds the exact optimum of random small instances, and its rosters are legal', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(randomCurtoisInstance, async (instance) => {
        const exact = await exactOptimum(instance);
        if (!exact) return;
        compared++;
        const ix = indexCurtois(instance);
        const now = performance.now();
        const result = await columnGenerationBound(ix, {
          start: toGrid(instance, exact.assignments),
          boundUntil: now + 10_000,
          integerMs: 2_000,
        });
        expect(result.bound).toBeDefined();
        expect(result.bound!).toBeLessThanOrEqual(exact.objective + 1e-6);
        if (result.grid) expectLegalRoster(instance, ix, result.grid, exact.objective);
      }),
      { seed: 11, numRuns: 25 },
    );
    // Most random instances are feasible, so the bound was compared many times.
    expect(compared).toBeGreaterThan(12);
  }, 120_000);
});
