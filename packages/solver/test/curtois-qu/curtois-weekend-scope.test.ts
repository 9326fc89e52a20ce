import { describe, expect, it } from 'vitest';
import {
  type Grid,
  emptyGrid,
  gridAssignments,
  gridObjective,
  indexCurtois,
} from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { buildCurtoisModel } from '../../src/curtois-qu/curtois-model.js';
import { employeeBinaries, mulberry32 } from '../../src/curtois-qu/curtois-search.js';
import { halfWorkedWeekends, weekendScope } from '../../src/curtois-qu/curtois-weekend-scope.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { highsEngine } from '../../src/engine/highs-engine.js';

/**
 * Two weeks, one shift, one person needed every day and two on the first Saturday (day 5). B has
 * the first Sunday (day 6) off, so only A can cover it, but A may work two shifts only.
 */
const instance: CurtoisInstance = {
  horizon: 14,
  shifts: [{ id: 'D', minutes: 480, forbiddenNext: [] }],
  staff: [
    {
      id: 'A',
      maxShifts: { D: 14 },
      maxTotalMinutes: 960,
      minTotalMinutes: 0,
      maxConsecutiveShifts: 7,
      minConsecutiveShifts: 1,
      minConsecutiveDaysOff: 1,
      maxWeekends: 1,
    },
    {
      id: 'B',
      maxShifts: { D: 14 },
      maxTotalMinutes: 480 * 13,
      minTotalMinutes: 0,
      maxConsecutiveShifts: 7,
      minConsecutiveShifts: 1,
      minConsecutiveDaysOff: 1,
      maxWeekends: 2,
    },
  ],
  daysOff: { B: [6] },
  onRequests: [],
  offRequests: [],
  cover: Array.from({ length: 14 }, (_, day) => ({
    day,
    shift: 'D',
    requirement: day === 5 ? 2 : 1,
    underWeight: 100,
    overWeight: 1,
  })),
};
const ix = indexCurtois(instance);
const perEmployee = instance.staff.map((_, e) => employeeBinaries(ix, e, 0, ix.H));

/** A works the first Saturday and day 10; B works every day but its day off. */
function start(): Grid {
  const grid = emptyGrid(ix);
  grid[0]![5] = 0;
  grid[0]![10] = 0;
  for (let d = 0; d < ix.H; d++) if (d !== 6) grid[1]![d] = 0;
  return grid;
}

describe('weekend-completion neighbourhoods', () => {
  it('finds the half-worked weekends whose other day may be worked and is under-covered', () => {
    const grid = start();
    // B also works only the first Saturday, but its Sunday is a fixed day off.
    expect(halfWorkedWeekends(ix, grid)).toEqual([{ employee: 0, week: 0 }]);
    // A works the second Saturday too; its Sunday is covered by B, so nothing is gained there.
    grid[0]![12] = 0;
    expect(halfWorkedWeekends(ix, grid)).toEqual([{ employee: 0, week: 0 }]);
    // Once B is off that Sunday, A could cover it, and so could B.
    grid[1]![13] = -1;
    expect(halfWorkedWeekends(ix, grid)).toEqual([
      { employee: 0, week: 0 },
      { employee: 0, week: 1 },
      { employee: 1, week: 1 },
    ]);
    expect(halfWorkedWeekends(ix, emptyGrid(ix))).toEqual([]);
  });

  it('frees that employee on every day and everyone from Thursday to Tuesday, as far as the size allows', () => {
    const random = mulberry32(1);
    expect(weekendScope(ix, start(), random, perEmployee, 1000)).toEqual({
      employees: [0, 1],
      from: 3,
      to: 9,
      wholeHorizon: [0],
    });
    // Room for A's row only: nobody else joins the window.
    expect(weekendScope(ix, start(), random, perEmployee, perEmployee[0]!)?.employees).toEqual([0]);
    expect(weekendScope(ix, emptyGrid(ix), random, perEmployee, 1000)).toBeUndefined();
  });

  it('completes a weekend that needs a change outside the window, which the window alone cannot', async () => {
    const engine = highsEngine();
    const solve = async (scope: Parameters<typeof buildCurtoisModel>[2]) => {
      const grid = start();
      const mip = buildCurtoisModel(ix, grid, scope);
      const result = await engine.solve(mip.model, {
        timeLimitSeconds: 10,
        mipGap: 0,
        warmStart: mip.encode(grid),
      });
      expect(result.status).toBe('optimal');
      mip.decode(result.values, grid);
      expect(verifyCurtoisSolution(instance, gridAssignments(ix, grid)).violations).toEqual([]);
      return grid;
    };
    // The start: the first Sunday uncovered (100) and day 10 over-covered (1).
    expect(gridObjective(ix, start())).toBe(101);
    // Everyone over the same days: A can only move its Saturday to Sunday, which is no better.
    const window = await solve({ employees: [0, 1], from: 3, to: 9 });
    expect(gridObjective(ix, window)).toBe(101);
    // With A free on every day, A gives up day 10 and works the whole weekend.
    const scope = weekendScope(ix, start(), mulberry32(1), perEmployee, 1000)!;
    const completed = await solve(scope);
    expect(gridObjective(ix, completed)).toBe(0);
    expect(Array.from(completed[0]!)).toEqual([-1, -1, -1, -1, -1, 0, 0, -1, -1, -1, -1, -1, -1, -1]);
    expect(halfWorkedWeekends(ix, completed)).toEqual([]);
  });
});
