import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import type { Timeline } from '../timeline.js';

const WORDS = { vacation: 'vacation (ferie)', unavailable: 'unavailable' } as const;

/** Fravær (agreed absence): no shift on a date the employee has vacation or is unavailable. */
export function checkAbsence(t: Timeline): CheckResult {
  const violations: Violation[] = [];
  for (const e of t.employees) {
    for (const [day, kind] of e.absences) {
      const items = e.byDay.get(day);
      if (!items) continue;
      const date = t.dateOf(day);
      violations.push({
        check: 'absence',
        employee: e.employee.id,
        dates: [date],
        message: `${items.map((i) => i.shift.code).join(', ')} on ${date}, a day of ${WORDS[kind]}`,
        amount: items.length,
      });
    }
  }
  return checkResult('absence', 'Fravær', 'agreed absence (ferieloven § 5 for vacation)', {}, violations);
}
