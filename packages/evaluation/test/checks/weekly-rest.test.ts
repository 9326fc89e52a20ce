import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import type { Cell } from '../make-plan.js';
import { SHIFTS, makePlan } from '../make-plan.js';

const shiftTypes = [
  ...SHIFTS.map((s) => ({ ...s })),
  { code: 'T1', start: '12:00', end: '20:30', paidHours: 8.5, kind: 'other' as const },
  { code: 'T2', start: '12:00', end: '20:31', paidHours: 8.5, kind: 'other' as const },
  { code: 'N2', start: '22:15', end: '07:46', paidHours: 9.5, kind: 'night' as const },
  { code: 'S', start: '18:45', end: '23:00', paidHours: 4.25, kind: 'evening' as const },
];

/** Mon–Wed D, Thursday `thursday` (ends 20:30 or 20:31), Friday off, Saturday and Sunday D. */
function week(thursday: string): Cell[] {
  return [
    ['E1', '2027-01-04', 'D'],
    ['E1', '2027-01-05', 'D'],
    ['E1', '2027-01-06', 'D'],
    ['E1', '2027-01-07', thursday],
    ['E1', '2027-01-09', 'D'],
    ['E1', '2027-01-10', 'D'],
  ];
}

describe('weekly rest (ukehvile)', () => {
  it('passes with exactly 35 h and fails with 34 h 59 min', () => {
    expect(checkOf(makePlan(week('T1'), { shiftTypes }), 'weekly-rest').passed).toBe(true);
    const r = checkOf(makePlan(week('T2'), { shiftTypes }), 'weekly-rest');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toBe(
      'week 1 (2027-01-04 – 2027-01-10): longest rest 34 h 59 min; needs 35 h',
    );
    expect(r.violations[0]!.dates).toEqual(['2027-01-04', '2027-01-10']);
    expect(r.violations[0]!.amount).toBeCloseTo(1 / 60, 5);
  });

  it('needs a whole calendar day without work even when a long rest exists', () => {
    // Nights Mon, Wed, Fri, Sun: a 38.5 h rest, but every day has some working time.
    const cells: Cell[] = ['2027-01-04', '2027-01-06', '2027-01-08', '2027-01-10'].map((d) => ['E1', d, 'N']);
    const r = checkOf(makePlan(cells, { shiftTypes }), 'weekly-rest');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toBe('week 1 (2027-01-04 – 2027-01-10): no whole day without work');
  });

  /** Week 2: Tuesday S (18:45–23:00), Wednesday off, Thursday–Sunday D. */
  const secondWeek: Cell[] = [
    ['E1', '2027-01-12', 'S'],
    ['E1', '2027-01-14', 'D'],
    ['E1', '2027-01-15', 'D'],
    ['E1', '2027-01-16', 'D'],
    ['E1', '2027-01-17', 'D'],
  ];

  it('clips a night shift crossing into the next week to that week', () => {
    // Sunday night ends Monday 07:45 or 07:46; the rest to Tuesday 18:45 is then 35 h or 34 h 59 min.
    const ok = makePlan([['E1', '2027-01-10', 'N'], ...secondWeek], { weeks: 2, shiftTypes });
    expect(checkOf(ok, 'weekly-rest').passed).toBe(true);
    const short = makePlan([['E1', '2027-01-10', 'N2'], ...secondWeek], { weeks: 2, shiftTypes });
    const r = checkOf(short, 'weekly-rest');
    expect(r.violations.map((v) => v.message)).toEqual([
      'week 2 (2027-01-11 – 2027-01-17): longest rest 34 h 59 min; needs 35 h',
    ]);
  });

  it('wraps a rotating plan: the last Sunday night runs into the first Monday', () => {
    const cells: Cell[] = [
      ['E1', '2027-01-05', 'S'],
      ['E1', '2027-01-07', 'D'],
      ['E1', '2027-01-08', 'D'],
      ['E1', '2027-01-09', 'D'],
      ['E1', '2027-01-10', 'N2'],
    ];
    expect(checkOf(makePlan(cells, { shiftTypes }), 'weekly-rest').passed).toBe(true);
    const rotating = checkOf(makePlan(cells, { shiftTypes, kind: 'rotating', cycleWeeks: 1 }), 'weekly-rest');
    expect(rotating.violations.map((v) => v.message)).toEqual([
      'week 1 (2027-01-04 – 2027-01-10): longest rest 34 h 59 min; needs 35 h',
    ]);
  });

  it('follows the weeklyRestHours rule', () => {
    const r = checkOf(makePlan(week('T2'), { shiftTypes, rules: { weeklyRestHours: 34 } }), 'weekly-rest');
    expect(r.passed).toBe(true);
    expect(r.parameters).toEqual({ weeklyRestHours: 34 });
    expect(r.title).toBe('Ukehvile');
  });
});
