import { RULE_REFERENCES, parseTimeOfDay } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import type { EmployeeTimeline, Timeline } from '../timeline.js';

/**
 * For each Sunday/holiday of the plan (in `t.sundayHolidayDays` order), whether the employee works it:
 * any working time in [the day before at sundayWindowStart, the day at sundayWindowEnd).
 */
export function sundaysWorked(t: Timeline, e: EmployeeTimeline): boolean[] {
  const from = parseTimeOfDay(t.rules.sundayWindowStart);
  const to = parseTimeOfDay(t.rules.sundayWindowEnd);
  const list = e.extended;
  let pointer = 0;
  return t.sundayHolidayDays.map((day) => {
    const start = t.instant(day - 1, from);
    const end = t.instant(day, to);
    while (pointer < list.length && list[pointer]!.start < start - 2 * 1440) pointer++;
    for (let i = pointer; i < list.length; i++) {
      const item = list[i]!;
      if (item.start >= end) break;
      if (item.end > start) return true;
    }
    return false;
  });
}

/**
 * Søn- og helgedagsarbeid (aml § 10-8 (4)). A date is a Sunday/holiday when it is a Sunday or in
 * `plan.holidays`; it is worked when any working time falls from `sundayWindowStart` the day before
 * to `sundayWindowEnd` on the day. `no-consecutive`: never two consecutive Sunday/holidays worked
 * (rotating plans wrap). `every-other-on-average`: at most half worked in every window of
 * `sundayAveragingWeeks` weeks and never more than `maxConsecutiveSundays` in a row.
 */
export function checkSundayHoliday(t: Timeline): CheckResult {
  const r = t.rules;
  const days = t.sundayHolidayDays;
  const n = days.length;
  const violations: Violation[] = [];
  const date = (k: number) => t.dateOf(days[((k % n) + n) % n]!);
  for (const e of t.employees) {
    const worked = sundaysWorked(t, e);
    const id = e.employee.id;
    if (r.sundayRule === 'no-consecutive') {
      // A rotating plan with one Sunday repeats it: working it means working every Sunday.
      const pairs = t.rotating ? n : n - 1;
      for (let k = 0; k < pairs; k++) {
        if (!worked[k] || !worked[(k + 1) % n]) continue;
        violations.push({
          check: 'sunday-holiday',
          employee: id,
          dates: n === 1 ? [date(k)] : [date(k), date(k + 1)],
          message:
            n === 1
              ? `works ${date(k)}, the only Sunday/holiday of the rotation, so every one; the next one after a worked Sunday/holiday must be free`
              : `works the Sunday/holidays ${date(k)} and ${date(k + 1)} in a row${k + 1 >= n ? ' (across the wrap-around of the rotation)' : ''}; the next one after a worked Sunday/holiday must be free`,
          amount: 1,
        });
      }
      continue;
    }
    // every-other-on-average: windows of Sunday/holidays by plan week.
    let worst: { excess: number; worked: number; total: number; from: number; to: number } | undefined;
    const length = Math.min(r.sundayAveragingWeeks, t.weeks);
    const starts = length >= t.weeks ? 1 : t.rotating ? t.weeks : t.weeks - length + 1;
    for (let s = 0; s < starts; s++) {
      let total = 0;
      let count = 0;
      for (let k = 0; k < n; k++) {
        const week = Math.floor(days[k]! / 7);
        const offset = (((week - s) % t.weeks) + t.weeks) % t.weeks;
        if (offset >= length) continue;
        total++;
        if (worked[k]) count++;
      }
      const excess = count - total / 2;
      if (excess > 0 && (!worst || excess > worst.excess))
        worst = { excess, worked: count, total, from: s, to: (s + length - 1) % t.weeks };
    }
    if (worst) {
      const first = t.dateOf(worst.from * 7);
      const last = t.dateOf(worst.to * 7 + 6);
      violations.push({
        check: 'sunday-holiday',
        employee: id,
        dates: [first, last],
        message: `works ${worst.worked} of ${worst.total} Sunday/holidays in the ${length} weeks ${first} – ${last}${worst.to < worst.from ? ' (across the wrap-around of the rotation)' : ''}; at most half`,
        amount: worst.excess,
      });
    }
    // Runs of worked Sunday/holidays (cyclic for a rotating plan).
    const max = r.maxConsecutiveSundays;
    const all = n > 0 && worked.every(Boolean);
    // A rotating plan starts at a free one so that a run across the wrap-around is counted whole.
    const begin = t.rotating && !all ? worked.indexOf(false) : 0;
    let run = 0;
    for (let step = 0; step <= n; step++) {
      const idx = begin + step;
      const on = step < n && worked[idx % n] === true;
      if (on) {
        run++;
        continue;
      }
      if (run > max) {
        const from = idx - run;
        violations.push({
          check: 'sunday-holiday',
          employee: id,
          dates: Array.from({ length: run }, (_, i) => date(from + i)),
          message: `works ${run} Sunday/holidays in a row (${date(from)} – ${date(idx - 1)}); at most ${max}`,
          amount: run - max,
        });
      }
      run = 0;
    }
  }
  return checkResult(
    'sunday-holiday',
    'Søn- og helgedagsarbeid',
    RULE_REFERENCES.sundayRule.reference,
    {
      sundayRule: r.sundayRule,
      sundayWindowStart: r.sundayWindowStart,
      sundayWindowEnd: r.sundayWindowEnd,
      ...(r.sundayRule === 'every-other-on-average'
        ? { sundayAveragingWeeks: r.sundayAveragingWeeks, maxConsecutiveSundays: r.maxConsecutiveSundays }
        : {}),
    },
    violations,
  );
}
