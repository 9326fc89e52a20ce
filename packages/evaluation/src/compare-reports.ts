import { roundTo } from './duration-text.js';
import type { EvaluationReport } from './evaluate.js';

/**
 * A side-by-side table: one column per alternative, one row per measure.
 *
 * @example
 * ```ts
 * const table: ComparisonTable = compareReports([{ label: 'Basis', report }]);
 * table.rows[0]; // { label: 'Personer', values: [16] }
 * ```
 * @since 0.1.0
 */
export interface ComparisonTable {
  columns: string[];
  rows: { label: string; values: (string | number)[] }[];
}

const ROWS: { label: string; value: (r: EvaluationReport) => string | number }[] = [
  { label: 'Personer', value: (r) => r.metrics.persons },
  { label: 'Årsverk (stillinger)', value: (r) => roundTo(r.metrics.arsverkFromPositions, 2) },
  { label: 'Årsverk (timer)', value: (r) => roundTo(r.metrics.arsverkFromHours, 2) },
  { label: 'Heltidsandel (%)', value: (r) => roundTo(r.metrics.heltidsandel * 100, 1) },
  { label: 'Gj.sn. stillingsprosent', value: (r) => roundTo(r.metrics.averagePositionPercent, 1) },
  { label: 'Antall stillingsstørrelser', value: (r) => r.metrics.distinctPositionSizes },
  { label: 'Helgetimer per person og år', value: (r) => roundTo(r.metrics.weekendHoursPerPersonYear, 1) },
  { label: 'Helgetimer per årsverk og år', value: (r) => roundTo(r.metrics.weekendHoursPerArsverkYear, 1) },
  { label: 'Helgeandel av timer (%)', value: (r) => roundTo(r.metrics.weekendShareOfHours * 100, 1) },
  { label: 'Dekning (%)', value: (r) => roundTo(r.coverage.share * 100, 1) },
  { label: 'Manglende vakter (vikarbehov)', value: (r) => r.coverage.shortfallShifts },
  { label: 'Vikartimer', value: (r) => roundTo(r.coverage.shortfallHours, 1) },
  { label: 'Kompetansemangel', value: (r) => r.coverage.competenceShortfall },
  {
    label: 'Fleksivakter (plassert / bedt om)',
    value: (r) => `${r.coverage.flexiPlaced} / ${r.coverage.flexiAsked}`,
  },
  { label: 'Lovbrudd', value: (r) => r.violationCount },
  { label: 'Lovlig', value: (r) => (r.legal ? 'ja' : 'nei') },
  { label: 'Ønsker innfridd (%)', value: (r) => roundTo(r.fairness.wishes.share * 100, 1) },
  { label: 'Enkeltfridager', value: (r) => r.fairness.isolatedDaysOff },
  { label: 'Kort hvile (< 14 t)', value: (r) => r.fairness.shortRests },
  { label: 'Arbeidstid for heltid (t/uke)', value: (r) => r.fullTimeWeek.unit.fullTimeWeek },
  { label: 'Lønnskostnad per år (kr)', value: (r) => Math.round(r.cost.wageYear) },
  { label: 'Helgetillegg per år (kr)', value: (r) => Math.round(r.cost.weekendSupplementYear) },
  { label: 'Lokal helgebonus per år (kr)', value: (r) => Math.round(r.cost.localBonusYear) },
  { label: 'Vikarkostnad per år (kr)', value: (r) => Math.round(r.cost.substituteCostYear) },
  { label: 'Kostnad per år (kr)', value: (r) => Math.round(r.cost.totalYear) },
];

/**
 * Puts evaluation reports side by side (alternatives as columns): personer, årsverk, heltidsandel,
 * gj.sn. stillingsprosent, helgetimer, dekning, lovbrudd, kostnad and more, with Norwegian row labels.
 *
 * @param items the alternatives, each with a column label and its report
 * @example
 * ```ts
 * const table = compareReports([
 *   { label: 'Hver 3. helg', report: evaluate(planA) },
 *   { label: 'Hinkehelg', report: evaluate(planB) },
 * ]);
 * table.rows.find((r) => r.label === 'Heltidsandel (%)')?.values; // [37.5, 50]
 * ```
 * @since 0.1.0
 */
export function compareReports(
  items: readonly { label: string; report: EvaluationReport }[],
): ComparisonTable {
  return {
    columns: items.map((i) => i.label),
    rows: ROWS.map((row) => ({ label: row.label, values: items.map((i) => row.value(i.report)) })),
  };
}
