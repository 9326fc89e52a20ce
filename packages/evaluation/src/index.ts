// @turnus/evaluation: law and tariff checks, coverage, heltidskultur metrics, fairness and cost of any turnus plan.
export { checkPlan } from './check-plan.js';
export type { CheckId, CheckResult, Violation } from './check-result.js';
export { evaluate } from './evaluate.js';
export type { EmployeeSummary, EvaluationReport } from './evaluate.js';
export { compareReports } from './compare-reports.js';
export type { ComparisonTable } from './compare-reports.js';
export { planCoverage } from './coverage.js';
export type { CoverageEntry, CoverageReport, FlexiCoverage } from './coverage.js';
export { heltidMetrics } from './metrics.js';
export type { HeltidMetrics } from './metrics.js';
export { fairness } from './fairness.js';
export type { FairnessReport, SpreadStat, WishesGranted } from './fairness.js';
export { planCost } from './cost.js';
export type { CostReport, EmployeeCost } from './cost.js';
export { fullTimeWeek } from './full-time-week.js';
export type { FullTimeWeekLine, FullTimeWeekReport } from './full-time-week.js';
