import type { Paint } from './cli-io.js';
import { formatNumber } from './number-format.js';

/** A comparison table as `@turnus/evaluation`'s compareReports returns it. */
export interface ComparisonView {
  columns: readonly string[];
  rows: readonly { label: string; values: readonly (string | number)[] }[];
}

/**
 * A comparison table as aligned terminal text (first column left, numbers right).
 *
 * @example
 * ```ts
 * console.log(renderComparisonText(compareReports(items), paint(false)));
 * ```
 * @since 0.1.0
 */
export function renderComparisonText(table: ComparisonView, paint: Paint): string {
  const cell = (v: string | number) =>
    typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : v;
  const head = ['', ...table.columns];
  const body = table.rows.map((r) => [r.label, ...r.values.map(cell)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    paint.bold(line(head)),
    paint.dim(widths.map((w) => '─'.repeat(w)).join('  ')),
    ...body.map(line),
  ].join('\n');
}
