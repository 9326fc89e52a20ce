import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import { WHOLE, dive, roundedRoster } from '../../src/curtois-qu/curtois-dive.js';
import {
  type IndexedCurtois,
  emptyGrid,
  gridObjective,
  indexCurtois,
} from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
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

/**
 * Checks `check` on random small instances that have a roster, with their exact optimum and a
 * value drawn from `extra`, under fast-check's `params`.
 */
const onRandomInstances = <T>(
  extra: fc.Arbitrary<T>,
  check: (instance: CurtoisInstance, ix: IndexedCurtois, optimum: number, value: T) => Promise<void>,
  params: fc.Parameters<[CurtoisInstance, T]>,
) =>
  fc.assert(
    fc.asyncProperty(fc.oneof(randomCurtoisInstance, tighterInstance), extra, async (instance, value) => {
      const exact = await exactOptimum(instance);
      if (exact) await check(instance, indexCurtois(instance), exact.objective, value);
    }),
    params,
  );

/**
 * Instance n's programs and a master that holds each employee's cheapest row at zero duals (the
 * caller disposes of the master); `cost` is scratch space for the cell costs.
 */
const startMaster = async (n: number) => {
  const instance = benchmarkInstance(n);
  const ix = indexCurtois(instance);
  const programs = ix.instance.staff.map((_, e) => rowProgram(ix, e));
  const cost = new Float64Array(ix.H * ix.S);
  const master = new Master(await loadHighs(), ix);
  for (let e = 0; e < ix.E; e++)
    master.add(e, programs[e]!.cheapest(reducedCellCosts(ix, e, undefined, cost))!.row!);
  return { instance, ix, programs, cost, master };
};

