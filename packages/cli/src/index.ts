// @turnus/cli: the `turnus` command line and the renderers behind it (terminal grid, HTML report,
// Excel workbook, iCalendar files), usable from code too.
export { COMMANDS, run } from './main.js';
export { EXIT, paint } from './cli-io.js';
export type { CliIo, Paint, TextSink } from './cli-io.js';
export { CliError, isCliError } from './cli-error.js';
export type { Command, CommandContext } from './command.js';

export { DEMO_SCENARIO } from './demo-scenario.js';
export { scenarioSummary } from './commands/validate.js';
export { readPlanFile, readScenarioFile, readTextFile, writeOutput } from './io.js';

export { DAY_LETTERS, planGrid } from './plan-grid.js';
export type { GridCell, GridDay, GridRow, PlanGrid } from './plan-grid.js';
export { renderGridText } from './grid-text.js';
export { renderKeyNumbers } from './key-numbers.js';
export { renderChecksText } from './check-text.js';
export { renderEvaluationText } from './evaluation-text.js';
export { renderComparisonText } from './comparison-text.js';
export type { ComparisonView } from './comparison-text.js';
export { coveredShare, metricRows } from './metric-rows.js';
export type { MetricRow } from './metric-rows.js';
export { createProgress } from './progress.js';
export type { Progress, ProgressEvent } from './progress.js';

export { renderReportHtml } from './report-html.js';
export { coverageSvg } from './coverage-svg.js';
export { escapeHtml } from './html-escape.js';
export { planWorkbook } from './export-xlsx.js';
export { calendarFileName, foldLine, planCalendars } from './export-ics.js';
export type {
  CheckView,
  CoverageEntryView,
  CoverageView,
  EmployeeView,
  MetricsView,
  PlanWithReport,
  ReportView,
} from './report-model.js';
