import type { CurtoisAssignment, CurtoisInstance } from './curtois-instance.js';

/**
 * The hard constraints of the Curtois–Qu model.
 *
 * @example
 * ```ts
 * const rule: CurtoisConstraint = 'max-weekends';
 * ```
 * @since 0.1.0
 */
export type CurtoisConstraint =
  | 'one-shift-per-day'
  | 'unknown-assignment'
  | 'forbidden-succession'
  | 'max-shifts-per-type'
  | 'max-total-minutes'
  | 'min-total-minutes'
  | 'max-consecutive-shifts'
  | 'min-consecutive-shifts'
  | 'min-consecutive-days-off'
  | 'max-weekends'
  | 'day-off';

/**
 * One hard-constraint violation: which rule, whose, on which days, and why.
 *
 * @example
 * ```ts
 * const v: CurtoisViolation = { constraint: 'day-off', employee: 'A', days: [6], message: 'A: works E on day off 6' };
 * ```
 * @since 0.1.0
 */
export interface CurtoisViolation {
  readonly constraint: CurtoisConstraint;
  readonly employee: string;
  readonly days: readonly number[];
  readonly message: string;
}

/**
 * The objective split by term (all minimised).
 *
 * @example
 * ```ts
 * verifyCurtoisSolution(instance, assignments).objective.underCover;
 * ```
 * @since 0.1.0
 */
export interface CurtoisObjective {
  readonly total: number;
  readonly onRequests: number;
  readonly offRequests: number;
  readonly underCover: number;
  readonly overCover: number;
}

/**
 * Result of {@link verifyCurtoisSolution}: feasible when there is no hard violation.
 *
 * @example
 * ```ts
 * const { feasible, violations, objective } = verifyCurtoisSolution(instance, assignments);
 * ```
 * @since 0.1.0
 */
export interface CurtoisVerification {
  readonly feasible: boolean;
  readonly violations: readonly CurtoisViolation[];
  readonly objective: CurtoisObjective;
}

/**
 * Checks a Curtois–Qu solution against every hard constraint and computes its objective, from
 * the definitions alone (it shares no code with the solver's MIP model). Edge semantics: for the
 * max rules the days before and after the horizon are days off; a run of shifts or of days off
 * that touches the first or last day is not penalised by the min rules. A weekend (Saturday,
 * Sunday; day 0 is a Monday) counts when either day is worked.
 *
 * @example
 * ```ts
 * const { feasible, objective } = verifyCurtoisSolution(instance, assignments);
 * ```
 * @since 0.1.0
 */
