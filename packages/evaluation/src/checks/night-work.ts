import { RULE_REFERENCES, parseTimeOfDay } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import { formatHours, roundTo } from '../duration-text.js';
import { type Timeline, weekWindows, workInDailyWindow, worstWindow, wrapNote } from '../timeline.js';

/**
 * Nattarbeid (aml § 10-11): night is `nightStart`–`nightEnd`. For an employee with any night working
 * time, the working time in every window of `nightAveragingWeeks` weeks (wrapping for a rotating plan)
 * divided by the window's days is at most `maxNightHoursPer24h`. One violation per employee: the worst
 * window.
 */
export function checkNightWork(t: Timeline, perWeek: ReadonlyMap<string, number[]>): CheckResult {
  const r = t.rules;
  const from = parseTimeOfDay(r.nightStart);
  const to = parseTimeOfDay(r.nightEnd);
  const windows = weekWindows(t, r.nightAveragingWeeks);
  const violations: Violation[] = [];
  for (const e of t.employees) {
    const night = e.items.some((item) => workInDailyWindow(t, item, from, to) > 0);
    if (!night) continue;
    const weeks = perWeek.get(e.employee.id) ?? [];
    // Hours per 24 h on average = minutes per week / 60 / 7.
    const found = worstWindow(weeks, windows, r.maxNightHoursPer24h * 60 * 7);
    if (!found) continue;
    const worst = { perDay: found.minutesPerWeek / 60 / 7, window: found.window };
    const first = t.dateOf(worst.window[0]! * 7);
    const last = t.dateOf(worst.window[worst.window.length - 1]! * 7 + 6);
    violations.push({
      check: 'night-work',
      employee: e.employee.id,
      dates: [first, last],
      message: `night worker averages ${formatHours(worst.perDay)} per 24 h over ${first} – ${last}${wrapNote(worst.window)}; at most ${formatHours(r.maxNightHoursPer24h)}`,
      amount: roundTo(worst.perDay - r.maxNightHoursPer24h, 6),
    });
  }
  return checkResult(
    'night-work',
    'Nattarbeid',
    RULE_REFERENCES.maxNightHoursPer24h.reference,
    {
      nightStart: r.nightStart,
      nightEnd: r.nightEnd,
      maxNightHoursPer24h: r.maxNightHoursPer24h,
      nightAveragingWeeks: r.nightAveragingWeeks,
    },
    violations,
  );
}
