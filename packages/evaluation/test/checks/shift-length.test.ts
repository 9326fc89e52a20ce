import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { SHIFTS, makePlan } from '../make-plan.js';

describe('shift length (vaktlengde)', () => {
  it('counts the night shift on the spring daylight-saving night as 8.5 h, a normal one as 9.5 h', () => {
    const plan = makePlan(
      [
        ['E1', '2027-03-20', 'N'],
        ['E1', '2027-03-27', 'N'],
      ],
      { startDate: '2027-03-15', weeks: 2, rules: { maxShiftHours: 9 } },
    );
    const r = checkOf(plan, 'shift-length');
    expect(r.violations.map((v) => v.dates)).toEqual([['2027-03-20']]);
    expect(r.violations[0]!.message).toBe('N on 2027-03-20 has 9 h 30 min working time; at most 9 h');
    expect(r.violations[0]!.amount).toBe(0.5);
  });

  it('counts the autumn night as 10.5 h', () => {
    const plan = makePlan([['E1', '2027-10-30', 'N']], {
      startDate: '2027-10-25',
      rules: { maxShiftHours: 10 },
    });
    expect(checkOf(plan, 'shift-length').violations[0]!.message).toContain('10 h 30 min');
  });

  it('allows a 12.5 h long shift and refuses one minute more', () => {
    const shiftTypes = [
      ...SHIFTS.map((s) => ({ ...s })),
      { code: 'L2', start: '08:00', end: '20:31', paidHours: 12.5, kind: 'long' as const },
    ];
    expect(checkOf(makePlan([['E1', '2027-01-09', 'L']], { shiftTypes }), 'shift-length').passed).toBe(true);
    expect(checkOf(makePlan([['E1', '2027-01-09', 'L2']], { shiftTypes }), 'shift-length').passed).toBe(
      false,
    );
  });

  it('does not count an unpaid break as working time', () => {
    const shiftTypes = [
      { code: 'X', start: '08:00', end: '21:00', paidHours: 12.5, kind: 'long' as const, breakPaid: false },
    ];
    expect(checkOf(makePlan([['E1', '2027-01-09', 'X']], { shiftTypes }), 'shift-length').passed).toBe(true);
  });
});
