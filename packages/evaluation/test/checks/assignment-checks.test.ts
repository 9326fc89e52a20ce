import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { SHIFTS, employee, makePlan } from '../make-plan.js';

describe('one shift per day, allowed shifts, shift days and absence', () => {
  it('refuses two shifts on one date', () => {
    const r = checkOf(
      makePlan([
        ['E1', '2027-01-04', 'D'],
        ['E1', '2027-01-04', 'A'],
      ]),
      'one-shift-per-day',
    );
    expect(r.violations.map((v) => v.message)).toEqual(['2 shifts on 2027-01-04 (D, A); at most one']);
  });

  it('refuses a shift the employee may not work', () => {
    const plan = makePlan(
      [
        ['E1', '2027-01-04', 'D'],
        ['E1', '2027-01-05', 'A'],
      ],
      { employees: [employee('E1', { shifts: ['D'] })] },
    );
    const r = checkOf(plan, 'allowed-shifts');
    expect(r.violations.map((v) => v.dates)).toEqual([['2027-01-05']]);
  });

  it('refuses a shift type on a day it is not used', () => {
    const shiftTypes = [
      ...SHIFTS.map((s) => ({ ...s })),
      { ...SHIFTS[0], code: 'M', days: ['monday' as const] },
    ];
    const plan = makePlan(
      [
        ['E1', '2027-01-04', 'M'],
        ['E1', '2027-01-06', 'M'],
      ],
      { shiftTypes },
    );
    const r = checkOf(plan, 'shift-days');
    expect(r.violations.map((v) => v.message)).toEqual([
      'M on 2027-01-06 (a wednesday); the shift type is used only on monday',
    ]);
  });

  it('refuses a shift on a vacation or unavailable day', () => {
    const plan = makePlan(
      [
        ['E1', '2027-01-04', 'D'],
        ['E1', '2027-01-05', 'D'],
        ['E1', '2027-01-06', 'D'],
      ],
      {
        absences: [
          { employee: 'E1', date: '2027-01-05', kind: 'vacation' },
          { employee: 'E1', date: '2027-01-07', kind: 'unavailable' },
        ],
      },
    );
    const r = checkOf(plan, 'absence');
    expect(r.violations.map((v) => v.message)).toEqual(['D on 2027-01-05, a day of vacation (ferie)']);
  });
});
