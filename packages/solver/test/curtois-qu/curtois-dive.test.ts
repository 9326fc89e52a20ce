import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import { gridObjective, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import {
  type Duals,
  Master,
  type TailOff,
  priceNode,
  reducedCellCosts,
} from '../../src/curtois-qu/curtois-master.js';
import { rowProgram } from '../../src/curtois-qu/curtois-row-program.js';
import { loadHighs } from '../../src/engine/highs-engine.js';
import { benchmarkInstance } from './benchmark-instance.js';
import { expectLegalRoster } from './expect-roster.js';
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
          const value = expectLegalRoster(instance, ix, result.grid, exact.objective);
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

  it('with a tail-off still ends at legal rosters no cheaper than the optimum', async () => {
    let found = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomCurtoisInstance, tighterInstance),
        fc.record({ rounds: fc.integer({ min: 1, max: 3 }), share: fc.constantFrom(0.002, 0.05, 1) }),
        async (instance, tailOff) => {
          const exact = await exactOptimum(instance);
          if (!exact) return;
          const ix = indexCurtois(instance);
          const now = performance.now();
          const result = await columnGenerationBound(ix, {
            boundUntil: now + 20_000,
            branchUntil: now + 20_000,
            integerMs: 0,
            search: 'dive',
            diveTailOff: tailOff,
          });
          if (!result.grid) return;
          found++;
          expect(result.nodes).toBeLessThanOrEqual(ix.E + 1);
          expectLegalRoster(instance, ix, result.grid, exact.objective);
        },
      ),
      { seed: 7, numRuns: 30 },
    );
    expect(found).toBeGreaterThan(15);
  }, 120_000);
});

describe("a node's column generation", () => {
  /** Column generation on Instance6 from each employee's cheapest row at zero duals: its outcome and pricing rounds. */
  const run = async (tailOff?: TailOff) => {
    const ix = indexCurtois(benchmarkInstance(6));
    const programs = ix.instance.staff.map((_, e) => rowProgram(ix, e));
    const cost = new Float64Array(ix.H * ix.S);
    const master = new Master(await loadHighs(), ix);
    try {
      for (let e = 0; e < ix.E; e++)
        master.add(e, programs[e]!.cheapest(reducedCellCosts(ix, e, undefined, cost))!.row!);
      let rounds = 0;
      const price = (duals: Duals) => {
        rounds++;
        return programs.map((program, e) => program.cheapest(reducedCellCosts(ix, e, duals.cover, cost)));
      };
      const outcome = await priceNode(
        ix,
        master,
        price,
        Number.POSITIVE_INFINITY,
        performance.now() + 60_000,
        tailOff,
      );
      return { outcome, rounds };
    } finally {
      master.dispose();
    }
  };

  it('converges when no improving row is left, and with a tail-off ends once the master stalls', async () => {
    const full = await run();
    expect(full.outcome).toBe('converged');
    expect(full.rounds).toBeGreaterThan(3);
    // A share of 1: any master value no higher than the last one's counts as stalled, so the node
    // ends at its second master solve, after one round of pricing.
    expect(await run({ rounds: 1, share: 1 })).toEqual({ outcome: 'tailed', rounds: 1 });
    // A share of 0 stalls only where the value stands still: it ends before, or where, the full run does.
    const strict = await run({ rounds: 1, share: 0 });
    expect(strict.rounds).toBeLessThanOrEqual(full.rounds);
  }, 60_000);
});
