import type { Paint } from './cli-io.js';
import { formatNumber } from './number-format.js';

/** A comparison table as `@turnus/evaluation`'s compareReports returns it. */
export interface ComparisonView {
  columns: readonly string[];
  rows: readonly { label: string; values: readonly (string | number)[] }[];
}

/**
 * A comparison table as aligned terminal text: measure labels on the left, one column per
 * alternative (numbers right-aligned, Norwegian decimal comma). Many alternatives are printed in
 * blocks of columns that fit `width` characters.
 *
 * @example
 * ```ts
 * console.log(renderComparisonText(compareReports(items), paint(false)));
 * ```
 * @since 0.1.0
 */
export function renderComparisonText(table: ComparisonView, paint: Paint, width = 130): string {
  const cell = (v: string | number | undefined) =>
    v === undefined
      ? ''
      : typeof v === 'string'
        ? v
        : Number.isInteger(v) && Math.abs(v) >= 10_000
          ? v.toLocaleString('nb-NO').replace(/\s/g, ' ')
          : formatNumber(v, Number.isInteger(v) ? 0 : 1);
  const labelWidth = Math.max(0, ...table.rows.map((r) => r.label.length));
  const columnWidth = (i: number) =>
    Math.max(Math.min(16, table.columns[i]!.length), ...table.rows.map((r) => cell(r.values[i]).length));
  const blocks: number[][] = [];
  let current: number[] = [];
  let used = labelWidth;
  table.columns.forEach((_, i) => {
    const w = columnWidth(i) + 2;
    if (current.length > 0 && used + w > width) {
      blocks.push(current);
      current = [];
      used = labelWidth;
    }
    current.push(i);
    used += w;
  });
  if (current.length > 0) blocks.push(current);
  const out: string[] = [];
  for (const block of blocks) {
    const widths = block.map(columnWidth);
    // Long alternative labels wrap onto several header lines.
    const headerLines = block.map((i, k) => wrap(table.columns[i]!, widths[k]!));
    const height = Math.max(...headerLines.map((h) => h.length));
    for (let line = 0; line < height; line++)
      out.push(
        paint.bold(
          `${''.padEnd(labelWidth)}  ${headerLines.map((h, k) => (h[line] ?? '').padStart(widths[k]!)).join('  ')}`.trimEnd(),
        ),
      );
    out.push(paint.dim(`${'─'.repeat(labelWidth)}  ${widths.map((w) => '─'.repeat(w)).join('  ')}`));
    for (const row of table.rows)
      out.push(
        `${row.label.padEnd(labelWidth)}  ${block.map((i, k) => cell(row.values[i]).padStart(widths[k]!)).join('  ')}`,
      );
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
