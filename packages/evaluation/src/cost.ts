import { CostSchema, type CostSettings, type Plan } from '@turnus/core';
import { type CoverageReport, planCoverage } from './coverage.js';
import { employeeFacts } from './employee-facts.js';
import { planTimeline } from './timeline.js';

/**
 * Yearly cost of one employee's rota.
 *
 * @example
 * ```ts
 * planCost(plan).employees.map((e: EmployeeCost) => e.weekendSupplement);
 * ```
 * @since 0.1.0
 */
export interface EmployeeCost {
  employee: string;
  /** Helgetimer scaled to a year (× 52 / plan weeks). */
  weekendHoursYear: number;
  /** The HTA § 5.2 rate that applies to all of the employee's weekend hours (by the yearly step). */
  weekendRatePerHour: number;
  weekendSupplement: number;
  /** Local heltidskultur bonus for weekend hours beyond the threshold. */
  localBonus: number;
  /** Planned paid hours × hourlyWage, scaled to a year. */
  wage: number;
}

/**
 * Kostnad: yearly wage, weekend supplement, local bonus and substitute cost of a plan.
 *
 * @example
 * ```ts
 * const c: CostReport = evaluate(plan).cost;
 * c.totalYear; // kroner per year
 * ```
 * @since 0.1.0
 */
export interface CostReport {
  settings: CostSettings;
  employees: EmployeeCost[];
  wageYear: number;
  weekendSupplementYear: number;
  localBonusYear: number;
  /** Vikarbehov: shortfall hours scaled to a year. */
  substituteHoursYear: number;
  substituteCostYear: number;
  totalYear: number;
}

/**
 * The cost of a plan, per year (every amount of the plan's weeks × 52 / weeks). Weekend supplement
 * (HTA kap. 1 § 5.2): an employee's yearly weekend hours pick the step (below the first step, from
 * the first, from the second) whose per-hour rate is paid for all those hours. The optional local
 * bonus pays `perHour` for each yearly weekend hour beyond `thresholdHours`. Substitute cost =
 * coverage shortfall hours × substituteHourly; wage = planned paid hours × hourlyWage.
 *
 * @param plan a parsed plan
 * @param settings cost settings; the plan's `cost`, else core's CostSchema defaults
 * @param coverage the plan's coverage when already computed
 * @example
 * ```ts
 * planCost(plan).totalYear; // kroner per year
 * ```
 * @since 0.1.0
 */
export function planCost(
  plan: Plan,
  settings?: CostSettings,
  coverage: CoverageReport = planCoverage(plan),
): CostReport {
  const s = settings ?? plan.cost ?? CostSchema.parse({});
  const t = planTimeline(plan);
  const perYear = 52 / t.weeks;
  const [rateLow, rateMid, rateHigh] = s.weekendSupplementPerHour;
  const [stepMid, stepHigh] = s.weekendSupplementSteps;
  const employees = employeeFacts(t).map((f): EmployeeCost => {
    const hours = f.weekendHours * perYear;
    const rate = hours >= stepHigh ? rateHigh : hours >= stepMid ? rateMid : rateLow;
    const bonus = s.localBonus ? Math.max(0, hours - s.localBonus.thresholdHours) * s.localBonus.perHour : 0;
    return {
      employee: f.id,
      weekendHoursYear: hours,
      weekendRatePerHour: rate,
      weekendSupplement: hours * rate,
      localBonus: bonus,
      wage: f.plannedHours * perYear * s.hourlyWage,
    };
  });
  const sum = (pick: (e: EmployeeCost) => number) => employees.reduce((a, e) => a + pick(e), 0);
  const substituteHoursYear = coverage.shortfallHours * perYear;
  const wageYear = sum((e) => e.wage);
  const weekendSupplementYear = sum((e) => e.weekendSupplement);
  const localBonusYear = sum((e) => e.localBonus);
  const substituteCostYear = substituteHoursYear * s.substituteHourly;
  return {
    settings: s,
    employees,
    wageYear,
    weekendSupplementYear,
    localBonusYear,
    substituteHoursYear,
    substituteCostYear,
    totalYear: wageYear + weekendSupplementYear + localBonusYear + substituteCostYear,
  };
}
