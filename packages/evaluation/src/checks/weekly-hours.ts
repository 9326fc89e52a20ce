import { RULE_REFERENCES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import { formatHours, roundTo } from '../duration-text.js';
import { type Timeline, weekWindows, weeklyWorkMinutes, worstWindow, wrapNote } from '../timeline.js';

/**
 * Arbeidstid per uke (aml § 10-5 (2)): the working time inside every calendar week (Monday 00:00 to
 * Monday 00:00; a shift crossing into the next week counts in each week for its part) is at most
 * `maxWeeklyHours`.
 */
export function checkWeeklyHours(t: Timeline, perWeek: ReadonlyMap<string, number[]>): CheckResult {
  const max = t.rules.maxWeeklyHours;
  const violations: Violation[] = [];
  for (const e of t.employees) {
    const weeks = perWeek.get(e.employee.id) ?? [];
    weeks.forEach((minutes, w) => {
      const hours = minutes / 60;
      if (hours <= max + 1e-9) return;
      const first = t.dateOf(w * 7);
      const last = t.dateOf(w * 7 + 6);
      violations.push({
        check: 'weekly-hours',
        employee: e.employee.id,
        dates: [first, last],
        message: `week ${w + 1} (${first} – ${last}) has ${formatHours(hours)} working time; at most ${formatHours(max)}`,
        amount: roundTo(hours - max, 6),
      });
    });
  }
  return checkResult(
    'weekly-hours',
    'Arbeidstid per uke',
    RULE_REFERENCES.maxWeeklyHours.reference,
    { maxWeeklyHours: max },
    violations,
  );
}

/**
 * Gjennomsnittlig arbeidstid (aml § 10-5 (2)): the average working time per week over every window of
 * `averagingWeeks` consecutive weeks (wrapping for a rotating plan; the whole plan when shorter) is at
 * most `maxAverageWeeklyHours`. One violation per employee: the worst window.
 */
export function checkAverageWeeklyHours(t: Timeline, perWeek: ReadonlyMap<string, number[]>): CheckResult {
  const max = t.rules.maxAverageWeeklyHours;
  const length = t.rules.averagingWeeks;
  const windows = weekWindows(t, length);
  const violations: Violation[] = [];
  for (const e of t.employees) {
    const weeks = perWeek.get(e.employee.id) ?? [];
    const found = worstWindow(weeks, windows, max * 60);
    if (!found) continue;
    const worst = { average: found.minutesPerWeek / 60, window: found.window };
    const first = t.dateOf(worst.window[0]! * 7);
    const last = t.dateOf(worst.window[worst.window.length - 1]! * 7 + 6);
    violations.push({
      check: 'average-weekly-hours',
      employee: e.employee.id,
      dates: [first, last],
      message: `average ${formatHours(worst.average)} a week over the ${worst.window.length} weeks ${first} – ${last}${wrapNote(worst.window)}; at most ${formatHours(max)}`,
      amount: roundTo(worst.average - max, 6),
    });
  }
  return checkResult(
    'average-weekly-hours',
    'Gjennomsnittlig arbeidstid',
    RULE_REFERENCES.maxAverageWeeklyHours.reference,
    { maxAverageWeeklyHours: max, averagingWeeks: length },
    violations,
  );
}

/** Weekly working minutes of every employee, computed once for both hour checks. */
export function weeklyMinutesByEmployee(t: Timeline): Map<string, number[]> {
  return new Map(t.employees.map((e) => [e.employee.id, weeklyWorkMinutes(t, e)]));
}
