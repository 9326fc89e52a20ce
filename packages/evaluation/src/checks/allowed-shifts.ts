import { DAY_NAMES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import type { Timeline } from '../timeline.js';

/**
 * Tillatte vakter (employment terms): an employee with a list of shift codes (`employee.shifts`)
 * works only those shift types.
 */
export function checkAllowedShifts(t: Timeline): CheckResult {
  const violations: Violation[] = [];
  for (const e of t.employees) {
    const allowed = e.employee.shifts;
    if (!allowed) continue;
    const set = new Set(allowed);
    for (const item of e.items) {
      if (set.has(item.shift.code)) continue;
      violations.push({
        check: 'allowed-shifts',
        employee: e.employee.id,
        dates: [item.date],
        message: `${item.shift.code} on ${item.date} is not one of the employee's shifts (${allowed.join(', ')})`,
        amount: 1,
      });
    }
  }
  return checkResult(
    'allowed-shifts',
    'Tillatte vakter',
    'employment terms (employee.shifts)',
    {},
    violations,
  );
}

/**
 * Vaktdager (shift type setting): a shift type with a list of days (`days`) is worked only on those
 * weekdays.
 */
export function checkShiftDays(t: Timeline): CheckResult {
  const violations: Violation[] = [];
  for (const e of t.employees) {
    for (const item of e.items) {
      const days = item.shift.type.days;
      if (!days) continue;
      const name = DAY_NAMES[t.weekdayOf(item.day)]!;
      if (days.includes(name)) continue;
      violations.push({
        check: 'shift-days',
        employee: e.employee.id,
        dates: [item.date],
        message: `${item.shift.code} on ${item.date} (a ${name}); the shift type is used only on ${days.join(', ')}`,
        amount: 1,
      });
    }
  }
  return checkResult('shift-days', 'Vaktdager', 'shift type setting (days)', {}, violations);
}
