import {
  type Absence,
  type Employee,
  type Scenario,
  expandAbsences,
  isoDayIndex,
  planDates,
  scenarioHolidays,
  shiftPaidHours,
  shiftWorkMinutes,
} from '@turnus/core';
import { contractReachable } from './model/contract-reach.js';

/** Vacation planned under a policy: absences to add to the plan, and notes for the planner. */
export interface VacationPlan {
  readonly absences: Absence[];
  readonly notes: string[];
}

/**
 * Plans vacation (ferie) for an annual plan under `vacationPolicy`: summer weeks inside the summer
 * window handed out one week per round to everyone who still lacks them (so a short summer is shared
 * fairly), then the remaining vacation days as whole weeks outside summer on the least busy weeks,
 * never more than `maxAwayAtOnce` away on a day. Agreed vacation counts first. Deterministic.
 *
 * @example
 * ```ts
 * planVacation(annualScenario, staff).absences.length; // vacation days planned
 * ```
 */
export function planVacation(s: Scenario, staff: readonly Employee[]): VacationPlan {
  const policy = s.vacationPolicy;
  if (s.period.kind !== 'annual' || !policy) return { absences: [], notes: [] };
  const dates = planDates(s);
  const weeks = Math.floor(dates.length / 7);
  const holidays = scenarioHolidays(s);
  const maxAway = policy.maxAwayAtOnce ?? staff.length;
  const away = new Array<number>(dates.length).fill(0);
  const taken = new Map<string, Set<number>>();
  const credit = (d: number) => isoDayIndex(dates[d]!) < 5 && !holidays.has(dates[d]!);
  const index = new Map(dates.map((d, i) => [d, i]));
  for (const e of staff) taken.set(e.id, new Set());
  for (const a of expandAbsences(s)) {
    const d = index.get(a.date);
    if (d === undefined || a.kind !== 'vacation') continue;
    taken.get(a.employee)?.add(d);
    away[d]!++;
  }
  const days = (id: string) => [...taken.get(id)!].filter(credit).length;
  const notes: string[] = [];
  const want = new Map(staff.map((e) => [e.id, entitlement(s, e, policy.days, weeks, notes)]));
  const wanted = (id: string) => want.get(id) ?? policy.days;
  const out: Absence[] = [];
  const weekFree = (id: string, w: number) => {
    for (let k = 0; k < 7; k++) {
      const d = w * 7 + k;
      if (taken.get(id)!.has(d)) return false;
      if (away[d]! >= maxAway) return false;
    }
    return true;
  };
  const takeWeek = (id: string, w: number, limit: number) => {
    let n = 0;
    for (let k = 0; k < 7; k++) {
      const d = w * 7 + k;
      if (credit(d)) {
        if (n >= limit) continue;
        n++;
      }
      taken.get(id)!.add(d);
      away[d]!++;
      out.push({ employee: id, date: dates[d]!, kind: 'vacation' });
    }
  };
  const load = (w: number) => Math.max(...Array.from({ length: 7 }, (_, k) => away[w * 7 + k]!));
  // Summer weeks, one round at a time.
  const summerWeeks: number[] = [];
  if (policy.summer) {
    for (let w = 0; w < weeks; w++) {
      const a = dates[w * 7]!;
      const b = dates[w * 7 + 6]!;
      if (a >= policy.summer.from && b <= policy.summer.to) summerWeeks.push(w);
    }
    const has = (id: string) =>
      summerWeeks.filter((w) => [...taken.get(id)!].some((d) => Math.floor(d / 7) === w)).length;
    for (let round = 0; round < policy.summer.weeks; round++) {
      staff.forEach((emp, i) => {
        if (has(emp.id) > round || days(emp.id) >= wanted(emp.id)) return;
        const mine = [...taken.get(emp.id)!].map((d) => Math.floor(d / 7));
        const cands = summerWeeks.filter((w) => weekFree(emp.id, w));
        if (cands.length === 0) return;
        // Next to weeks already taken when possible, else the least busy (rotating the start).
        cands.sort(
          (a, b) =>
            Number(!mine.some((m) => Math.abs(m - b) === 1)) -
              Number(!mine.some((m) => Math.abs(m - a) === 1)) ||
            load(a) - load(b) ||
            ((a + i * 3) % summerWeeks.length) - ((b + i * 3) % summerWeeks.length),
        );
        takeWeek(emp.id, cands[0]!, wanted(emp.id) - days(emp.id));
      });
    }
    const short = staff.filter((e) => has(e.id) < policy.summer!.weeks);
    if (short.length > 0)
      notes.push(
        `${short.length} ansatte fikk færre enn ${policy.summer.weeks} sommerferieuker (maks ${maxAway} borte samtidig): ${short.map((e) => e.id).join(', ')}.`,
      );
  }
  // The rest of the vacation days, as whole weeks outside summer.
  staff.forEach((emp, i) => {
    let guard = 0;
    while (days(emp.id) < wanted(emp.id) && guard++ < weeks) {
      const mine = [...taken.get(emp.id)!].map((d) => Math.floor(d / 7));
      const cands = [...Array(weeks).keys()].filter(
        (w) => !summerWeeks.includes(w) && w > 0 && w < weeks - 1 && weekFree(emp.id, w) && !mine.includes(w),
      );
      if (cands.length === 0) {
        notes.push(`${emp.id}: fikk bare ${days(emp.id)} av ${wanted(emp.id)} feriedager.`);
        break;
      }
      cands.sort(
        (a, b) =>
          load(a) - load(b) ||
          Math.min(...mine.map((m) => Math.abs(m - b)), 99) -
            Math.min(...mine.map((m) => Math.abs(m - a)), 99) ||
          ((a * 7 + i * 5) % weeks) - ((b * 7 + i * 5) % weeks),
      );
      takeWeek(emp.id, cands[0]!, wanted(emp.id) - days(emp.id));
    }
  });
  return { absences: out, notes };
}

/**
 * Vacation days for an employee: the policy's, or the nearest count (within 3 days) for which the
 * employee's shift lengths can meet the contract hours within the tolerance (vacation credit
 * changes the target); the change is noted for the planner.
 */
function entitlement(s: Scenario, e: Employee, days: number, weeks: number, notes: string[]): number {
  const paid = s.shiftTypes
    .filter(
      (t) => (!e.shifts || e.shifts.includes(t.code)) && shiftWorkMinutes(t) <= s.rules.maxShiftHours * 60,
    )
    .map((t) => Math.round(shiftPaidHours(t) * 60));
  const share = e.positionPercent / 100;
  const full = share * s.fullTimeHoursPerWeek * 60 * weeks;
  const perDay = (share * s.fullTimeHoursPerWeek * 60) / 5;
  const tol = s.rules.contractToleranceHours * 60;
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const n = days + delta;
    if (n < 0) continue;
    if (contractReachable(paid, full - n * perDay, tol)) {
      if (delta !== 0)
        notes.push(
          `${e.id}: ${n} feriedager i stedet for ${days}, fordi vaktlengdene ikke kan treffe avtalt arbeidstid ± ${s.rules.contractToleranceHours} t med ${days} dager.`,
        );
      return n;
    }
  }
  return days;
}
