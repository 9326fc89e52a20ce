import { parseTimeOfDay } from '@turnus/core';
import { sundaysWorked } from './checks/sunday-holiday.js';
import { contractHours } from './contract-hours-calc.js';
import {
  type EmployeeTimeline,
  type Timeline,
  type WorkItem,
  workInDailyWindow,
  workWithin,
} from './timeline.js';

/**
 * Per-employee facts the summaries, metrics, fairness, cost and full-time week share, computed
 * once per plan.
 */
export interface EmployeeFacts {
  readonly timeline: EmployeeTimeline;
  readonly id: string;
  readonly positionPercent: number;
  readonly plannedHours: number;
  readonly vacationCreditHours: number;
  readonly targetHours: number;
  /** Real working hours (daylight saving included, unpaid breaks excluded). */
  readonly workHours: number;
  readonly shifts: number;
  /** Weekends with a shift starting on Saturday or Sunday. */
  readonly weekendsWorked: number;
  /** Working hours between Saturday 00:00 and Monday 00:00 over the plan. */
  readonly weekendHours: number;
  /** Working hours inside the Sunday/holiday windows (aml § 10-10 (1)). */
  readonly sundayHolidayHours: number;
  /** Working hours 20:00–06:00 (HTA kap. 1 § 4.2.4). */
  readonly tariffNightHours: number;
  readonly sundaysWorked: number;
  readonly nights: number;
  readonly evenings: number;
  readonly longShifts: number;
  readonly flexi: number;
}

const cache = new WeakMap<Timeline, EmployeeFacts[]>();

/** The merged Sunday/holiday windows an item can touch. */
function sundayMinutes(t: Timeline, item: WorkItem, from: number, to: number): number {
  const windows: [number, number][] = [];
  for (let d = item.day; d <= item.day + 2; d++) {
    if (t.weekdayOf(d) !== 6 && !t.holidays.has(t.dateOf(d))) continue;
    const start = t.instant(d - 1, from);
    const end = t.instant(d, to);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows.reduce((sum, [s, e]) => sum + workWithin(item, s, e), 0);
}

function factsOf(t: Timeline, e: EmployeeTimeline): EmployeeFacts {
  const sundayFrom = parseTimeOfDay(t.rules.sundayWindowStart);
  const sundayTo = parseTimeOfDay(t.rules.sundayWindowEnd);
  const nightFrom = parseTimeOfDay(t.rules.tariffNightStart);
  const nightTo = parseTimeOfDay(t.rules.tariffNightEnd);
  let work = 0;
  let weekend = 0;
  let sunday = 0;
  let night = 0;
  const counts = { night: 0, evening: 0, long: 0, flexi: 0 };
  const weekends = new Set<number>();
  for (const item of e.items) {
    work += item.workMinutes;
    const week = Math.floor(item.day / 7);
    weekend += workWithin(item, t.instant(week * 7 + 5, 0), t.instant(week * 7 + 7, 0));
    if (t.weekdayOf(item.day) >= 5) weekends.add(week);
    sunday += sundayMinutes(t, item, sundayFrom, sundayTo);
    night += workInDailyWindow(t, item, nightFrom, nightTo);
    if (item.shift.kind === 'night') counts.night++;
    if (item.shift.kind === 'evening') counts.evening++;
    if (item.shift.kind === 'long') counts.long++;
    if (item.flexi) counts.flexi++;
  }
  const c = contractHours(t, e);
  return {
    timeline: e,
    id: e.employee.id,
    positionPercent: e.employee.positionPercent,
    plannedHours: c.plannedHours,
    vacationCreditHours: c.vacationCreditHours,
    targetHours: c.targetHours,
    workHours: work / 60,
    shifts: e.items.length,
    weekendsWorked: weekends.size,
    weekendHours: weekend / 60,
    sundayHolidayHours: sunday / 60,
    tariffNightHours: night / 60,
    sundaysWorked: sundaysWorked(t, e).filter(Boolean).length,
    nights: counts.night,
    evenings: counts.evening,
    longShifts: counts.long,
    flexi: counts.flexi,
  };
}

/** Facts of every employee of the plan, in plan order (cached per timeline). */
export function employeeFacts(t: Timeline): EmployeeFacts[] {
  let facts = cache.get(t);
  if (!facts) {
    facts = t.employees.map((e) => factsOf(t, e));
    cache.set(t, facts);
  }
  return facts;
}
