import { describe, expect, it } from 'vitest';
import { coverageSeries, coverageSvg } from '../src/coverage-svg.js';
import { planGrid } from '../src/plan-grid.js';
import { smallPlan } from './fixtures.js';

describe('coverageSvg', () => {
  const days = planGrid(smallPlan()).days.slice(0, 7);

  it('draws one band per døgnrytme interval with planned bars, the requirement line and shortfalls', () => {
    const entries = days.flatMap((d, i) => [
      {
        date: d.date,
        from: '07:30',
        to: '10:00',
        required: 4,
        planned: i === 2 ? 2 : 4,
        shortfall: i === 2 ? 2 : 0,
        surplus: 0,
      },
      { date: d.date, from: '10:00', to: '15:00', required: 5, planned: 5, shortfall: 0, surplus: 0 },
    ]);
    const svg = coverageSvg(entries, days);
    expect(svg.startsWith('<svg class="coverage-chart"')).toBe(true);
    expect(svg.match(/<g class="coverage-series"/g)).toHaveLength(2);
    expect(svg).toContain('data-series="07:30–10:00"');
    expect(svg.match(/<rect class="planned"/g)).toHaveLength(14);
    expect(svg.match(/<rect class="shortfall"/g)).toHaveLength(1);
    expect(svg).toContain('mangler 2');
    expect(svg.match(/<path class="required"/g)).toHaveLength(2);
    expect(coverageSeries(entries[0]!)).toBe('07:30–10:00');
  });

  it('says so when there is no demand', () => {
    expect(coverageSvg([], days)).toBe('<p>Ingen behov å vise.</p>');
  });
});
