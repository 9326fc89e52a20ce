import type { Plan } from '@turnus/core';
import type { CheckResult } from './check-result.js';
import { checkAbsence } from './checks/absence.js';
import { checkAllowedShifts, checkShiftDays } from './checks/allowed-shifts.js';
import { checkContractHours } from './checks/contract-hours.js';
import { checkDailyRest } from './checks/daily-rest.js';
import { checkMaxConsecutiveDays } from './checks/max-consecutive-days.js';
import { checkNightWork } from './checks/night-work.js';
import { checkOneShiftPerDay } from './checks/one-shift-per-day.js';
import { checkShiftLength } from './checks/shift-length.js';
import { checkSundayHoliday } from './checks/sunday-holiday.js';
import { checkWeekendPattern } from './checks/weekend-pattern.js';
import { checkAverageWeeklyHours, checkWeeklyHours, weeklyMinutesByEmployee } from './checks/weekly-hours.js';
import { checkWeeklyRest } from './checks/weekly-rest.js';
import { planTimeline } from './timeline.js';

/**
 * Runs every law and tariff check on a plan (døgnhvile, ukehvile, vaktlengde, arbeidstid per uke and
 * i snitt, søn- og helgedagsarbeid, arbeidsdager på rad, nattarbeid, én vakt per dag, tillatte vakter,
 * vaktdager, fravær, avtalt arbeidstid, helgemønster). A rotating plan is checked across its
 * wrap-around. The plan is trusted to be parsed (see `parsePlan`); use {@link evaluate} for raw input.
 *
 * @param plan a parsed `turnus-plan/1` document
 * @returns one result per check, in a fixed order; `passed` is false when it has violations
 * @example
 * ```ts
 * const broken = checkPlan(plan).flatMap((c) => c.violations);
 * broken[0]?.message; // 'rest 9 h 0 min between A on 2027-01-05 and D on 2027-01-06; needs 11 h'
 * ```
 * @since 0.1.0
 */
export function checkPlan(plan: Plan): CheckResult[] {
  const t = planTimeline(plan);
  const perWeek = weeklyMinutesByEmployee(t);
  return [
    checkDailyRest(t),
    checkWeeklyRest(t),
    checkShiftLength(t),
    checkWeeklyHours(t, perWeek),
    checkAverageWeeklyHours(t, perWeek),
    checkSundayHoliday(t),
    checkMaxConsecutiveDays(t),
    checkNightWork(t, perWeek),
    checkOneShiftPerDay(t),
    checkAllowedShifts(t),
    checkShiftDays(t),
    checkAbsence(t),
    checkContractHours(t),
    checkWeekendPattern(t),
  ];
}
