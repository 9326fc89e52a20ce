import { type Plan, RULE_REFERENCES } from '@turnus/core';
import { roundTo } from './duration-text.js';
import { employeeFacts } from './employee-facts.js';
import { planTimeline } from './timeline.js';

/**
 * The full-time week earned by one employee's (or the unit's) rota.
 *
 * @example
 * ```ts
 * fullTimeWeek(plan).employees.map((l: FullTimeWeekLine) => l.fullTimeWeek);
 * ```
 * @since 0.1.0
 */
export interface FullTimeWeekLine {
  /** Employee id, or `enhet` for the unit. */
  employee: string;
  workHours: number;
  sundayHolidayHours: number;
  /** Working hours 20:00–06:00. */
  nightHours: number;
  /** Hours with each Sunday/holiday hour × sundayHourFactor and each night hour × nightHourFactor. */
  weightedHours: number;
  /** 37.5 × workHours / weightedHours (37.5 when nothing is worked). */
  calculatedWeek: number;
  /** Share of the plan's Sunday/holidays worked. */
  sundayShare: number;
  /** Works at least every third Sunday/holiday on average. */
  everyThirdSunday: boolean;
  /** The earned week: the calculation, at most 35.5 with every third Sunday, floored at minFullTimeHours. */
  fullTimeWeek: number;
}

/**
 * Arbeidstid for heltid (HTA kap. 1 § 4.2.4) per employee and for the unit.
 *
 * @example
 * ```ts
 * const r: FullTimeWeekReport = evaluate(plan).fullTimeWeek;
 * r.unit.fullTimeWeek; // e.g. 35.5
 * ```
 * @since 0.1.0
 */
export interface FullTimeWeekReport {
  reference: string;
  parameters: {
    sundayHourFactor: number;
    nightHourFactor: number;
    minFullTimeHours: number;
    dayWorkWeekHours: number;
    everyThirdSundayWeekHours: number;
  };
  /** The plan's own full-time week (fullTimeHoursPerWeek), for comparison. */
  planFullTimeHoursPerWeek: number;
  employees: FullTimeWeekLine[];
  unit: FullTimeWeekLine;
}

function line(
  employee: string,
  work: number,
  sunday: number,
  night: number,
  sundayShare: number,
  p: FullTimeWeekReport['parameters'],
): FullTimeWeekLine {
  const weighted = work + sunday * (p.sundayHourFactor - 1) + night * (p.nightHourFactor - 1);
  const calculated = work > 0 ? (p.dayWorkWeekHours * work) / weighted : p.dayWorkWeekHours;
  const everyThirdSunday = sundayShare >= 1 / 3 - 1e-9;
  const capped = everyThirdSunday ? Math.min(calculated, p.everyThirdSundayWeekHours) : calculated;
  return {
    employee,
    workHours: roundTo(work, 4),
    sundayHolidayHours: roundTo(sunday, 4),
    nightHours: roundTo(night, 4),
    weightedHours: roundTo(weighted, 4),
    calculatedWeek: roundTo(calculated, 2),
    sundayShare: roundTo(sundayShare, 4),
    everyThirdSunday,
    fullTimeWeek: roundTo(Math.max(capped, p.minFullTimeHours), 2),
  };
}

/**
 * Which full-time week the rota earns (HTA kap. 1 § 4.2.4): 37.5 h for day work, 35.5 h when
 * working at least every third Sunday/holiday, down to 33.6 h for fully continuous three-shift
 * work. The calculation counts each Sunday/holiday hour (from sundayWindowStart the day before to
 * sundayWindowEnd) × sundayHourFactor and each hour 20:00–06:00 × nightHourFactor (an hour that is
 * both gets both additions): week = 37.5 × actual / weighted, floored at minFullTimeHours. The unit
 * line sums the hours of all employees and uses their average Sunday share.
 *
 * @param plan a parsed plan
 * @example
 * ```ts
 * fullTimeWeek(plan).unit.fullTimeWeek; // 35.5 for a rota with every third weekend
 * ```
 * @since 0.1.0
 */
export function fullTimeWeek(plan: Plan): FullTimeWeekReport {
  const t = planTimeline(plan);
  const r = t.rules;
  const parameters = {
    sundayHourFactor: r.sundayHourFactor,
    nightHourFactor: r.nightHourFactor,
    minFullTimeHours: r.minFullTimeHours,
    dayWorkWeekHours: r.dayWorkWeekHours,
    everyThirdSundayWeekHours: r.everyThirdSundayWeekHours,
  };
  const sundays = t.sundayHolidayDays.length;
  const facts = employeeFacts(t);
  const share = (worked: number) => (sundays > 0 ? worked / sundays : 0);
  const employees = facts.map((f) =>
    line(f.id, f.workHours, f.sundayHolidayHours, f.tariffNightHours, share(f.sundaysWorked), parameters),
  );
  const working = facts.filter((f) => f.workHours > 0);
  const sum = (pick: (f: (typeof facts)[number]) => number) => facts.reduce((s, f) => s + pick(f), 0);
  const averageShare =
    working.length > 0 ? working.reduce((s, f) => s + share(f.sundaysWorked), 0) / working.length : 0;
  return {
    reference: RULE_REFERENCES.sundayHourFactor.reference,
    parameters,
    planFullTimeHoursPerWeek: plan.fullTimeHoursPerWeek,
    employees,
    unit: line(
      'enhet',
      sum((f) => f.workHours),
      sum((f) => f.sundayHolidayHours),
      sum((f) => f.tariffNightHours),
      averageShare,
      parameters,
    ),
  };
}
