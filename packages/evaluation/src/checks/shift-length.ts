import { RULE_REFERENCES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import { formatHours, formatMinutes, roundTo } from '../duration-text.js';
import type { Timeline } from '../timeline.js';

/**
 * Arbeidstid per vakt (aml § 10-5 (2), § 10-12): the working time of every shift (real elapsed span,
 * daylight saving included, less an unpaid break) is at most `maxShiftHours`.
 */
export function checkShiftLength(t: Timeline): CheckResult {
  const hours = t.rules.maxShiftHours;
  const violations: Violation[] = [];
  for (const e of t.employees) {
    for (const item of e.items) {
      if (item.workMinutes <= hours * 60) continue;
      violations.push({
        check: 'shift-length',
        employee: e.employee.id,
        dates: [item.date],
        message: `${item.shift.code} on ${item.date} has ${formatMinutes(item.workMinutes)} working time; at most ${formatHours(hours)}`,
        amount: roundTo(item.workMinutes / 60 - hours, 6),
      });
    }
  }
  return checkResult(
    'shift-length',
    'Vaktlengde',
    RULE_REFERENCES.maxShiftHours.reference,
    { maxShiftHours: hours },
    violations,
  );
}
