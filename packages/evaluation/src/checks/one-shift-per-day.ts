import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import type { Timeline } from '../timeline.js';

/** Én vakt per dag (house rule of the plan format): at most one shift starts per employee and date. */
export function checkOneShiftPerDay(t: Timeline): CheckResult {
  const violations: Violation[] = [];
  for (const e of t.employees) {
    for (const [, items] of e.byDay) {
      if (items.length < 2) continue;
      const date = items[0]!.date;
      violations.push({
        check: 'one-shift-per-day',
        employee: e.employee.id,
        dates: [date],
        message: `${items.length} shifts on ${date} (${items.map((i) => i.shift.code).join(', ')}); at most one`,
        amount: items.length - 1,
      });
    }
  }
  return checkResult('one-shift-per-day', 'Én vakt per dag', 'turnus-plan/1', {}, violations);
}
