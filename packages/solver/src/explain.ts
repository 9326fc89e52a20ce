import { type Absence, type Employee, type Scenario, planWeeks } from '@turnus/core';
import { contractReachable } from './model/contract-reach.js';
import { weekendExcused } from './model/day-options.js';
import { buildProblem, weekday } from './problem.js';
import type { InfeasibilityReason } from './solve-types.js';
import { weekendNeed, workedWeeks } from './weekend-rotation.js';

const h = (min: number) => (min / 60).toFixed(1).replace('.', ',');

/**
 * Quick necessary conditions for a legal rota, each naming the binding rule with numbers:
 * contract hours that the allowed shifts cannot reach under the rules (or that the weekend pattern
 * alone exceeds), and weekend patterns no legal shift pair can work. Empty when none binds.
 *
 * @example
 * ```ts
 * explainInfeasible(scenario, staff, []); // [] or [{ rule: 'contract-hours', message: '…' }]
 * ```
 */
export function explainInfeasible(
  s: Scenario,
  staff: readonly Employee[],
  extraAbsences: readonly Absence[],
): InfeasibilityReason[] {
  const p = buildProblem(s, staff, { extraAbsences, tolerance: s.rules.contractToleranceHours });
  const out: InfeasibilityReason[] = [];
  const r = s.rules;
  for (let e = 0; e < p.E; e++) {
    const emp = staff[e]!;
    const c = p.cycles[e]!;
    const allowed = p.shifts.map((_, k) => k).filter((k) => p.allowedShift[e * p.S + k]);
    if (allowed.length === 0) {
      out.push({
        rule: 'allowed-shifts',
        message: `${emp.id}: ingen tillatte vakter (maks vaktlengde ${r.maxShiftHours} t).`,
      });
      continue;
    }
    // Weekend pattern: some phase whose every worked weekend can be worked legally.
    let phaseOk = c.workedWeeks.length === 0;
    let minForced = Number.POSITIVE_INFINITY;
    const minPaid = Math.min(...allowed.map((k) => p.shifts[k]!.paid));
    const maxPaid = Math.max(...allowed.map((k) => p.shifts[k]!.paid));
    for (let ph = 0; ph < c.cycleWeeks; ph++) {
      const weeks = workedWeeks(p, e, ph);
      if (weeks) {
        phaseOk = true;
        minForced = Math.min(minForced, weeks.length * 2);
      }
    }
    if (!phaseOk) {
      out.push({
        rule: 'weekend-pattern',
        message: `${emp.id}: helgemønsteret ${c.name} kan ikke følges: for hver fase har minst én helg ingen lovlig vaktkombinasjon lørdag–søndag (døgnhvile ${r.dailyRestHours} t, søn-/helligdagsregel ${r.sundayRule}, langvakter ${c.longShifts ? 'påkrevd' : 'ikke påkrevd'}).`,
      });
      continue;
    }
    const target = p.targetPaid[e]!;
    const tol = p.tolerance;
    const repeat = planWeeks(s) / p.weeks;
    if (
      !contractReachable(
        allowed.map((k) => p.shifts[k]!.paid),
        target * repeat,
        tol,
      )
    )
      out.push({
        rule: 'contract-hours',
        message: `${emp.id}: avtalt tid ${h(target * repeat)} t ± ${h(tol)} kan ikke nås med vaktlengdene ${[...new Set(allowed.map((k) => h(p.shifts[k]!.paid)))].join(', ')} t.`,
      });
    if (Number.isFinite(minForced) && minForced * minPaid > target + tol)
      out.push({
        rule: 'contract-hours',
        message: `${emp.id}: helgemønsteret ${c.name} gir minst ${h(minForced * minPaid)} t helgevakter, men avtalt tid er ${h(target)} t ± ${h(tol)}.`,
      });
    // Upper bound on working days: per week at most 6 (a whole free day) and the run limit.
    let days = 0;
    for (let w = 0; w < p.weeks; w++) {
      let free = 0;
      for (let k = 0; k < 7; k++) {
        const d = w * 7 + k;
        if (p.absence[e * p.days + d]! > 0) continue;
        if (weekday(p, d) >= 5 && c.workedWeeks.length === 0) continue;
        free++;
      }
      days += Math.min(free, 6, Math.floor((7 * r.maxConsecutiveDays) / (r.maxConsecutiveDays + 1)) + 1);
    }
    const weekCap = Math.min(r.maxWeeklyHours, r.maxAverageWeeklyHours) * 60 * p.weeks;
    const cap = Math.min(days * maxPaid, weekCap);
    if (cap < target - tol)
      out.push({
        rule: 'contract-hours',
        message: `${emp.id}: avtalt tid ${h(target)} t, men høyst ${h(cap)} t med tillatte vakter får plass innenfor reglene (${days} mulige arbeidsdager, maks ${r.maxConsecutiveDays} dager på rad, ukehvile ${r.weeklyRestHours} t).`,
      });
  }
  if (out.length > 0) {
    const need = weekendNeed(p);
    const avg = need.persons.reduce((a, b) => a + b, 0) / Math.max(1, need.persons.length);
    const given = p.cycles.reduce((a, c) => a + c.workedWeeks.length / c.cycleWeeks, 0);
    out.push({
      rule: 'weekend-pattern',
      message: `Helgene trenger ${avg.toFixed(1).replace('.', ',')} personer per helg; helgemønstrene til personalet gir ${given.toFixed(1).replace('.', ',')}.`,
    });
  }
  return out;
}
