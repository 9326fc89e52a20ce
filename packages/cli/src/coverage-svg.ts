import type { GridDay } from './plan-grid.js';
import type { CoverageEntryView } from './report-model.js';

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The label of a coverage entry's series: the shift code or the interval. */
export function coverageSeries(entry: CoverageEntryView): string {
  return entry.shift ?? `${entry.from ?? ''}–${entry.to ?? ''}`;
}

/**
 * An inline SVG chart of coverage (dekning): one band per shift (or døgnrytme interval), one bar
 * per day for planned staff, a step line for the requirement, shortfalls in red, weekends and
 * holidays shaded. Needs no script or external asset.
 *
 * @example
 * ```ts
 * const svg = coverageSvg(report.coverage.entries, planGrid(plan).days);
 * ```
 * @since 0.1.0
 */
export function coverageSvg(entries: readonly CoverageEntryView[], days: readonly GridDay[]): string {
  const series = new Map<string, Map<string, CoverageEntryView>>();
  for (const e of entries) {
    const key = coverageSeries(e);
    if (!series.has(key)) series.set(key, new Map());
    series.get(key)!.set(e.date, e);
  }
  if (series.size === 0) return '<p>Ingen behov å vise.</p>';
  const left = 70;
  const barWidth = Math.max(2, Math.min(36, Math.floor(1100 / Math.max(1, days.length))));
  const bandHeight = 70;
  const gap = 22;
  const width = left + barWidth * days.length + 10;
  const height = series.size * (bandHeight + gap) + 20;
  const parts: string[] = [];
  parts.push(
    `<svg class="coverage-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Dekning: behov og planlagt per dag">`,
  );
  let top = 10;
  for (const [key, byDate] of series) {
    const max = Math.max(1, ...[...byDate.values()].map((e) => Math.max(e.required, e.planned)));
    const y = (value: number) => top + bandHeight - (value / max) * bandHeight;
    parts.push(`<g class="coverage-series" data-series="${esc(key)}">`);
    parts.push(
      `<text x="4" y="${top + bandHeight / 2}" font-size="12" font-weight="bold">${esc(key)}</text>`,
      `<text x="4" y="${top + bandHeight / 2 + 14}" font-size="9" fill="#555">maks ${max}</text>`,
    );
    days.forEach((day, i) => {
      const x = left + i * barWidth;
      if (day.holiday)
        parts.push(`<rect x="${x}" y="${top}" width="${barWidth}" height="${bandHeight}" fill="#ffe3e3"/>`);
      else if (day.weekend)
        parts.push(`<rect x="${x}" y="${top}" width="${barWidth}" height="${bandHeight}" fill="#f0f0f0"/>`);
    });
    let step = '';
    days.forEach((day, i) => {
      const e = byDate.get(day.date);
      if (!e) return;
      const x = left + i * barWidth;
      const title = `${day.date} ${key}: behov ${e.required}, planlagt ${e.planned}`;
      parts.push(
        `<rect class="planned" x="${x + 0.5}" y="${y(e.planned)}" width="${Math.max(1, barWidth - 1)}" height="${top + bandHeight - y(e.planned)}" fill="#6f8fbf"><title>${esc(title)}</title></rect>`,
      );
      if (e.shortfall > 0)
        parts.push(
          `<rect class="shortfall" x="${x + 0.5}" y="${y(e.planned + e.shortfall)}" width="${Math.max(1, barWidth - 1)}" height="${y(e.planned) - y(e.planned + e.shortfall)}" fill="#d9534f"><title>${esc(`${title}, mangler ${e.shortfall}`)}</title></rect>`,
        );
      step += `${step ? 'L' : 'M'}${x} ${y(e.required)}H${x + barWidth}`;
    });
    if (step) parts.push(`<path class="required" d="${step}" fill="none" stroke="#111" stroke-width="1.5"/>`);
    parts.push(
      `<line x1="${left}" y1="${top + bandHeight}" x2="${width - 10}" y2="${top + bandHeight}" stroke="#999" stroke-width="0.5"/>`,
      '</g>',
    );
    top += bandHeight + gap;
  }
  // Week ticks along the bottom.
  days.forEach((day, i) => {
    if (day.weekday === 0 && (days.length <= 120 || day.week % 4 === 0))
      parts.push(
        `<text x="${left + i * barWidth}" y="${height - 4}" font-size="9" fill="#555">u${day.week + 1}</text>`,
      );
  });
  parts.push('</svg>');
  return parts.join('');
}
