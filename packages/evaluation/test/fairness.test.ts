import { describe, expect, it } from 'vitest';
import { fairness } from '../src/index.js';
import { employee, makePlan } from './make-plan.js';

describe('fairness (rettferdighet)', () => {
  const plan = makePlan(
    [
      ['E1', '2027-01-04', 'D'],
      ['E1', '2027-01-06', 'A'],
      ['E1', '2027-01-07', 'D'],
      ['E1', '2027-01-09', 'D'],
      ['E2', '2027-01-04', 'D'],
      ['E2', '2027-01-10', 'N', true],
    ],
    {
      employees: [employee('E1'), employee('E2', { positionPercent: 50 })],
      wishes: [
        { employee: 'E1', date: '2027-01-05', shift: 'off' },
        { employee: 'E1', date: '2027-01-06', shift: 'D', weight: 3 },
        { employee: 'E2', date: '2027-01-04', shift: 'D', weight: 2 },
      ],
    },
  );
  const f = fairness(plan);

  it('spreads burdens per full-time equivalent', () => {
    const weekends = f.spread.find((s) => s.metric === 'weekends')!;
    // E1: 1 weekend at 100 %; E2: 1 weekend at 50 % → 2.
    expect(weekends).toMatchObject({ label: 'Helger per årsverk', min: 1, max: 2, mean: 1.5, stdDev: 0.5 });
    expect(f.spread.find((s) => s.metric === 'flexi')).toMatchObject({ min: 0, max: 2 });
  });

  it('counts wishes granted', () => {
    expect(f.wishes).toEqual({ total: 3, granted: 2, weightTotal: 6, weightGranted: 3, share: 2 / 3 });
  });

  it('counts isolated days off and short rests', () => {
    // E1: Tuesday between Monday and Wednesday; Friday between Thursday and Saturday.
    expect(f.isolatedDaysOff).toBe(2);
    // E1: A Wednesday 22:30 → D Thursday 07:30 is 9 h.
    expect(f.shortRests).toBe(1);
    expect(f.perEmployee[0]).toEqual({
      employee: 'E1',
      isolatedDaysOff: 2,
      shortRests: 1,
      wishesGranted: 1,
      wishes: 2,
    });
  });

  it('measures continuity as different employees per shift type and week', () => {
    expect(f.continuity.find((c) => c.shift === 'D')).toEqual({
      shift: 'D',
      averageEmployeesPerWeek: 2,
      averageShiftsPerWeek: 4,
    });
  });
});