export function verifyCurtoisSolution(
  instance: CurtoisInstance,
  assignments: readonly CurtoisAssignment[],
): CurtoisVerification {
  const violations: CurtoisViolation[] = [];
  const H = instance.horizon;
  const shiftById = new Map(instance.shifts.map((s) => [s.id, s]));
  const grid = new Map<string, (string | undefined)[]>(
    instance.staff.map((s) => [s.id, new Array<string | undefined>(H).fill(undefined)]),
  );
  for (const a of assignments) {
    const row = grid.get(a.employee);
    if (!row || !shiftById.has(a.shift) || !Number.isInteger(a.day) || a.day < 0 || a.day >= H) {
      violations.push({
        constraint: 'unknown-assignment',
        employee: a.employee,
        days: [a.day],
        message: `assignment ${a.employee},${a.day},${a.shift} does not match the instance`,
      });
      continue;
    }
    if (row[a.day] !== undefined) {
      violations.push({
        constraint: 'one-shift-per-day',
        employee: a.employee,
        days: [a.day],
        message: `${a.employee} has more than one shift on day ${a.day}`,
      });
      continue;
    }
    row[a.day] = a.shift;
  }
  for (const person of instance.staff) {
    const row = grid.get(person.id)!;
    const add = (constraint: CurtoisConstraint, days: number[], message: string) =>
      violations.push({ constraint, employee: person.id, days, message: `${person.id}: ${message}` });
    for (const d of instance.daysOff[person.id] ?? []) {
      if (row[d] !== undefined) add('day-off', [d], `works ${row[d]} on day off ${d}`);
    }
    for (let d = 0; d + 1 < H; d++) {
      const today = row[d];
      const tomorrow = row[d + 1];
      if (
        today !== undefined &&
        tomorrow !== undefined &&
        shiftById.get(today)?.forbiddenNext.includes(tomorrow)
      ) {
        add('forbidden-succession', [d, d + 1], `${tomorrow} may not follow ${today} (days ${d}, ${d + 1})`);
      }
    }
    let minutes = 0;
    const perType = new Map<string, number>();
    for (const s of row) {
      if (s === undefined) continue;
      minutes += shiftById.get(s)?.minutes ?? 0;
      perType.set(s, (perType.get(s) ?? 0) + 1);
    }
    for (const [s, count] of perType) {
      const limit = person.maxShifts[s];
      if (limit !== undefined && count > limit)
        add('max-shifts-per-type', [], `${count} ${s} shifts, at most ${limit}`);
    }
    if (minutes > person.maxTotalMinutes)
      add('max-total-minutes', [], `${minutes} min, at most ${person.maxTotalMinutes}`);
    if (minutes < person.minTotalMinutes)
      add('min-total-minutes', [], `${minutes} min, at least ${person.minTotalMinutes}`);
    for (const run of runs(row)) {
      const days = Array.from({ length: run.length }, (_, i) => run.start + i);
      const interior = run.start > 0 && run.start + run.length < H;
      if (run.worked) {
        if (run.length > person.maxConsecutiveShifts) {
          add(
            'max-consecutive-shifts',
            days,
            `${run.length} shifts in a row from day ${run.start}, at most ${person.maxConsecutiveShifts}`,
          );
        }
        if (interior && run.length < person.minConsecutiveShifts) {
          add(
            'min-consecutive-shifts',
            days,
            `${run.length} shifts in a row from day ${run.start}, at least ${person.minConsecutiveShifts}`,
          );
        }
      } else if (interior && run.length < person.minConsecutiveDaysOff) {
        add(
          'min-consecutive-days-off',
          days,
          `${run.length} days off in a row from day ${run.start}, at least ${person.minConsecutiveDaysOff}`,
        );
      }
    }
    const weekends: number[] = [];
    for (let w = 0; 7 * w + 5 < H; w++) {
      if (row[7 * w + 5] !== undefined || (7 * w + 6 < H && row[7 * w + 6] !== undefined)) weekends.push(w);
    }
    if (weekends.length > person.maxWeekends) {
      add(
        'max-weekends',
        weekends.map((w) => 7 * w + 5),
        `${weekends.length} weekends worked, at most ${person.maxWeekends}`,
      );
    }
  }
  return { feasible: violations.length === 0, violations, objective: curtoisObjective(instance, grid) };
}

/** Maximal runs of worked days and of days off in one employee's row. */
function runs(row: readonly (string | undefined)[]): { start: number; length: number; worked: boolean }[] {
  const result: { start: number; length: number; worked: boolean }[] = [];
  let start = 0;
  for (let d = 1; d <= row.length; d++) {
    if (d === row.length || (row[d] !== undefined) !== (row[start] !== undefined)) {
      result.push({ start, length: d - start, worked: row[start] !== undefined });
      start = d;
    }
  }
  return result;
}

function curtoisObjective(
  instance: CurtoisInstance,
  grid: ReadonlyMap<string, readonly (string | undefined)[]>,
): CurtoisObjective {
  let onRequests = 0;
  let offRequests = 0;
  let underCover = 0;
  let overCover = 0;
  for (const r of instance.onRequests) if (grid.get(r.employee)?.[r.day] !== r.shift) onRequests += r.weight;
  for (const r of instance.offRequests)
    if (grid.get(r.employee)?.[r.day] === r.shift) offRequests += r.weight;
  const counts = new Map<string, number>();
  for (const row of grid.values()) {
    row.forEach((s, d) => {
      if (s !== undefined) counts.set(`${d}\u0000${s}`, (counts.get(`${d}\u0000${s}`) ?? 0) + 1);
    });
  }
  for (const c of instance.cover) {
    const planned = counts.get(`${c.day}\u0000${c.shift}`) ?? 0;
    if (planned < c.requirement) underCover += (c.requirement - planned) * c.underWeight;
    if (planned > c.requirement) overCover += (planned - c.requirement) * c.overWeight;
  }
  return {
    total: onRequests + offRequests + underCover + overCover,
    onRequests,
    offRequests,
    underCover,
    overCover,
  };
}