describe('the dive from the column-generation root', () => {
  it('ends at a legal roster no cheaper than the optimum, in at most one node per employee', async () => {
    let found = 0;
    let optimal = 0;
    await onRandomInstances(
      fc.oneof(fc.constant(1e6), fc.constant(0), fc.integer({ min: 1, max: 20 })),
      async (instance, ix, optimum, slack) => {
        const now = performance.now();
        const target = Math.min(1e6, optimum + slack);
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
        const value = expectLegalRoster(instance, ix, result.grid, optimum);
        // Only rosters that beat the incumbent come back.
        expect(value).toBeLessThan(target);
        if (value === optimum) optimal++;
      },
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
    await onRandomInstances(
      fc.record({ rounds: fc.integer({ min: 1, max: 3 }), share: fc.constantFrom(0.002, 0.05, 1) }),
      async (instance, ix, optimum, tailOff) => {
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
        expectLegalRoster(instance, ix, result.grid, optimum);
      },
      { seed: 7, numRuns: 30 },
    );
    expect(found).toBeGreaterThan(15);
  }, 120_000);
});

describe('dives that fix columns the master picks at least a share, in turn, paced and cut off', () => {
  it('end at legal rosters no cheaper than the optimum, and a second dive never makes the first worse', async () => {
    let found = 0;
    await onRandomInstances(
      fc.constantFrom(0.6, 0.8, 0.95),
      async (instance, ix, optimum, fixAt) => {
        const run = async (dives: number[]) => {
          const now = performance.now();
          return columnGenerationBound(ix, {
            boundUntil: now + 20_000,
            branchUntil: now + 20_000,
            integerMs: 0,
            search: 'dive',
            dives,
          });
        };
        const one = await run([fixAt]);
        const two = await run([fixAt, WHOLE]);
        if (!one.converged || !one.grid) return;
        found++;
        // Each dive needs at most one node per employee, and one more to see a whole roster.
        expect(one.nodes).toBeLessThanOrEqual(ix.E + 1);
        expect(two.nodes).toBeLessThanOrEqual(2 * (ix.E + 1));
        const first = expectLegalRoster(instance, ix, one.grid, optimum);
        const both = expectLegalRoster(instance, ix, two.grid!, optimum);
        // The first dive is the same run; the second keeps a roster only when it is cheaper.
        expect(both).toBeLessThanOrEqual(first);
      },
      { seed: 11, numRuns: 30 },
    );
    expect(found).toBeGreaterThan(15);
  }, 120_000);

  it('from a root ended by its tail-off, or cut off by short deadlines, end at legal rosters or at none', async () => {
    let rosters = 0;
    let unconverged = 0;
    await onRandomInstances(
      fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60 }), fc.boolean()),
      async (instance, ix, optimum, [rootMs, diveMs, tailed]) => {
        const now = performance.now();
        // The root may be cut off (or end at its tail-off) before it converges; the dive gets a
        // few milliseconds after that, so some are cut off too.
        const result = await columnGenerationBound(ix, {
          boundUntil: now + rootMs,
          branchUntil: now + rootMs + diveMs,
          integerMs: 0,
          search: 'dive',
          diveTailOff: { rounds: 1, share: 0.01 },
          ...(tailed ? { rootTailOff: { rounds: 1, share: 0.05 } } : {}),
        });
        if (result.bound !== undefined) expect(result.bound).toBeLessThanOrEqual(optimum + 1e-6);
        if (!result.converged) unconverged++;
        if (!result.grid) return;
        rosters++;
        expectLegalRoster(instance, ix, result.grid, optimum);
      },
      { seed: 13, numRuns: 40 },
    );
    expect(rosters).toBeGreaterThan(10);
    expect(unconverged).toBeGreaterThan(5);
  }, 120_000);

  it('cut off by its deadline after a node, ends at a legal roster rounded from that node', async () => {
    const { instance, ix, programs, cost, master } = await startMaster(7);
    try {
      const price = (duals: Duals) =>
        programs.map((program, e) => program.cheapest(reducedCellCosts(ix, e, duals.cover, cost)));
      const root = await priceNode(ix, master, price, Number.POSITIVE_INFINITY, performance.now() + 60_000);
      expect(root).toBe('converged');
      let rounded = 0;
      // Deadlines from within the first node to past the whole dive.
      for (const ms of [10, 20, 40, 80, 160, 320, 640, 60_000]) {
        const result = await dive(ix, {
          programs,
          master,
          incumbent: Number.POSITIVE_INFINITY,
          deadline: performance.now() + ms,
        });
        if (ms === 60_000) expect(result.cutOff).toBeUndefined();
        if (!result.grid) continue;
        expectLegalRoster(instance, ix, result.grid, 1056);
        if (result.cutOff) rounded++;
      }
      expect(rounded).toBeGreaterThan(0);
    } finally {
      master.dispose();
    }
  }, 120_000);

  it("rounds a cut-off dive to the rows fixed and each free employee's largest column", () => {
    const ix = indexCurtois(benchmarkInstance(2));
    const row = (s: number) => new Int16Array(ix.H).fill(-1).map((_, d) => (d % 7 < 2 ? s : -1));
    const fixed = new Array<Int16Array | undefined>(ix.E).fill(undefined);
    fixed[0] = row(0);
    const last = [
      { e: 0, row: row(1), value: 0.9 },
      ...Array.from({ length: ix.E - 1 }, (_, k) => [
        { e: k + 1, row: row(0), value: 0.3 },
        { e: k + 1, row: row(1), value: 0.7 },
      ]).flat(),
    ];
    const { grid } = roundedRoster(ix, fixed, last, Number.POSITIVE_INFINITY);
    const expected = emptyGrid(ix).map((_, e) => (e === 0 ? row(0) : row(1)));
    expect(grid).toEqual(expected);
    // No roster without a column for every free employee, or when it does not beat the incumbent.
    expect(roundedRoster(ix, fixed, last.slice(0, -2), Number.POSITIVE_INFINITY).grid).toBeUndefined();
    expect(roundedRoster(ix, fixed, last, gridObjective(ix, expected)).grid).toBeUndefined();
  });
});

describe("a node's column generation", () => {
  /** Column generation on Instance6 from each employee's cheapest row at zero duals: its outcome and pricing rounds. */
  const run = async (tailOff?: TailOff) => {
    const { ix, programs, cost, master } = await startMaster(6);
    try {
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
