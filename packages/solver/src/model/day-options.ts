import { type Problem, weekday } from '../problem.js';

/**
 * Whether week `w` is a pattern weekend (helg) for an employee at a phase: `(w + phase) mod cycle`
 * is a worked week of the cycle.
 */
export function isPatternWeekend(p: Problem, e: number, phase: number, w: number): boolean {
  const c = p.cycles[e]!;
  if (c.workedWeeks.length === 0) return false;
  return c.workedWeeks.includes((((w + phase) % c.cycleWeeks) + c.cycleWeeks) % c.cycleWeeks);
}

/** The weekend of week `w` is excused by an absence on its Saturday or Sunday. */
export function weekendExcused(p: Problem, e: number, w: number): boolean {
  const sat = w * 7 + 5;
  return p.absence[e * p.days + sat]! > 0 || p.absence[e * p.days + sat + 1]! > 0;
}

/** The long shifts an employee may work (langvakter). */
export function longShifts(p: Problem, e: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < p.S; s++) if (p.allowedShift[e * p.S + s] && p.shifts[s]!.kind === 'long') out.push(s);
  return out;
}

/**
 * Values a day may take under the structural rules: allowed shifts, shift-type days, absences,
 * the weekend pattern at the employee's phase (worked weekends are worked on both days, as long
 * shifts when the pattern says so; other weekends are free) and flexi eligibility. Returns
 * `forced` when the day must be worked.
 *
 * @example
 * ```ts
 * const { values, forced } = dayOptions(problem, phases, e, d);
 * ```
 */
export function dayOptions(
  p: Problem,
  phases: ArrayLike<number>,
  e: number,
  d: number,
): { values: number[]; forced: boolean } {
  if (p.absence[e * p.days + d]! > 0) return { values: [-1], forced: false };
  const wd = weekday(p, d);
  const w = Math.floor(d / 7);
  const weekend = wd >= 5;
  let forced = false;
  let needLong = false;
  if (weekend) {
    if (!isPatternWeekend(p, e, phases[e]!, w) || weekendExcused(p, e, w))
      return { values: [-1], forced: false };
    forced = true;
    needLong = p.cycles[e]!.longShifts && longShifts(p, e).length > 0;
  }
  const values: number[] = forced ? [] : [-1];
  const flexiOk = p.employees[e]!.positionPercent >= p.flexiMinPercent;
  for (let s = 0; s < p.S; s++) {
    if (!p.allowedShift[e * p.S + s] || !p.shifts[s]!.days[wd]) continue;
    if (needLong && p.shifts[s]!.kind !== 'long') continue;
    values.push(s);
    if (flexiOk && p.flexiAsked[d * p.S + s]! > 0) values.push(s + p.S);
  }
  return { values, forced };
}

/** {@link dayOptions} for every cell, computed once: `values[e * days + d]`. */
export interface OptionTable {
  readonly values: readonly (readonly number[])[];
  readonly forced: Uint8Array;
}

/**
 * The option table of a problem at fixed weekend phases.
 *
 * @example
 * ```ts
 * const table = optionTable(problem, phases);
 * table.values[e * problem.days + d]; // allowed values of that cell
 * ```
 */
export function optionTable(p: Problem, phases: ArrayLike<number>): OptionTable {
  const values: number[][] = [];
  const forced = new Uint8Array(p.E * p.days);
  for (let e = 0; e < p.E; e++)
    for (let d = 0; d < p.days; d++) {
      const x = dayOptions(p, phases, e, d);
      values.push(x.values);
      forced[e * p.days + d] = x.forced ? 1 : 0;
    }
  return { values, forced };
}
