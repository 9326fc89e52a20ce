// Random small Curtois–Qu instances for property tests, and helpers around their exact optimum.
import fc from 'fast-check';
import { type Grid, emptyGrid, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisAssignment, CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { solveCurtoisQu } from '../../src/curtois-qu/solve-curtois-qu.js';

/**
 * One or two weeks, two to four employees, one or two shift types (a late shift may forbid an
 * early one the next day), random consecutive-day and weekend rules, random cover and requests.
 */
export const randomCurtoisInstance: fc.Arbitrary<CurtoisInstance> = fc
  .record({
    weeks: fc.integer({ min: 1, max: 2 }),
    staff: fc.integer({ min: 2, max: 4 }),
    types: fc.integer({ min: 1, max: 2 }),
    forbidLateEarly: fc.boolean(),
    minShifts: fc.integer({ min: 0, max: 4 }),
    maxConsecutive: fc.integer({ min: 2, max: 5 }),
    minConsecutive: fc.integer({ min: 1, max: 2 }),
    minDaysOff: fc.integer({ min: 1, max: 2 }),
    maxWeekends: fc.integer({ min: 0, max: 2 }),
    cover: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 100 })), {
      minLength: 28,
      maxLength: 28,
    }),
    requests: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1, max: 3 }),
      ),
      { maxLength: 8 },
    ),
  })
  .map((p): CurtoisInstance => {
    const horizon = 7 * p.weeks;
    const ids = ['E', 'L'].slice(0, p.types);
    const staff = ['A', 'B', 'C', 'D'].slice(0, p.staff);
    return {
      horizon,
      shifts: ids.map((id) => ({
        id,
        minutes: 480,
        forbiddenNext: p.forbidLateEarly && id === 'L' ? ['E'] : [],
      })),
      staff: staff.map((id) => ({
        id,
        maxShifts: Object.fromEntries(ids.map((s) => [s, horizon])),
        minTotalMinutes: 480 * p.minShifts,
        maxTotalMinutes: 480 * horizon,
        maxConsecutiveShifts: p.maxConsecutive,
        minConsecutiveShifts: p.minConsecutive,
        minConsecutiveDaysOff: p.minDaysOff,
        maxWeekends: p.maxWeekends,
      })),
      daysOff: {},
      onRequests: p.requests
        .filter(([e, d]) => e < p.staff && d < horizon && d % 2 === 0)
        .map(([e, d, w]) => ({ employee: staff[e]!, day: d, shift: ids[0]!, weight: w })),
      offRequests: p.requests
        .filter(([e, d]) => e < p.staff && d < horizon && d % 2 === 1)
        .map(([e, d, w]) => ({ employee: staff[e]!, day: d, shift: ids[ids.length - 1]!, weight: w })),
      cover: p.cover.slice(0, horizon * p.types).map(([need, under], i) => ({
        day: Math.floor(i / p.types),
        shift: ids[i % p.types]!,
        requirement: need,
        underWeight: under,
        overWeight: 1,
      })),
    };
  });

/** A solver's assignments as the index's roster grid. */
export function toGrid(instance: CurtoisInstance, assignments: readonly CurtoisAssignment[]): Grid {
  const ix = indexCurtois(instance);
  const grid = emptyGrid(ix);
  const shift = new Map(instance.shifts.map((s, i) => [s.id, i]));
  const staff = new Map(instance.staff.map((p, e) => [p.id, e]));
  for (const a of assignments) grid[staff.get(a.employee)!]![a.day] = shift.get(a.shift)!;
  return grid;
}

/** The exact optimum by the monolithic MIP, or undefined when it is not proven in time. */
export async function exactOptimum(instance: CurtoisInstance) {
  const exact = await solveCurtoisQu(instance, { timeLimitSeconds: 10, monolithic: 'only' });
  return exact.status === 'optimal' ? exact : undefined;
}

/**
 * Harder than `randomCurtoisInstance`: two weeks, three or four employees with two shift types and
 * tight run, minute and weekend rules, so that the root is fractional and the tree branches both ways.
 */
export const tighterInstance: fc.Arbitrary<CurtoisInstance> = fc
  .record({
    staff: fc.integer({ min: 3, max: 4 }),
    minShifts: fc.integer({ min: 4, max: 7 }),
    maxConsecutive: fc.integer({ min: 2, max: 4 }),
    late: fc.boolean(),
    cover: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 100 })), {
      minLength: 28,
      maxLength: 28,
    }),
  })
  .map(tightInstance);

/** Two weeks, two shift types (at most 5 late shifts each), minimum runs and days off of 2, one weekend. */
export function tightInstance(p: {
  staff: number;
  minShifts: number;
  maxConsecutive: number;
  late: boolean;
  cover: [number, number][];
}): CurtoisInstance {
  const ids = ['E', 'L'];
  const staff = ['A', 'B', 'C', 'D', 'F', 'G'].slice(0, p.staff);
  return {
    horizon: 14,
    shifts: ids.map((id) => ({ id, minutes: 480, forbiddenNext: p.late && id === 'L' ? ['E'] : [] })),
    staff: staff.map((id) => ({
      id,
      maxShifts: { E: 14, L: 5 },
      minTotalMinutes: 480 * p.minShifts,
      maxTotalMinutes: 480 * (p.minShifts + 2),
      maxConsecutiveShifts: p.maxConsecutive,
      minConsecutiveShifts: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
    })),
    daysOff: {},
    onRequests: [],
    offRequests: [],
    cover: p.cover.map(([need, under], i) => ({
      day: Math.floor(i / 2),
      shift: ids[i % 2]!,
      requirement: need,
      underWeight: under,
      overWeight: 1,
    })),
  };
}
