import { type IsoDate, addDays, dateRange, dayName, dayNumber, isoDayIndex } from './calendar/dates.js';
import { holidaysBetween } from './calendar/holidays.js';
import type { Absence, Assignment, DemandEntry, Plan, PlanEmployee, PlanShiftType } from './plan-schema.js';
import { PLAN_FORMAT } from './plan-schema.js';
import type { DayTypeKey, Employee, Scenario } from './scenario-schema.js';
import { shiftPaidHours } from './shift-type.js';

/**
 * Calendar weeks a scenario's plan covers: `weeks × repeat` for a rotating plan, `weeks` for an
 * annual one.
 *
 * @example
 * ```ts
 * planWeeks(scenario); // 36 for a 12-week base rolled 3 times
 * ```
 * @since 0.1.0
 */
export function planWeeks(s: Scenario): number {
  return s.period.kind === 'rotating' ? s.period.weeks * s.period.repeat : s.period.weeks;
}

/**
 * Every date of the plan, from `period.start`.
 *
 * @example
 * ```ts
 * planDates(scenario).length; // planWeeks(scenario) * 7
 * ```
 * @since 0.1.0
 */
export function planDates(s: Scenario): IsoDate[] {
  return dateRange(s.period.start, planWeeks(s) * 7);
}

/**
 * The public holidays the plan observes: Norwegian holidays for an annual plan (unless
 * `holidays: none`), none for a rotating base rota (a grunnturnus repeats the same weeks; holidays
 * are planned separately) unless listed explicitly.
 *
 * @example
 * ```ts
 * scenarioHolidays(annualScenario).has('2027-05-17'); // true
 * ```
 * @since 0.1.0
 */
export function scenarioHolidays(s: Scenario): Set<IsoDate> {
  const first = s.period.start;
  const last = addDays(first, planWeeks(s) * 7 - 1);
  const setting = s.holidays ?? (s.period.kind === 'annual' ? 'norway' : 'none');
  if (setting === 'none') return new Set();
  if (setting === 'norway') return new Set(holidaysBetween(first, last).map((h) => h.date));
  return new Set(setting.filter((d) => d >= first && d <= last));
}

/**
 * The day-type keys that apply to a date, most specific first: `holiday` (then `sunday`) on a
 * holiday; else the day's own name, then `weekday` for Monday–Friday.
 *
 * @example
 * ```ts
 * dayTypeChain('2027-01-05', new Set()); // ['tuesday', 'weekday']
 * ```
 * @since 0.1.0
 */
export function dayTypeChain(date: IsoDate, holidays: ReadonlySet<IsoDate>): DayTypeKey[] {
  if (holidays.has(date)) return ['holiday', 'sunday'];
  const name = dayName(date);
  return isoDayIndex(date) < 5 ? [name, 'weekday'] : [name];
}

