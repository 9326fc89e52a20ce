import { formatNumber, formatShare } from './number-format.js';
import type { ReportView } from './report-model.js';

/** One key number with its Norwegian label, display value and a short explanation. */
export interface MetricRow {
  key: string;
  label: string;
  value: string;
  note: string;
}

/**
 * The key numbers (nøkkeltall) of an evaluation in planner language, in display order. Shared by
 * the terminal, the HTML report and the spreadsheet so they always agree.
 *
 * @example
 * ```ts
 * metricRows(report).find((r) => r.key === 'heltidsandel')?.value; // '62,5 %'
 * ```
 * @since 0.1.0
 */
export function metricRows(report: ReportView): MetricRow[] {
  const m = report.metrics;
  const c = report.coverage;
  const violations = report.checks.reduce((sum, check) => sum + check.violations.length, 0);
  const sizes = [...m.positionSizes]
    .sort((a, b) => b.percent - a.percent)
    .map((s) => `${formatNumber(s.percent, 0)} % × ${s.count}`)
    .join(', ');
  const rows: MetricRow[] = [
    { key: 'persons', label: 'Personer', value: String(m.persons), note: 'ansatte i turnusen' },
    {
      key: 'arsverk',
      label: 'Årsverk',
      value: formatNumber(m.arsverkFromPositions, 2),
      note: `sum stillingsprosent / 100 (planlagte timer gir ${formatNumber(m.arsverkFromHours, 2)})`,
    },
    {
      key: 'heltidsandel',
      label: 'Heltidsandel',
      value: formatShare(m.heltidsandel),
      note: 'andel personer i 100 % stilling',
    },
    {
      key: 'averagePositionPercent',
      label: 'Gj.sn. stillingsprosent',
      value: `${formatNumber(m.averagePositionPercent)} %`,
      note: 'sum stillingsprosent / personer',
    },
    {
      key: 'positionSizes',
      label: 'Stillingsstørrelser',
      value: String(m.distinctPositionSizes),
      note: sizes,
    },
    {
      key: 'weekendHours',
      label: 'Helgetimer per person og år',
      value: formatNumber(m.weekendHoursPerPersonYear, 0),
      note: `lørdag 00:00 – søndag 24:00; per årsverk ${formatNumber(m.weekendHoursPerArsverkYear, 0)}`,
    },
    {
      key: 'weekendShare',
      label: 'Helgeandel av timene',
      value: formatShare(m.weekendShareOfHours),
      note: 'andel av alle planlagte timer som ligger i helgene',
    },
    {
      key: 'coverage',
      label: 'Dekning',
      value: c.totalRequired > 0 ? formatShare(coveredShare(report)) : '–',
      note: c.complete
        ? 'hele behovet er dekket'
        : `mangler ${c.shortfallShifts} vakter (${formatNumber(c.shortfallHours, 1)} t)${c.competenceShortfall > 0 ? `, kompetansemangel ${c.competenceShortfall}` : ''}`,
    },
    {
      key: 'surplus',
      label: 'Overbemanning',
      value: String(c.surplusShifts),
      note: 'vakter ut over behovet',
    },
  ];
  if (c.flexiAsked > 0)
    rows.push({
      key: 'flexi',
      label: 'Fleksivakter',
      value: `${c.flexiPlaced} / ${c.flexiAsked}`,
      note: 'plassert / ønsket (ressursbemanning)',
    });
  rows.push({
    key: 'violations',
    label: 'Lovbrudd',
    value: String(violations),
    note: report.legal ? 'alle lov- og avtalekrav er oppfylt' : 'se lovkravene',
  });
  return rows;
}

/**
 * Share of the required staffing that is covered: 1 − Σ shortfall / Σ required.
 *
 * @example
 * ```ts
 * coveredShare(report); // 0.985
 * ```
 * @since 0.1.0
 */
export function coveredShare(report: ReportView): number {
  const c = report.coverage;
  if (c.share !== undefined) return c.share;
  if (c.totalRequired <= 0) return 1;
  const short = c.entries.reduce((sum, e) => sum + e.shortfall, 0);
  return Math.max(0, (c.totalRequired - short) / c.totalRequired);
}
