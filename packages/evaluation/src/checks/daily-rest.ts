import { RULE_REFERENCES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import { formatHours, formatMinutes, roundTo } from '../duration-text.js';
import type { Timeline, WorkItem } from '../timeline.js';

/** A rest between two consecutive shifts of one employee. */
export interface RestGap {
  readonly before: WorkItem;
  readonly after: WorkItem;
  /** Minutes from the end of `before` to the start of `after` (negative when they overlap). */
  readonly minutes: number;
}

/**
 * Every rest between consecutive shifts of each employee, in real elapsed time; a rotating plan adds
 * the rest across its wrap-around (last shift followed by the first shift of the next repetition).
 */
export function restGaps(t: Timeline, visit: (employee: string, gap: RestGap) => void): void {
  for (const e of t.employees) {
    const list = e.extended;
    for (let i = 0; i + 1 < list.length; i++) {
      const before = list[i]!;
      const after = list[i + 1]!;
      // Each pair once: the one whose first shift is the plan's own.
      if (before.copy !== 0) continue;
      visit(e.employee.id, { before, after, minutes: after.start - before.end });
    }
  }
}

/** Describes the pair of shifts a rest lies between, marking the wrap-around. */
export function describeGap(gap: RestGap): string {
  const wrap = gap.after.copy !== 0 ? ' (across the wrap-around of the rotation)' : '';
  return `${gap.before.shift.code} on ${gap.before.date} and ${gap.after.shift.code} on ${gap.after.date}${wrap}`;
}

/**
 * Døgnhvile (aml § 10-8 (1)): the rest between the end of a shift and the start of the employee's
 * next shift is at least `dailyRestHours`.
 */
export function checkDailyRest(t: Timeline): CheckResult {
  const hours = t.rules.dailyRestHours;
  const need = hours * 60;
  const violations: Violation[] = [];
  restGaps(t, (employee, gap) => {
    if (gap.minutes >= need) return;
    const message =
      gap.minutes < 0
        ? `shifts overlap by ${formatMinutes(-gap.minutes)}: ${describeGap(gap)}; needs ${formatHours(hours)} rest`
        : `rest ${formatMinutes(gap.minutes)} between ${describeGap(gap)}; needs ${formatHours(hours)}`;
    violations.push({
      check: 'daily-rest',
      employee,
      dates: [gap.before.date, gap.after.date],
      message,
      amount: roundTo((need - gap.minutes) / 60, 6),
    });
  });
  return checkResult(
    'daily-rest',
    'Døgnhvile',
    RULE_REFERENCES.dailyRestHours.reference,
    { dailyRestHours: hours },
    violations,
  );
}
