import type { Plan } from '@turnus/core';
import type { Paint } from './cli-io.js';
import { formatNumber } from './number-format.js';
import { type GridCell, planGrid } from './plan-grid.js';

const LETTERS = ['m', 't', 'o', 't', 'f', 'L', 'S'] as const;

/**
 * The rota as text for a terminal: blocks of weeks, one line per employee, one column per day
 * with the shift code (coloured by kind on a terminal), `·` for a day off, `*` after a flexi
 * shift; weekend columns are upper-case in the header and marked with `▔` under it, holidays with
 * `H`. Each line ends with the employee's hours in the block.
 *
 * @param options.weeksPerBlock weeks side by side (default 4)
 * @param options.maxWeeks show only the first weeks (default all)
 * @example
 * ```ts
 * console.log(renderGridText(plan, paint(false)));
 * ```
 * @since 0.1.0
 */
export function renderGridText(
  plan: Plan,
  paint: Paint,
  options: { weeksPerBlock?: number; maxWeeks?: number } = {},
): string {
  const grid = planGrid(plan);
  const perBlock = Math.max(1, options.weeksPerBlock ?? 4);
  const shownWeeks = Math.min(grid.weeks, options.maxWeeks ?? grid.weeks);
  const width = Math.max(
    2,
    ...grid.rows.flatMap((r) => r.cells.map((c) => (c ? c.code.length + (c.flexi ? 1 : 0) : 1))),
  );
  const nameWidth = Math.max(8, ...grid.rows.map((r) => r.employee.id.length + 5));
  const lines: string[] = [];
  for (let w0 = 0; w0 < shownWeeks; w0 += perBlock) {
    const weeks = Array.from({ length: Math.min(perBlock, shownWeeks - w0) }, (_, i) => w0 + i);
    const weekHead = weeks
      .map((w) => `Uke ${w + 1}`.padEnd(width * 7 + 6).slice(0, width * 7 + 6))
      .join(' │ ');
    lines.push(paint.bold(`${''.padEnd(nameWidth)} ${weekHead}`));
    const dayHead = weeks
      .map((w) =>
        grid.days
          .slice(w * 7, w * 7 + 7)
          .map((d) => {
            const letter = (d.holiday ? 'H' : LETTERS[d.weekday]!).padEnd(width);
            return d.weekend || d.holiday ? paint.red(letter) : letter;
          })
          .join(' '),
      )
      .join(' │ ');
    lines.push(`${'ansatt %'.padEnd(nameWidth)} ${dayHead}  ${paint.dim('timer')}`);
    const marks = weeks
      .map((w) =>
        grid.days
          .slice(w * 7, w * 7 + 7)
          .map((d) => (d.weekend || d.holiday ? '▔'.repeat(width) : ' '.repeat(width)))
          .join(' '),
      )
      .join(' │ ');
    lines.push(paint.dim(`${''.padEnd(nameWidth)} ${marks}`));
    for (const row of grid.rows) {
      const label = `${row.employee.id} ${formatNumber(row.employee.positionPercent, 0)}`.padEnd(nameWidth);
      const cells = weeks
        .map((w) =>
          row.cells
            .slice(w * 7, w * 7 + 7)
            .map((cell) => renderCell(cell, width, paint))
            .join(' '),
        )
        .join(' │ ');
      const hours = weeks.reduce((sum, w) => sum + (row.hoursPerWeek[w] ?? 0), 0);
      lines.push(`${label} ${cells}  ${paint.dim(formatNumber(hours, 1).padStart(6))}`);
    }
    lines.push('');
  }
  if (shownWeeks < grid.weeks) lines.push(paint.dim(`… ${grid.weeks - shownWeeks} uker til`));
  const kinds = [...new Set(plan.shiftTypes.map((t) => `${t.code}=${t.name ?? t.kind}`))].join('  ');
  lines.push(paint.dim(`${kinds}  ·=fri  *=fleksivakt  FE=ferie  store bokstaver=helg, H=helligdag`));
  return lines.join('\n');
}

function renderCell(cell: GridCell | undefined, width: number, paint: Paint): string {
  if (!cell) return paint.dim('·'.padEnd(width));
  const text = (cell.flexi ? `${cell.code}*` : cell.code).padEnd(width);
  return paint.kind(cell.kind, text);
}
