// Weekend-completion neighbourhoods of the Curtois–Qu large-neighbourhood search. Internal to the
// solver.
//
// On most of 4–19 every employee works all of their MaxWeekends weekends, so an employee who works
// only one day of a weekend leaves a weekend shift unworked that nobody else may take. Working the
// other day usually needs changes elsewhere in that employee's row (minutes, shift counts, run
// lengths), which the short windows of the search keep fixed. These neighbourhoods free that
// employee on every day, and everyone (or as many as fit) over the days around the weekend.
import type { Grid, IndexedCurtois } from './curtois-index.js';
import type { CurtoisScope } from './curtois-model.js';
import { shuffle } from './curtois-search.js';

/** Days freed for everyone on each side of the weekend (Thursday to Tuesday). */
export const WEEKEND_PAD = 2;

/** A weekend (`week` w: days 7w+5 and 7w+6; day 0 is a Monday) that `employee` half works. */
export interface HalfWorkedWeekend {
  readonly employee: number;
  readonly week: number;
}

/**
 * The weekends on which an employee works exactly one of Saturday and Sunday, where the other day
 * is not a fixed day off and has a shift the employee may work that is under-covered. Where the
 * staff have weekend capacity to spare (8, 13 and 15), half-worked weekends are that spare
 * capacity and the other day is covered already; completing them gains nothing.
 *
 * @example
 * ```ts
 * const half = halfWorkedWeekends(ix, roster); // [{ employee: 3, week: 1 }, ...]
 * ```
 */
export function halfWorkedWeekends(ix: IndexedCurtois, roster: Grid): HalfWorkedWeekend[] {
  const { E, H, S } = ix;
  const staffed = new Int32Array(H * S);
  for (let e = 0; e < E; e++)
    for (let d = 0; d < H; d++) if (roster[e]![d]! >= 0) staffed[d * S + roster[e]![d]!]!++;
  const wanted = (e: number, d: number) => {
    if (ix.dayOff[e]![d]) return false;
    for (let s = 0; s < S; s++)
      if (ix.maxShifts[e]![s]! > 0 && staffed[d * S + s]! < ix.requirement[d * S + s]!) return true;
    return false;
  };
  const found: HalfWorkedWeekend[] = [];
  for (let e = 0; e < E; e++) {
    for (let w = 0; 7 * w + 6 < H; w++) {
      const saturday = roster[e]![7 * w + 5]! >= 0;
      const sunday = roster[e]![7 * w + 6]! >= 0;
      if (saturday !== sunday && wanted(e, 7 * w + (saturday ? 6 : 5))) found.push({ employee: e, week: w });
    }
  }
  return found;
}

/**
 * A neighbourhood around one random half-worked weekend: its employee on every day of the
 * horizon, and everyone over Thursday..Tuesday around that weekend, or, when that exceeds `target`
 * binaries, as many randomly chosen employees as fit. `undefined` when no weekend is half worked.
 *
 * @example
 * ```ts
 * const scope = weekendScope(ix, roster, random, perEmployee, 600);
 * if (scope) buildCurtoisModel(ix, roster, scope);
 * ```
 */
export function weekendScope(
  ix: IndexedCurtois,
  roster: Grid,
  random: () => number,
  perEmployee: readonly number[],
  target: number,
): CurtoisScope | undefined {
  const half = halfWorkedWeekends(ix, roster);
  if (half.length === 0) return undefined;
  const { employee, week } = half[Math.floor(random() * half.length)]!;
  const from = Math.max(0, 7 * week + 5 - WEEKEND_PAD);
  const to = Math.min(ix.H, 7 * week + 7 + WEEKEND_PAD);
  const perDay = Math.max(1e-9, perEmployee.reduce((a, b) => a + b, 0) / Math.max(1, ix.E) / ix.H);
  const room = target - perEmployee[employee]!;
  const count = Math.max(0, Math.min(ix.E - 1, Math.floor(room / (perDay * (to - from)))));
  const others = shuffle(
    ix.instance.staff.map((_, e) => e).filter((e) => e !== employee),
    random,
  ).slice(0, count);
  return { employees: [employee, ...others].sort((a, b) => a - b), from, to, wholeHorizon: [employee] };
}
