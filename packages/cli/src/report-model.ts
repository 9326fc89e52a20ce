import type { Plan } from '@turnus/core';
import type {
  CheckResult,
  CoverageEntry,
  CoverageReport,
  EmployeeSummary,
  HeltidMetrics,
} from '@turnus/evaluation';

/**
 * The parts of `@turnus/evaluation`'s `EvaluationReport` the CLI renders, picked from its types so
 * the renderers accept the evaluation's report and smaller hand-made fixtures.
 *
 * @example
 * ```ts
 * const view: ReportView = evaluate(plan);
 * ```
 * @since 0.1.0
 */
export interface ReportView {
  legal: boolean;
  checks: readonly CheckView[];
  coverage: CoverageView;
  metrics: MetricsView;
  employees: readonly EmployeeView[];
}

/** One law or tariff check (lovkrav) as rendered. */
export type CheckView = Pick<
  CheckResult,
  'id' | 'title' | 'reference' | 'parameters' | 'passed' | 'violations'
>;

/** One coverage entry (dekning) per date and shift or interval. */
export type CoverageEntryView = Pick<
  CoverageEntry,
  'date' | 'shift' | 'from' | 'to' | 'required' | 'planned' | 'shortfall' | 'surplus'
>;

/** The coverage report (dekning). */
export type CoverageView = Omit<CoverageReport, 'entries' | 'flexi' | 'share'> & {
  entries: readonly CoverageEntryView[];
  /** Share of required staff that is planned, when the evaluation gives it. */
  share?: number;
};

/** Heltidskultur metrics (nøkkeltall). */
export type MetricsView = HeltidMetrics;

/** Per-employee summary. */
export type EmployeeView = Pick<
  EmployeeSummary,
  | 'id'
  | 'positionPercent'
  | 'plannedHours'
  | 'targetHours'
  | 'shifts'
  | 'weekendsWorked'
  | 'weekendHours'
  | 'nights'
  | 'flexi'
> &
  Partial<Pick<EmployeeSummary, 'evenings' | 'longShifts'>>;

/** A plan with its evaluation, the input of every renderer. */
export interface PlanWithReport {
  plan: Plan;
  report: ReportView;
}
