import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { type Cell, dates, makePlan } from '../make-plan.js';

describe('working days in a row (arbeidsdager på rad)', () => {
  it('allows maxConsecutiveDays and refuses one more', () => {
    const six: Cell[] = dates('2027-01-04', 6).map((d) => ['E1', d, 'D']);
    expect(checkOf(makePlan(six), 'max-consecutive-days').passed).toBe(true);
    const seven: Cell[] = dates('2027-01-04', 7).map((d) => ['E1', d, 'D']);
    const r = checkOf(makePlan(seven), 'max-consecutive-days');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toBe('works 7 days in a row (2027-01-04 – 2027-01-10); at most 6');
    expect(r.violations[0]!.amount).toBe(1);
    expect(r.violations[0]!.dates).toHaveLength(7);
  });

  it('counts a run across the wrap-around of a rotating plan', () => {
    const cells: Cell[] = [...dates('2027-01-04', 3), ...dates('2027-01-14', 4)].map((d) => ['E1', d, 'D']);
    expect(checkOf(makePlan(cells, { weeks: 2 }), 'max-consecutive-days').passed).toBe(true);
    const r = checkOf(makePlan(cells, { weeks: 2, kind: 'rotating' }), 'max-consecutive-days');
    expect(r.violations[0]!.dates).toEqual([
      '2027-01-14',
      '2027-01-15',
      '2027-01-16',
      '2027-01-17',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
    ]);
    expect(r.violations[0]!.message).toContain('wrap-around');
  });

  it('counts a night shift as a working day only on the date it starts', () => {
    const cells: Cell[] = dates('2027-01-04', 6).map((d) => ['E1', d, 'N']);
    expect(checkOf(makePlan(cells, { weeks: 2 }), 'max-consecutive-days').passed).toBe(true);
  });
});
