import { RULE_REFERENCES } from '@turnus/core';
import { type CheckResult, type Violation, checkResult } from '../check-result.js';
import { contractHours } from '../contract-hours-calc.js';
import { formatHours, roundTo } from '../duration-text.js';
import type { Timeline } from '../timeline.js';

/**
 * Avtalt arbeidstid (HTA kap. 1 § 4, local tolerance): planned paid hours over the plan (flexi
 * included) plus vacation credit are within ± `contractToleranceHours` of position % × full-time week
 * × weeks. The tolerance is per base rota: a rotating plan rolled k times (weeks = k × cycleWeeks)
 * may deviate k × `contractToleranceHours`, so identical copies of a base within the tolerance pass.
 * Amount = hours beyond the tolerance.
 */
export function checkContractHours(t: Timeline): CheckResult {
  const cycles = t.plan.kind === 'rotating' && t.plan.cycleWeeks ? t.plan.weeks / t.plan.cycleWeeks : 1;
  const tolerance = t.rules.contractToleranceHours * cycles;
  const full = t.plan.fullTimeHoursPerWeek;
  const violations: Violation[] = [];
  const first = t.dateOf(0);
  const last = t.dateOf(t.days - 1);
  for (const e of t.employees) {
    const c = contractHours(t, e);
    const total = c.plannedHours + c.vacationCreditHours;
    const diff = total - c.targetHours;
    if (Math.abs(diff) <= tolerance + 1e-6) continue;
    const credit =
      c.vacationCreditHours > 0 ? ` + vacation credit ${formatHours(c.vacationCreditHours)}` : '';
    violations.push({
      check: 'contract-hours',
      employee: e.employee.id,
      dates: [first, last],
      message: `planned ${formatHours(c.plannedHours)}${credit}; contract ${formatHours(c.targetHours)} (${e.employee.positionPercent} % × ${formatHours(full)} × ${t.weeks} weeks) ± ${formatHours(tolerance)}; ${formatHours(Math.abs(diff))} ${diff > 0 ? 'over' : 'under'}`,
      amount: roundTo(Math.abs(diff) - tolerance, 6),
    });
  }
  return checkResult(
    'contract-hours',
    'Avtalt arbeidstid',
    RULE_REFERENCES.contractToleranceHours.reference,
    { contractToleranceHours: t.rules.contractToleranceHours, cycles, fullTimeHoursPerWeek: full },
    violations,
  );
}