/** The first value a day-typed map has for a date (day keys replace, they do not merge). */
export function valueForDate<T>(
  map: Partial<Record<DayTypeKey, T>> | undefined,
  date: IsoDate,
  holidays: ReadonlySet<IsoDate>,
): T | undefined {
  if (!map) return undefined;
  for (const key of dayTypeChain(date, holidays)) {
    const value = map[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The scenario's demand expanded onto every date of the plan: one entry per date and shift
 * (bemanningsplan) or per date and interval (døgnrytme).
 *
 * @example
 * ```ts
 * expandDemand(scenario)[0]; // { date: '2027-01-04', shift: 'D', required: 4, min: { sykepleier: 1 } }
 * ```
 * @since 0.1.0
 */
export function expandDemand(s: Scenario): DemandEntry[] {
  const holidays = scenarioHolidays(s);
  const out: DemandEntry[] = [];
  for (const date of planDates(s)) {
    const perShift = valueForDate(s.demand, date, holidays);
    for (const [shift, value] of Object.entries(perShift ?? {})) {
      const required = typeof value === 'number' ? value : value.count;
      const min = typeof value === 'number' ? undefined : value.min;
      out.push(
        min && Object.keys(min).length > 0 ? { date, shift, required, min } : { date, shift, required },
      );
    }
    for (const iv of valueForDate(s.dognrytme, date, holidays) ?? []) {
      out.push(
        iv.min
          ? { date, from: iv.from, to: iv.to, required: iv.staff, min: iv.min }
          : { date, from: iv.from, to: iv.to, required: iv.staff },
      );
    }
  }
  return out;
}

/**
 * Flexi shifts (fleksivakter) asked for per date and shift.
 *
 * @example
 * ```ts
 * expandFlexi(scenario).filter((f) => f.date === '2027-01-04'); // [{ date, shift: 'D', required: 1 }, …]
 * ```
 * @since 0.1.0
 */
export function expandFlexi(s: Scenario): { date: IsoDate; shift: string; required: number }[] {
  if (!s.flexi) return [];
  const holidays = scenarioHolidays(s);
  const { spreadOver: _spread, minPositionPercent: _min, ...byDay } = s.flexi;
  const out: { date: IsoDate; shift: string; required: number }[] = [];
  for (const date of planDates(s)) {
    for (const [shift, required] of Object.entries(valueForDate(byDay, date, holidays) ?? {})) {
      if (required > 0) out.push({ date, shift, required });
    }
  }
  return out;
}

function datesOf(entry: {
  dates?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): IsoDate[] {
  if (entry.dates) return entry.dates;
  if (entry.from && entry.to) return dateRange(entry.from, dayNumber(entry.to) - dayNumber(entry.from) + 1);
  return [];
}

/**
 * Agreed vacation and unavailable days, one entry per employee and date inside the plan.
 *
 * @example
 * ```ts
 * expandAbsences(scenario).filter((a) => a.kind === 'vacation').length;
 * ```
 * @since 0.1.0
 */
export function expandAbsences(s: Scenario): Absence[] {
  const inPlan = new Set(planDates(s));
  const out: Absence[] = [];
  const seen = new Set<string>();
  const push = (employee: string, date: IsoDate, kind: Absence['kind']) => {
    const key = `${employee}|${date}`;
    if (!inPlan.has(date) || seen.has(key)) return;
    seen.add(key);
    out.push({ employee, date, kind });
  };
  for (const v of s.vacation) for (const date of datesOf(v)) push(v.employee, date, 'vacation');
  for (const u of s.unavailable) for (const date of datesOf(u)) push(u.employee, date, 'unavailable');
  return out;
}

/**
 * Wishes expanded to dates (a weekday wish becomes one per matching date).
 *
 * @example
 * ```ts
 * expandWishes(scenario)[0]; // { employee: 'P04', date: '2027-05-17', shift: 'off', weight: 5 }
 * ```
 * @since 0.1.0
 */
export function expandWishes(
  s: Scenario,
): { employee: string; date: IsoDate; shift: string; weight: number }[] {
  const dates = planDates(s);
  const out: { employee: string; date: IsoDate; shift: string; weight: number }[] = [];
  for (const w of s.wishes) {
    if (w.date) {
      if (dates.includes(w.date))
        out.push({ employee: w.employee, date: w.date, shift: w.shift, weight: w.weight });
    } else if (w.weekday) {
      for (const date of dates)
        if (dayName(date) === w.weekday)
          out.push({ employee: w.employee, date, shift: w.shift, weight: w.weight });
    }
  }
  return out;
}

/**
 * The scenario's shift types in plan form, with paid hours.
 *
 * @example
 * ```ts
 * planShiftTypes(scenario)[0].paidHours; // 7.75
 * ```
 * @since 0.1.0
 */
export function planShiftTypes(s: Scenario): PlanShiftType[] {
  return s.shiftTypes.map((t) => ({
    code: t.code,
    ...(t.name === undefined ? {} : { name: t.name }),
    start: t.start,
    end: t.end,
    paidHours: shiftPaidHours(t),
    kind: t.kind,
    breakMinutes: t.breakMinutes,
    breakPaid: t.breakPaid,
    ...(t.days === undefined ? {} : { days: t.days }),
  }));
}

/** An employee in plan form. */
export function planEmployee(e: Employee): PlanEmployee {
  return {
    id: e.id,
    ...(e.name === undefined ? {} : { name: e.name }),
    positionPercent: e.positionPercent,
    competence: e.competence,
    weekendPattern: e.weekendPattern,
    ...(e.shifts === undefined ? {} : { shifts: e.shifts }),
  };
}

/**
 * Wraps assignments into a self-contained `turnus-plan/1` document for a scenario: rules, shift
 * types, employees, demand per date, flexi, absences and wishes come from the scenario.
 *
 * @param employees the staff the rota is for (the scenario's, or a dimensioned staff)
 * @param extraAbsences absences decided while planning (vacation planned under the policy)
 * @example
 * ```ts
 * const plan = buildPlan(scenario, scenario.staff!, assignments);
 * ```
 * @since 0.1.0
 */
export function buildPlan(
  s: Scenario,
  employees: readonly Employee[],
  assignments: readonly Assignment[],
  options: { extraAbsences?: readonly Absence[]; meta?: Record<string, unknown> } = {},
): Plan {
  const order = new Map(employees.map((e, i) => [e.id, i]));
  const sorted = [...assignments].sort(
    (a, b) =>
      (order.get(a.employee) ?? 0) - (order.get(b.employee) ?? 0) ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
  return {
    format: PLAN_FORMAT,
    unit: s.unit,
    startDate: s.period.start,
    weeks: planWeeks(s),
    kind: s.period.kind,
    ...(s.period.kind === 'rotating' ? { cycleWeeks: s.period.weeks } : {}),
    fullTimeHoursPerWeek: s.fullTimeHoursPerWeek,
    rules: s.rules,
    holidays: [...scenarioHolidays(s)].sort(),
    shiftTypes: planShiftTypes(s),
    employees: employees.map(planEmployee),
    demand: expandDemand(s),
    flexi: expandFlexi(s),
    absences: [...expandAbsences(s), ...(options.extraAbsences ?? [])],
    wishes: expandWishes(s),
    assignments: sorted.map((a) => ({ employee: a.employee, date: a.date, shift: a.shift, flexi: a.flexi })),
    cost: s.cost,
    ...(options.meta ? { meta: options.meta } : {}),
  };
}
