import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { SHIFTS, makePlan } from '../make-plan.js';

const shiftTypes = [
  ...SHIFTS.map((s) => ({ ...s })),
  { code: 'K1', start: '12:00', end: '20:31', paidHours: 8.5, kind: 'other' as const },
  { code: 'K2', start: '12:00', end: '20:30', paidHours: 8.5, kind: 'other' as const },
  { code: 'S', start: '18:45', end: '23:00', paidHours: 4.25, kind: 'evening' as const },
];

describe('daily rest (døgnhvile)', () => {
  it('fails at 10 h 59 min and passes at exactly 11 h', () => {
    const short = checkOf(
      makePlan(
        [
          ['E1', '2027-01-04', 'K1'],
          ['E1', '2027-01-05', 'D'],
        ],
        { shiftTypes },
      ),
      'daily-rest',
    );
    expect(short.passed).toBe(false);
    expect(short.violations).toHaveLength(1);
    expect(short.violations[0]!.message).toBe(
      'rest 10 h 59 min between K1 on 2027-01-04 and D on 2027-01-05; needs 11 h',
    );
    expect(short.violations[0]!.amount).toBeCloseTo(1 / 60, 6);
    const exact = checkOf(
      makePlan(
        [
          ['E1', '2027-01-04', 'K2'],
          ['E1', '2027-01-05', 'D'],
        ],
        { shiftTypes },
      ),
      'daily-rest',
    );
    expect(exact.passed).toBe(true);
    expect(exact.reference).toBe('aml § 10-8 (1), (3)');
    expect(exact.title).toBe('Døgnhvile');
  });

  it('words a violation with the shifts, dates and the hours needed', () => {
    const r = checkOf(
      makePlan([
        ['E1', '2027-01-05', 'A'],
        ['E1', '2027-01-06', 'D'],
      ]),
      'daily-rest',
    );
    expect(r.violations[0]).toEqual({
      check: 'daily-rest',
      employee: 'E1',
      dates: ['2027-01-05', '2027-01-06'],
      message: 'rest 9 h 0 min between A on 2027-01-05 and D on 2027-01-06; needs 11 h',
      amount: 2,
    });
  });

  it('measures from the end of a night shift crossing midnight and the week boundary', () => {
    const tooSoon = makePlan(
      [
        ['E1', '2027-01-10', 'N'],
        ['E1', '2027-01-11', 'A'],
      ],
      { weeks: 2, shiftTypes },
    );
    const r = checkOf(tooSoon, 'daily-rest');
    expect(r.violations.map((v) => v.dates)).toEqual([['2027-01-10', '2027-01-11']]);
    expect(r.violations[0]!.message).toContain('rest 7 h 0 min');
    const enough = makePlan(
      [
        ['E1', '2027-01-10', 'N'],
        ['E1', '2027-01-11', 'S'],
      ],
      { weeks: 2, shiftTypes },
    );
    expect(checkOf(enough, 'daily-rest').passed).toBe(true);
  });

  it('counts real elapsed time over the daylight-saving night', () => {
    // A ends 22:30 CET on 27 March, D starts 07:30 CEST on 28 March: 9 h on the clock, 8 h real.
    const plan = makePlan(
      [
        ['E1', '2027-03-27', 'A'],
        ['E1', '2027-03-28', 'D'],
      ],
      { startDate: '2027-03-22', rules: { dailyRestHours: 9 } },
    );
    const r = checkOf(plan, 'daily-rest');
    expect(r.violations[0]!.message).toBe(
      'rest 8 h 0 min between A on 2027-03-27 and D on 2027-03-28; needs 9 h',
    );
    expect(r.parameters).toEqual({ dailyRestHours: 9 });
  });

  it('checks a rotating plan across its wrap-around: last Sunday evening, then the first Monday day', () => {
    const cells = [
      ['E1', '2027-01-17', 'A'],
      ['E1', '2027-01-04', 'D'],
    ] as const;
    const rotating = checkOf(makePlan(cells, { weeks: 2, kind: 'rotating', cycleWeeks: 2 }), 'daily-rest');
    expect(rotating.passed).toBe(false);
    expect(rotating.violations[0]!.dates).toEqual(['2027-01-17', '2027-01-04']);
    expect(rotating.violations[0]!.message).toContain('rest 9 h 0 min');
    expect(rotating.violations[0]!.message).toContain('wrap-around');
    expect(checkOf(makePlan(cells, { weeks: 2 }), 'daily-rest').passed).toBe(true);
  });

  it('reports overlapping shifts', () => {
    const r = checkOf(
      makePlan([
        ['E1', '2027-01-04', 'N'],
        ['E1', '2027-01-05', 'D'],
      ]),
      'daily-rest',
    );
    expect(r.violations[0]!.message).toContain('shifts overlap by 0 h 15 min');
    expect(r.violations[0]!.amount).toBeCloseTo(11.25, 6);
  });
});
