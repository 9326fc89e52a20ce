import { RULE_REFERENCES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import type { Timeline } from '../timeline.js';

/**
 * Arbeidsdager på rad (local agreement): a working day is a date on which a shift starts; at most
 * `maxConsecutiveDays` working days in a row. A rotating plan wraps (a run may continue from the last
 * week into the first).
 */
export function checkMaxConsecutiveDays(t: Timeline): CheckResult {
  const max = t.rules.maxConsecutiveDays;
  const days = t.days;
  const violations: Violation[] = [];
  for (const e of t.employees) {
    const works = (d: number) => e.byDay.has(((d % days) + days) % days);
    const all = e.byDay.size === days;
    let begin = 0;
    if (t.rotating && !all) while (works(begin)) begin++;
    let run = 0;
    for (let step = 0; step <= days; step++) {
      const d = begin + step;
      if (step < days && works(d)) {
        run++;
        continue;
      }
      if (run > max) {
        const dates = Array.from({ length: run }, (_, i) => t.dateOf((d - run + i) % days));
        violations.push({
          check: 'max-consecutive-days',
          employee: e.employee.id,
          dates,
          message: `works ${run} days in a row (${dates[0]} – ${dates[dates.length - 1]}${d > days ? ', across the wrap-around of the rotation' : ''}); at most ${max}`,
          amount: run - max,
        });
      }
      run = 0;
    }
  }
  return checkResult(
    'max-consecutive-days',
    'Arbeidsdager på rad',
    RULE_REFERENCES.maxConsecutiveDays.reference,
    { maxConsecutiveDays: max },
    violations,
  );
}
