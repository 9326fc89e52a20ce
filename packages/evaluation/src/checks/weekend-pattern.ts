import { RULE_REFERENCES, weekendCycle } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import type { EmployeeTimeline, Timeline, WorkItem } from '../timeline.js';

interface WeekendFacts {
  saturday: readonly WorkItem[];
  sunday: readonly WorkItem[];
  absentSaturday: boolean;
  absentSunday: boolean;
}

function weekendFacts(t: Timeline, e: EmployeeTimeline): WeekendFacts[] {
  return Array.from({ length: t.weeks }, (_, w) => {
    const sat = w * 7 + 5;
    const sun = w * 7 + 6;
    return {
      saturday: e.byDay.get(sat) ?? [],
      sunday: e.byDay.get(sun) ?? [],
      absentSaturday: e.absences.has(sat),
      absentSunday: e.absences.has(sun),
    };
  });
}

/** True when the employee may work a long shift type (langvakt). */
function mayWorkLong(t: Timeline, e: EmployeeTimeline): boolean {
  const codes = e.employee.shifts ?? [...t.shifts.keys()];
  return codes.some((code) => t.shifts.get(code)?.kind === 'long');
}

/** Violations of one employee's weekend pattern at one phase. */
function phaseViolations(
  t: Timeline,
  e: EmployeeTimeline,
  facts: readonly WeekendFacts[],
  phase: number,
): Violation[] {
  const cycle = weekendCycle(e.employee.weekendPattern);
  const worked = new Set(cycle.workedWeeks);
  const requireLong = cycle.longShifts && mayWorkLong(t, e);
  const out: Violation[] = [];
  const id = e.employee.id;
  const label = `${cycle.name}${cycle.workedWeeks.length > 0 ? `, phase ${phase}` : ''}`;
  facts.forEach((f, w) => {
    const inPattern = worked.has((w + phase) % cycle.cycleWeeks);
    const isWorked = f.saturday.length > 0 || f.sunday.length > 0;
    const dates = [t.dateOf(w * 7 + 5), t.dateOf(w * 7 + 6)];
    const where = `weekend of week ${w + 1} (${dates[0]}/${dates[1]!.slice(8)})`;
    const add = (message: string) =>
      out.push({ check: 'weekend-pattern', employee: id, dates, message, amount: 1 });
    if (isWorked && !inPattern) add(`works the ${where}, which is not a weekend of the pattern ${label}`);
    if (!isWorked && inPattern && !f.absentSaturday && !f.absentSunday)
      add(`does not work the ${where}, a weekend of the pattern ${label}`);
    if (isWorked && t.rules.weekendBothDays) {
      if (f.saturday.length === 0 && !f.absentSaturday)
        add(`works only Sunday of the ${where}; both days are worked`);
      if (f.sunday.length === 0 && !f.absentSunday)
        add(`works only Saturday of the ${where}; both days are worked`);
    }
    if (isWorked && requireLong) {
      const short = [...f.saturday, ...f.sunday].filter((i) => i.shift.kind !== 'long');
      if (short.length > 0)
        add(
          `works ${short.map((i) => `${i.shift.code} on ${i.date}`).join(', ')} in the ${where}; the pattern ${cycle.name} has long shifts (langvakter)`,
        );
    }
  });
  return out;
}

/**
 * Helgemønster (local agreement): the employee's weekends follow their weekend pattern at some phase p
 * (week w is a pattern weekend when (w + p) mod cycleWeeks is a worked week of the cycle): every worked
 * weekend (a shift starting Saturday or Sunday) is a pattern weekend; every pattern weekend is worked
 * unless the employee is absent that Saturday or Sunday; with `weekendBothDays` both days are worked;
 * a pattern with long shifts is worked with long shifts when the employee may work one. The best
 * phase (fewest violations) is reported.
 */
export function checkWeekendPattern(t: Timeline): CheckResult {
  const violations: Violation[] = [];
  for (const e of t.employees) {
    const facts = weekendFacts(t, e);
    const cycle = weekendCycle(e.employee.weekendPattern);
    let best: Violation[] | undefined;
    for (let p = 0; p < cycle.cycleWeeks; p++) {
      const found = phaseViolations(t, e, facts, p);
      if (!best || found.length < best.length) best = found;
      if (best.length === 0) break;
    }
    violations.push(...(best ?? []));
  }
  return checkResult(
    'weekend-pattern',
    'Helgemønster',
    RULE_REFERENCES.weekendBothDays.reference,
    { weekendBothDays: t.rules.weekendBothDays },
    violations,
  );
}
