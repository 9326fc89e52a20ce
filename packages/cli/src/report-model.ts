import type { Plan } from '@turnus/core';

/**
 * The parts of `@turnus/evaluation`'s `EvaluationReport` the CLI renders. Declared structurally so
 * the renderers accept the evaluation package's report (which has more) and hand-made fixtures.
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
export interface CheckView {
  id: string;
  title: string;
  reference: string;
  parameters: Record<string, number | string | boolean>;
  passed: boolean;
  violations: readonly { check: string; employee?: string; dates: string[]; message: string }[];
}

/** One coverage entry (dekning) per date and shift or interval. */
export interface CoverageEntryView {
  date: string;
  shift?: string;
  from?: string;
  to?: string;
  required: number;
  planned: number;
  shortfall: number;
  surplus: number;
}

/** The coverage report (dekning). */
export interface CoverageView {
  entries: readonly CoverageEntryView[];
  totalRequired: number;
  totalPlanned: number;
  shortfallShifts: number;
  shortfallHours: number;
  surplusShifts: number;
  competenceShortfall: number;
  flexiAsked: number;
  flexiPlaced: number;
  /** Share of required staff that is planned, when the evaluation gives it. */
  share?: number;
  complete: boolean;
}

/** Heltidskultur metrics (nøkkeltall). */
export interface MetricsView {
  persons: number;
  arsverkFromPositions: number;
  arsverkFromHours: number;
  heltidsandel: number;
  averagePositionPercent: number;
  positionSizes: readonly { percent: number; count: number }[];
  distinctPositionSizes: number;
  weekendHoursPerPersonYear: number;
  weekendHoursPerArsverkYear: number;
  weekendShareOfHours: number;
}

/** Per-employee summary. */
export interface EmployeeView {
  id: string;
  positionPercent: number;
  plannedHours: number;
  targetHours: number;
  shifts: number;
  weekendsWorked: number;
  weekendHours: number;
  nights: number;
  evenings?: number;
  longShifts?: number;
  flexi: number;
}

/** A plan with its evaluation, the input of every renderer. */
export interface PlanWithReport {
  plan: Plan;
  report: ReportView;
}
