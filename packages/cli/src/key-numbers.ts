import type { Paint } from './cli-io.js';
import { coveredShare } from './metric-rows.js';
import { formatNumber, formatShare } from './number-format.js';
import type { ReportView } from './report-model.js';

/**
 * The key numbers of a solved plan in two compact lines: persons, årsverk, heltidsandel, average
 * position size, weekend hours, coverage and law violations.
 *
 * @example
 * ```ts
 * console.log(renderKeyNumbers(report, paint(false)));
 * // Personer 16 · Årsverk 12,40 · Heltidsandel 37,5 % · Gj.sn. stillingsprosent 77,5 %
 * // Helgetimer 275 t per person/år · Dekning 100,0 % · Lovbrudd 0
 * ```
 * @since 0.1.0
 */
export function renderKeyNumbers(report: ReportView, paint: Paint): string {
  const m = report.metrics;
  const violations = report.checks.reduce((sum, c) => sum + c.violations.length, 0);
  const item = (label: string, value: string) => `${label} ${paint.bold(value)}`;
  const coverage = coveredShare(report);
  const lines = [
    [
      item('Personer', String(m.persons)),
      item('Årsverk', formatNumber(m.arsverkFromPositions, 2)),
      item('Heltidsandel', formatShare(m.heltidsandel)),
      item('Gj.sn. stillingsprosent', `${formatNumber(m.averagePositionPercent)} %`),
    ].join(' · '),
    [
      item('Helgetimer', `${formatNumber(m.weekendHoursPerPersonYear, 0)} t per person/år`),
      `Dekning ${(coverage >= 1 ? paint.green : paint.yellow)(paint.bold(formatShare(coverage)))}`,
      ...(report.coverage.flexiAsked > 0
        ? [item('Fleksivakter', `${report.coverage.flexiPlaced}/${report.coverage.flexiAsked}`)]
        : []),
      `Lovbrudd ${(violations === 0 ? paint.green : paint.red)(paint.bold(String(violations)))}`,
    ].join(' · '),
  ];
  return lines.join('\n');
}
