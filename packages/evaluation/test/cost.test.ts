import { describe, expect, it } from 'vitest';
import { planCost } from '../src/index.js';
import { employee, makePlan } from './make-plan.js';

describe('cost (kostnad)', () => {
  const cells = [
    ['E1', '2027-01-09', 'D'],
    ['E1', '2027-01-10', 'D'],
    ['E2', '2027-01-04', 'D'],
  ] as const;
  const options = {
    weeks: 3,
    employees: [employee('E1'), employee('E2')],
    demand: [{ date: '2027-01-05', shift: 'D', required: 1 }],
  };

  it('pays the weekend rate of the yearly step, wages and substitutes with the default settings', () => {
    const c = planCost(makePlan(cells, options));
    // E1: 15.5 weekend hours in 3 weeks = 268.67 a year, below 290: 60 kr/h.
    expect(c.employees[0]!.weekendHoursYear).toBeCloseTo((15.5 * 52) / 3, 10);
    expect(c.employees[0]!.weekendRatePerHour).toBe(60);
    expect(c.weekendSupplementYear).toBeCloseTo(((15.5 * 52) / 3) * 60, 6);
    expect(c.wageYear).toBeCloseTo(((23.25 * 52) / 3) * 300, 6);
    expect(c.substituteHoursYear).toBeCloseTo((7.75 * 52) / 3, 10);
    expect(c.substituteCostYear).toBeCloseTo(((7.75 * 52) / 3) * 450, 6);
    expect(c.localBonusYear).toBe(0);
    expect(c.totalYear).toBeCloseTo(c.wageYear + c.weekendSupplementYear + c.substituteCostYear, 6);
  });

  it('steps up the rate and adds a local bonus beyond its threshold', () => {
    const plan = makePlan(cells, {
      ...options,
      weeks: 1,
      cost: { localBonus: { thresholdHours: 270, perHour: 150 } },
    });
    const c = planCost(plan);
    // 15.5 h a week = 806 h a year: at or above 350, 80 kr/h.
    expect(c.employees[0]).toMatchObject({ weekendRatePerHour: 80, weekendSupplement: 806 * 80 });
    expect(c.employees[0]!.localBonus).toBeCloseTo((806 - 270) * 150, 6);
    expect(c.employees[1]!.localBonus).toBe(0);
  });
});
