import { RULE_REFERENCES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import { formatHours, formatMinutes, roundTo } from '../duration-text.js';
import type { EmployeeTimeline, Timeline } from '../timeline.js';

interface WeekRest {
  /** Longest off-duty interval clipped to the week, in minutes. */
  longest: number;
  /** Whole calendar days (00:00–24:00) without working time. */
  freeDays: number;
}

function weekRest(t: Timeline, e: EmployeeTimeline, week: number, from: number): WeekRest {
  const weekStart = t.instant(week * 7, 0);
  const weekEnd = t.instant(week * 7 + 7, 0);
  const list = e.extended;
  let longest = 0;
  let free = weekStart;
  const busyDays = new Set<number>();
  let i = from;
  for (; i < list.length; i++) {
    const item = list[i]!;
    if (item.start >= weekEnd) break;
    if (item.end <= weekStart) continue;
    const s = Math.max(item.start, weekStart);
    const en = Math.min(item.end, weekEnd);
    longest = Math.max(longest, s - free);
    free = Math.max(free, en);
    for (let d = week * 7; d < week * 7 + 7; d++) {
      if (item.start < t.instant(d + 1, 0) && item.end > t.instant(d, 0)) busyDays.add(d);
    }
  }
  longest = Math.max(longest, weekEnd - free);
  return { longest, freeDays: 7 - busyDays.size };
}

/**
 * Ukehvile (aml § 10-8 (2)): in every calendar week (Monday 00:00 to Monday 00:00) the longest
 * off-duty interval clipped to the week is at least `weeklyRestHours`, and at least one whole day
 * has no working time. A rotating plan wraps (the weeks before the first and after the last are the
 * plan's own last and first weeks).
 */
export function checkWeeklyRest(t: Timeline): CheckResult {
  const hours = t.rules.weeklyRestHours;
  const need = hours * 60;
  const violations: Violation[] = [];
  for (const e of t.employees) {
    let pointer = 0;
    for (let w = 0; w < t.weeks; w++) {
      // Shifts are sorted by start; the longest possible shift is under 2 days, so skip far-earlier ones.
      const weekStart = t.instant(w * 7, 0);
      while (pointer < e.extended.length && e.extended[pointer]!.start < weekStart - 2 * 1440) pointer++;
      const rest = weekRest(t, e, w, pointer);
      const problems: string[] = [];
      if (rest.longest < need)
        problems.push(`longest rest ${formatMinutes(rest.longest)}; needs ${formatHours(hours)}`);
      if (rest.freeDays === 0) problems.push('no whole day without work');
      if (problems.length === 0) continue;
      const first = t.dateOf(w * 7);
      const last = t.dateOf(w * 7 + 6);
      violations.push({
        check: 'weekly-rest',
        employee: e.employee.id,
        dates: [first, last],
        message: `week ${w + 1} (${first} – ${last}): ${problems.join('; ')}`,
        amount: roundTo(Math.max(0, need - rest.longest) / 60, 6),
      });
    }
  }
  return checkResult(
    'weekly-rest',
    'Ukehvile',
    RULE_REFERENCES.weeklyRestHours.reference,
    { weeklyRestHours: hours },
    violations,
  );
}
