import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anneal } from '../../src/curtois-qu/curtois-anneal.js';
import { emptyGrid, gridAssignments, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import {
  rowHardness,
  rowRules,
  totalsHardness,
  windowHardness,
} from '../../src/curtois-qu/curtois-row-cost.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { mulberry32 } from '../../src/rng.js';
import { benchmarkInstance } from './benchmark-instance.js';

const instance = benchmarkInstance(8);
const ix = indexCurtois(instance);
const rules = rowRules(ix);
// A roster near the feasible region (the annealer's end point), so that mutations land on both sides.
const base = anneal(ix, emptyGrid(ix), {
  deadline: Number.POSITIVE_INFINITY,
  maxMoves: 300_000,
  random: mulberry32(3),
}).final;

// Days near the horizon's edges and around weekends are where the rules have their special cases.
const day = fc.oneof(
  fc.integer({ min: 0, max: ix.H - 1 }),
  fc.constantFrom(0, 1, 2, 4, 5, 6, 7, ix.H - 3, ix.H - 2, ix.H - 1),
);

describe("the annealer's row score", () => {
  it('is zero exactly when the independent verifier finds no violation for that employee', () => {
    const counts = new Int32Array(ix.S);
    const seen = { legal: 0, broken: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ix.E - 1 }),
        fc.array(fc.tuple(day, fc.integer({ min: -1, max: ix.S - 1 })), { maxLength: 4 }),
        (e, changes) => {
          const grid = base.map((row) => row.slice());
          for (const [d, s] of changes) if (!ix.dayOff[e]![d]) grid[e]![d] = s;
          const id = instance.staff[e]!.id;
          const verdict = verifyCurtoisSolution(instance, gridAssignments(ix, grid));
          const own = verdict.violations.filter((v) => v.employee === id);
          const hardness = rowHardness(rules, e, grid[e]!, counts);
          expect(hardness === 0, own.map((v) => v.message).join('; ')).toBe(own.length === 0);
          seen[own.length === 0 ? 'legal' : 'broken']++;
        },
      ),
      { seed: 42, numRuns: 400 },
    );
    // Both sides of the boundary were tried.
    expect(seen.legal).toBeGreaterThan(40);
    expect(seen.broken).toBeGreaterThan(40);
  });
});

/** One employee with random rules (minute limits often loose) and a random row over 1–3 weeks. */
const randomRow = fc
  .record({
    weeks: fc.integer({ min: 1, max: 3 }),
    types: fc.integer({ min: 1, max: 3 }),
    forbidden: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    maxShifts: fc.array(fc.integer({ min: 0, max: 21 }), { minLength: 3, maxLength: 3 }),
    minShifts: fc.integer({ min: 0, max: 12 }),
    extraShifts: fc.integer({ min: 0, max: 12 }),
    maxConsecutive: fc.integer({ min: 1, max: 6 }),
    minConsecutive: fc.integer({ min: 1, max: 3 }),
    minDaysOff: fc.integer({ min: 1, max: 3 }),
    maxWeekends: fc.integer({ min: 0, max: 3 }),
    offShare: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
  })
  .chain((p) =>
    fc.record({
      p: fc.constant(p),
      row: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: p.types - 1 })),
        { minLength: 7 * p.weeks, maxLength: 7 * p.weeks },
      ),
    }),
  );

describe("the annealer's row score on random rules", () => {
  it('agrees with the independent verifier on every rule, edges and weekends included', () => {
    const seen = { legal: 0, broken: 0 };
    fc.assert(
      fc.property(randomRow, ({ p, row }) => {
        const random = oneEmployee(p);
        const index = indexCurtois(random);
        const grid = emptyGrid(index);
        row.forEach(([u, s], d) => {
          grid[0]![d] = u < p.offShare ? -1 : s;
        });
        const verdict = verifyCurtoisSolution(random, gridAssignments(index, grid));
        const hardness = rowHardness(rowRules(index), 0, grid[0]!, new Int32Array(index.S));
        expect(hardness === 0, verdict.violations.map((v) => v.message).join('; ')).toBe(verdict.feasible);
        seen[verdict.feasible ? 'legal' : 'broken']++;
      }),
      { seed: 7, numRuns: 2000 },
    );
    expect(seen.legal).toBeGreaterThan(100);
    expect(seen.broken).toBeGreaterThan(100);
  });
});

type RowParameters = (typeof randomRow extends fc.Arbitrary<infer T> ? T : never)['p'];

/** A one-employee instance with the rules of `p`, no cover and no requests. */
function oneEmployee(p: RowParameters): CurtoisInstance {
  const ids = ['E', 'D', 'N'].slice(0, p.types);
  return {
    horizon: 7 * p.weeks,
    shifts: ids.map((id, s) => ({
      id,
      minutes: 480,
      forbiddenNext: ids.filter((_, t) => p.forbidden[s * 3 + t]),
    })),
    staff: [
      {
        id: 'A',
        maxShifts: Object.fromEntries(ids.map((id, s) => [id, p.maxShifts[s]!])),
        minTotalMinutes: 480 * p.minShifts,
        maxTotalMinutes: 480 * (p.minShifts + p.extraShifts),
        maxConsecutiveShifts: p.maxConsecutive,
        minConsecutiveShifts: p.minConsecutive,
        minConsecutiveDaysOff: p.minDaysOff,
        maxWeekends: p.maxWeekends,
      },
    ],
    daysOff: {},
    onRequests: [],
    offRequests: [],
    cover: [],
  };
}

describe("the annealer's window score", () => {
  // The annealer rescores a move on the window of the days it changes, and skips the score before
  // the move when the row has no run violation: both rest on these three facts.
  it('sums to the run part of the row score, never exceeds it, and changes exactly as the row does', () => {
    const newDays = fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 1, maxLength: 7 });
    let changed = 0;
    fc.assert(
      fc.property(randomRow, newDays, fc.integer({ min: 0, max: 20 }), ({ p, row }, change, start) => {
        const index = indexCurtois(oneEmployee(p));
        const rules = rowRules(index);
        const H = index.H;
        const grid = emptyGrid(index);
        row.forEach(([u, s], d) => {
          grid[0]![d] = u < p.offShare ? -1 : s;
        });
        const r = grid[0]!;
        const counts = new Int32Array(index.S);
        /** The row score less its totals part (rowHardness leaves the shift counts in `counts`). */
        const runPart = (at: Int16Array) => {
          const hard = rowHardness(rules, 0, at, counts);
          const minutes = 480 * counts.reduce((sum, n) => sum + n, 0);
          let weekends = 0;
          for (let d = 5; d < H; d += 7) if (at[d]! >= 0 || at[d + 1]! >= 0) weekends++;
          return hard - totalsHardness(rules, 0, counts, 0, minutes, weekends);
        };
        const lo = start % H;
        const hi = Math.min(H - 1, lo + change.length - 1);
        const whole = windowHardness(rules, 0, r, 0, H - 1);
        const before = windowHardness(rules, 0, r, lo, hi);
        expect(whole).toBe(runPart(r));
        expect(before).toBeGreaterThanOrEqual(0);
        expect(before).toBeLessThanOrEqual(whole);
        change.slice(0, hi - lo + 1).forEach((v, i) => {
          r[lo + i] = Math.min(v, p.types - 1);
        });
        const after = windowHardness(rules, 0, r, lo, hi);
        expect(after - before).toBe(runPart(r) - whole);
        if (after !== before) changed++;
      }),
      { seed: 11, numRuns: 2000 },
    );
    // Moves that change the run score were among those tried.
    expect(changed).toBeGreaterThan(200);
  });
});
