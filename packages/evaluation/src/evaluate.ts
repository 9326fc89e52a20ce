import { type Plan, type Scenario, parsePlan } from '@turnus/core';
import { checkPlan } from './check-plan.js';
import type { CheckResult } from './check-result.js';
import { type CostReport, planCost } from './cost.js';
import { type CoverageReport, planCoverage } from './coverage.js';
import { employeeFacts } from './employee-facts.js';
import { type FairnessReport, fairness } from './fairness.js';
import { type FullTimeWeekReport, fullTimeWeek } from './full-time-week.js';
import { type HeltidMetrics, heltidMetrics } from './metrics.js';
import { planTimeline, withSharedTimelines } from './timeline.js';

/**
 * One employee's rota in numbers.
 *
 * @example
 * ```ts
 * evaluate(plan).employees.filter((e) => e.plannedHours < e.targetHours);
 * ```
 * @since 0.1.0
 */
export interface EmployeeSummary {
  id: string;
  positionPercent: number;
  /** Paid hours of the assigned shifts over the plan (flexi included). */
  plannedHours: number;
  /** Position % × full-time week × weeks. */
  targetHours: number;
  vacationCreditHours: number;
  shifts: number;
  weekendsWorked: number;
  /** Working hours Saturday 00:00–Monday 00:00 over the plan. */
  weekendHours: number;
  nights: number;
  evenings: number;
  longShifts: number;
  flexi: number;
  /** Violations of the law and tariff checks naming this employee. */
  violations: number;
}

/**
 * Everything the evaluation knows about a plan, in one typed report.
 *
 * @example
 * ```ts
 * const report: EvaluationReport = evaluate(plan);
 * report.legal; // true when every check passed
 * ```
 * @since 0.1.0
 */
export interface EvaluationReport {
  /** Every law and tariff check passed. */
  legal: boolean;
  checks: CheckResult[];
  coverage: CoverageReport;
  metrics: HeltidMetrics;
  fairness: FairnessReport;
  cost: CostReport;
  fullTimeWeek: FullTimeWeekReport;
  employees: EmployeeSummary[];
  /** Total violations over all checks. */
  violationCount: number;
  plan: { unit: string; kind: 'rotating' | 'annual'; weeks: number; cycleWeeks?: number; startDate: string };
}

/**
 * Evaluates a plan: law and tariff checks, coverage, heltidskultur metrics, fairness, cost and the
 * earned full-time week. Raw input is parsed first.
 *
 * @param input a `turnus-plan/1` document (parsed or raw JSON data)
 * @param scenario the scenario the plan was made for; its cost settings apply when the plan has none
 * @returns the evaluation report; `legal` is true when every check passed
 * @throws TurnusError (`INVALID_PLAN`) when the input is not a valid plan
 * @example
 * ```ts
 * const report = evaluate(JSON.parse(fs.readFileSync('plan.json', 'utf8')));
 * if (!report.legal) for (const c of report.checks) for (const v of c.violations) console.log(c.title, v.message);
 * ```
 * @since 0.1.0
 */
export function evaluate(input: Plan | unknown, scenario?: Scenario): EvaluationReport {
  const plan = parsePlan(input);
  return withSharedTimelines(() => report(plan, scenario));
}

function report(plan: Plan, scenario: Scenario | undefined): EvaluationReport {
  const t = planTimeline(plan);
  const checks = checkPlan(plan);
  const coverage = planCoverage(plan);
  const perEmployee = new Map<string, number>();
  let violationCount = 0;
  for (const c of checks) {
    violationCount += c.violations.length;
    for (const v of c.violations)
      if (v.employee !== undefined) perEmployee.set(v.employee, (perEmployee.get(v.employee) ?? 0) + 1);
  }
  const employees = employeeFacts(t).map(
    (f): EmployeeSummary => ({
      id: f.id,
      positionPercent: f.positionPercent,
      plannedHours: f.plannedHours,
      targetHours: f.targetHours,
      vacationCreditHours: f.vacationCreditHours,
      shifts: f.shifts,
      weekendsWorked: f.weekendsWorked,
      weekendHours: f.weekendHours,
      nights: f.nights,
      evenings: f.evenings,
      longShifts: f.longShifts,
      flexi: f.flexi,
      violations: perEmployee.get(f.id) ?? 0,
    }),
  );
  return {
    legal: checks.every((c) => c.passed),
    checks,
    coverage,
    metrics: heltidMetrics(plan),
    fairness: fairness(plan),
    cost: planCost(plan, plan.cost ?? scenario?.cost, coverage),
    fullTimeWeek: fullTimeWeek(plan),
    employees,
    violationCount,
    plan: {
      unit: plan.unit,
      kind: plan.kind,
      weeks: plan.weeks,
      ...(plan.cycleWeeks === undefined ? {} : { cycleWeeks: plan.cycleWeeks }),
      startDate: plan.startDate,
    },
  };
}
