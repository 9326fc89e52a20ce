import { type Plan, type PlanInput, parsePlan } from '@turnus/core';

/** Shift types used by the hand-made test plans. */
export const SHIFTS = [
  { code: 'D', start: '07:30', end: '15:15', paidHours: 7.75, kind: 'day' },
  { code: 'A', start: '14:45', end: '22:30', paidHours: 7.75, kind: 'evening' },
  { code: 'N', start: '22:15', end: '07:45', paidHours: 9.5, kind: 'night' },
  { code: 'L', start: '08:00', end: '20:30', paidHours: 12.5, kind: 'long' },
] as const;

/** `[employee, date, shift]`, or with a fourth element `true` for a flexi shift. */
export type Cell = readonly [string, string, string] | readonly [string, string, string, boolean];

/** Options of a hand-made plan; anything not given takes a small default. */
export interface MakePlanOptions {
  weeks?: number;
  kind?: 'rotating' | 'annual';
  cycleWeeks?: number;
  startDate?: string;
  employees?: PlanInput['employees'];
  shiftTypes?: PlanInput['shiftTypes'];
  rules?: PlanInput['rules'];
  holidays?: string[];
  demand?: PlanInput['demand'];
  flexi?: PlanInput['flexi'];
  absences?: PlanInput['absences'];
  wishes?: PlanInput['wishes'];
  cost?: PlanInput['cost'];
  fullTimeHoursPerWeek?: number;
}

/** One employee of the test plans (100 %, every-third weekend unless told otherwise). */
export function employee(
  id: string,
  more: Partial<PlanInput['employees'][number]> = {},
): PlanInput['employees'][number] {
  return { id, positionPercent: 100, competence: 'helsefagarbeider', weekendPattern: 'every-third', ...more };
}

/** Builds and parses a small `turnus-plan/1` document. */
export function makePlan(cells: readonly Cell[], o: MakePlanOptions = {}): Plan {
  const kind = o.kind ?? 'annual';
  const weeks = o.weeks ?? 1;
  const ids = [...new Set(cells.map((c) => c[0]))];
  const input: PlanInput = {
    format: 'turnus-plan/1',
    startDate: o.startDate ?? '2027-01-04',
    weeks,
    kind,
    ...(kind === 'rotating' ? { cycleWeeks: o.cycleWeeks ?? weeks } : {}),
    fullTimeHoursPerWeek: o.fullTimeHoursPerWeek ?? 35.5,
    rules: o.rules ?? {},
    holidays: o.holidays ?? [],
    shiftTypes: o.shiftTypes ?? SHIFTS.map((s) => ({ ...s })),
    employees: o.employees ?? (ids.length > 0 ? ids : ['E1']).map((id) => employee(id)),
    demand: o.demand ?? [],
    flexi: o.flexi ?? [],
    absences: o.absences ?? [],
    wishes: o.wishes ?? [],
    assignments: cells.map(([e, date, shift, flexi]) => ({
      employee: e,
      date,
      shift,
      flexi: flexi ?? false,
    })),
    ...(o.cost ? { cost: o.cost } : {}),
  };
  return parsePlan(input);
}

/** Dates from a Monday: `week(0)[0]` is 2027-01-04. */
export function dates(start: string, count: number): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(first + i * 864e5).toISOString().slice(0, 10));
}
