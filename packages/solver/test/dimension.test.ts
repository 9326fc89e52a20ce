import { describe, expect, it } from 'vitest';
import { dimension } from '../src/dimension.js';
import { solve } from '../src/solve.js';
import { sharedScenario } from './fixtures.js';

describe('dimension', () => {
  const s = sharedScenario('institusjon-dimensjonering');
  const d = dimension(s);

  it('does the arithmetic: demand hours a week and årsverk', () => {
    // Weekdays 6 D + 4 A, weekends 4 D + 4 A, 7.75 h shifts.
    expect(d.demandHoursPerWeek).toBeCloseTo((10 * 5 + 8 * 2) * 7.75, 6);
    expect(d.arsverk).toBeCloseTo(d.demandHoursPerWeek / 35.5, 6);
    expect(d.weekendPersonsNeeded).toBe(8);
  });

  it('sizes a staff that covers the hours and the weekends with the policy sizes', () => {
    const total = d.staff.reduce((a, e) => a + e.positionPercent, 0);
    expect(total).toBeGreaterThanOrEqual(d.arsverk * 100 - 1e-6);
    expect(d.weekendPersonsGiven).toBeGreaterThanOrEqual(8);
    for (const e of d.staff) expect(e.positionPercent % 5).toBe(0);
    expect(d.heltidsandel).toBe(d.staff.filter((e) => e.positionPercent === 100).length / d.staff.length);
  });

  it('picks the highest heltidsandel among the trade-offs', () => {
    expect(d.tradeOffs.length).toBeGreaterThan(1);
    for (const t of d.tradeOffs) expect(t.heltidsandel).toBeLessThanOrEqual(d.heltidsandel + 1e-9);
  });

  it('lets solve build the rota with the dimensioned staff', async () => {
    const r = await solve(s, { timeLimitSeconds: 60, iterations: 220_000 });
    expect(r.status).toBe('solved');
    if (r.status === 'solved') expect(r.dimensioning?.persons).toBe(r.plan.employees.length);
  });

  it('answers infeasible with the dimensioning arithmetic when no staff within the policy covers the demand', async () => {
    const small = { ...s, staffPolicy: { ...s.staffPolicy!, maxPersons: 3 } };
    expect(dimension(small).persons).toBe(0);
    const r = await solve(small, { timeLimitSeconds: 10 });
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.explanation[0]!.rule).toBe('dimensioning');
    expect(r.explanation[0]!.message).toMatch(/3 personer/);
  });
});
