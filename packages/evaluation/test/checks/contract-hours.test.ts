import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { type Cell, makePlan } from '../make-plan.js';

const four: Cell[] = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07'].map((d) => ['E1', d, 'D']);

describe('contract hours (avtalt arbeidstid)', () => {
  it('refuses 31 h against a 35.5 h contract with ± 4 h tolerance', () => {
    const r = checkOf(makePlan(four), 'contract-hours');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toBe(
      'planned 31 h; contract 35.5 h (100 % × 35.5 h × 1 weeks) ± 4 h; 4.5 h under',
    );
    expect(r.violations[0]!.amount).toBe(0.5);
  });

  it('accepts 38.75 h (3.25 h over) and a wider tolerance', () => {
    expect(checkOf(makePlan([...four, ['E1', '2027-01-08', 'D']]), 'contract-hours').passed).toBe(true);
    expect(checkOf(makePlan(four, { rules: { contractToleranceHours: 4.5 } }), 'contract-hours').passed).toBe(
      true,
    );
  });

  it('credits a weekday of vacation with a fifth of the week, but not a Saturday', () => {
    const friday = makePlan(four, { absences: [{ employee: 'E1', date: '2027-01-08', kind: 'vacation' }] });
    expect(checkOf(friday, 'contract-hours').passed).toBe(true);
    const saturday = makePlan(four, { absences: [{ employee: 'E1', date: '2027-01-09', kind: 'vacation' }] });
    expect(checkOf(saturday, 'contract-hours').passed).toBe(false);
  });

  it('counts flexi shifts', () => {
    const plan = makePlan([...four, ['E1', '2027-01-08', 'D', true]]);
    expect(checkOf(plan, 'contract-hours').passed).toBe(true);
  });

  it('allows a rotating base rolled k times k × the tolerance (the tolerance is per base rota)', () => {
    // One 31 h week (4.5 h under 35.5 h) repeated three times: 13.5 h under over three weeks.
    const rolled = (times: number, tolerance: number) => {
      const cells: Cell[] = [];
      for (let copy = 0; copy < times; copy++) {
        for (const [, date] of four) {
          const d = new Date(`${date}T00:00:00Z`);
          d.setUTCDate(d.getUTCDate() + 7 * copy);
          cells.push(['E1', d.toISOString().slice(0, 10), 'D']);
        }
      }
      return makePlan(cells, {
        kind: 'rotating',
        weeks: times,
        cycleWeeks: 1,
        rules: { contractToleranceHours: tolerance },
      });
    };
    expect(checkOf(rolled(3, 4.5), 'contract-hours').passed).toBe(true);
    const tight = checkOf(rolled(3, 4.4), 'contract-hours');
    expect(tight.passed).toBe(false);
    expect(tight.violations[0]!.amount).toBeCloseTo(13.5 - 3 * 4.4, 6);
    // The same hours as one 3-week base rota get only the single tolerance.
    const base = rolled(3, 4.5);
    expect(checkOf({ ...base, cycleWeeks: 3 }, 'contract-hours').passed).toBe(false);
  });
});
