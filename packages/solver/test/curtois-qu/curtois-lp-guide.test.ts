import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Grid, eds, emptyGrid, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { disagreement, lpCells, weightedPick } from '../../src/curtois-qu/curtois-lp-guide.js';
import { employeeBinaries, neighbourhood } from '../../src/curtois-qu/curtois-search.js';
import { mulberry32 } from '../../src/rng.js';

/** Four weeks, ten employees, an early and a late shift; nobody has a fixed day off. */
const instance: CurtoisInstance = {
  horizon: 28,
  shifts: [
    { id: 'E', minutes: 480, forbiddenNext: [] },
    { id: 'L', minutes: 480, forbiddenNext: ['E'] },
  ],
  staff: Array.from({ length: 10 }, (_, e) => ({
    id: `P${e}`,
    maxShifts: { E: 28, L: 28 },
    maxTotalMinutes: 480 * 20,
    minTotalMinutes: 0,
    maxConsecutiveShifts: 5,
    minConsecutiveShifts: 1,
    minConsecutiveDaysOff: 1,
    maxWeekends: 2,
  })),
  daysOff: {},
  onRequests: [],
  offRequests: [],
  cover: [],
};
const ix = indexCurtois(instance);
const perEmployee = instance.staff.map((_, e) => employeeBinaries(ix, e, 0, ix.H));

/** A roster where employee e works the early shift on days where (d + e) % 3 is not 0. */
function roster(): Grid {
  const grid = emptyGrid(ix);
  for (let e = 0; e < ix.E; e++) for (let d = 0; d < ix.H; d++) if ((d + e) % 3 !== 0) grid[e]![d] = 0;
  return grid;
}

/** The roster's own 0/1 values as LP cell values. */
function cellsOf(grid: Grid): Float64Array {
  const lp = new Float64Array(ix.E * ix.H * ix.S);
  for (let e = 0; e < ix.E; e++)
    for (let d = 0; d < ix.H; d++) if (grid[e]![d]! >= 0) lp[eds(ix, e, d, grid[e]![d]!)] = 1;
  return lp;
}

describe('LP guidance of the neighbourhood search', () => {
  it('reads the cell values by variable name, 0 where the LP has none', () => {
    const lp = lpCells(ix, { x_3_5_1: 0.25, x_0_0_0: 1, under_0_0: 4 });
    expect(lp[eds(ix, 3, 5, 1)]).toBe(0.25);
    expect(lp[eds(ix, 0, 0, 0)]).toBe(1);
    expect(lp.reduce((a, b) => a + b, 0)).toBe(1.25);
  });

  it('measures disagreement per employee day: 0 where the LP agrees, 1 for a different shift', () => {
    const grid = roster();
    const lp = cellsOf(grid);
    expect(disagreement(ix, lp, grid).every((v) => v === 0)).toBe(true);
    lp[eds(ix, 2, 8, 0)] = 0; // 2 works E on day 8; the LP says L there
    lp[eds(ix, 2, 8, 1)] = 1;
    lp[eds(ix, 4, 2, 0)] = 0.5; // 4 is off on day 2; the LP works E half
    const far = disagreement(ix, lp, grid);
    expect(far[2 * ix.H + 8]).toBe(1);
    expect(far[4 * ix.H + 2]).toBe(0.25);
    expect(far.reduce((a, b) => a + b, 0)).toBe(1.25);
  });

  it('never picks a zero weight and picks in proportion to the weights', () => {
    const random = mulberry32(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[weightedPick([1, 0, 3], random)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
  });

  it('frees the window and the employee where the roster leaves the LP, far more often than chance', () => {
    const grid = roster();
    const lp = cellsOf(grid);
    for (const d of [20, 21]) {
      lp[eds(ix, 6, d, 0)] = 0;
      lp[eds(ix, 6, d, 1)] = 1;
    }
    const random = mulberry32(11);
    let hits = 0;
    const draws = 200;
    for (let i = 0; i < draws; i++) {
      // About 3 employees over 5 days: by chance, day 20 or 21 and employee 6 in ~7 % of the scopes.
      const scope = neighbourhood(ix, random, perEmployee, 30, {
        longShare: 0,
        guide: { lp, roster: grid, guidedShare: 1 },
      });
      if (scope.from <= 21 && scope.to > 20 && scope.employees.includes(6)) hits++;
    }
    expect(hits / draws).toBeGreaterThan(0.9);
  });

  it('draws valid scopes, guided or not: distinct sorted employees inside the horizon', () => {
    const grid = roster();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 10, max: 600 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (seed, target, longShare, guided) => {
          const random = mulberry32(seed);
          const lp = new Float64Array(ix.E * ix.H * ix.S).map(() => random());
          const scope = neighbourhood(ix, random, perEmployee, target, {
            longShare,
            ...(guided ? { guide: { lp, roster: grid } } : {}),
          });
          expect(scope.from).toBeGreaterThanOrEqual(0);
          expect(scope.to).toBeLessThanOrEqual(ix.H);
          expect(scope.to).toBeGreaterThan(scope.from);
          expect(scope.employees.length).toBeGreaterThan(0);
          expect(new Set(scope.employees).size).toBe(scope.employees.length);
          expect([...scope.employees].sort((a, b) => a - b)).toEqual(scope.employees);
          expect(scope.employees.every((e) => e >= 0 && e < ix.E)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
