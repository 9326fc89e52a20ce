import { describe, expect, it } from 'vitest';
import { alternativesTable, compareAlternatives, variantScenario } from '../src/compare.js';
import { sharedScenario } from './fixtures.js';

describe('compareAlternatives', () => {
  const s = sharedScenario('institusjon-dimensjonering');

  it('adds long shifts that replace day+evening pairs at weekends for long-every-fourth', () => {
    const v = variantScenario(s, 'long-every-fourth', 'base');
    expect(v.shiftTypes.some((t) => t.kind === 'long')).toBe(true);
    expect(v.demand?.saturday).toMatchObject({ D: 1, A: 1, L: 3 });
    expect(v.staffPolicy?.weekendPattern).toBe('long-every-fourth');
  });

  it('plans the buffer as flexi shifts', () => {
    expect(variantScenario(s, 'every-third', 'weekdays+5').flexi?.weekday).toEqual({ D: 1 });
    expect(variantScenario(s, 'every-third', 'all-days+7').flexi?.sunday).toEqual({ D: 1 });
  });

  it('dimensions and solves each alternative and tabulates the solved ones', async () => {
    const alts = await compareAlternatives(s, {
      timeLimitSeconds: 120,
      iterations: 330_000,
      patterns: ['every-third', 'every-other'],
      buffers: ['base', 'all-days+7'],
    });
    expect(alts.map((a) => a.label)).toHaveLength(4);
    for (const a of alts) {
      expect(a.result.status).toBe('solved');
      expect(a.evaluation?.legal).toBe(true);
      expect(a.dimensioning?.persons).toBeGreaterThan(0);
    }
    const table = alternativesTable(alts);
    for (const a of alts) expect(table.columns).toContain(a.label);
    expect(table.rows.length).toBeGreaterThan(0);
  });
});
