import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { type Cell, dates, makePlan } from '../make-plan.js';

describe('hours per week (arbeidstid per uke)', () => {
  it('splits a Sunday night shift between the two weeks it touches', () => {
    const plan = makePlan(
      [
        ['E1', '2027-01-04', 'D'],
        ['E1', '2027-01-10', 'N'],
        ['E1', '2027-01-12', 'D'],
      ],
      { weeks: 2, rules: { maxWeeklyHours: 10 } },
    );
    const r = checkOf(plan, 'weekly-hours');
    // Week 1: 7.75 + 1.75 = 9.5 h; week 2: 7.75 + 7.75 = 15.5 h.
    expect(r.violations.map((v) => v.message)).toEqual([
      'week 2 (2027-01-11 – 2027-01-17) has 15.5 h working time; at most 10 h',
    ]);
    expect(r.violations[0]!.amount).toBe(5.5);
  });

  it('passes at exactly the limit', () => {
    const cells: Cell[] = dates('2027-01-04', 7).map((d) => ['E1', d, 'D']);
    expect(checkOf(makePlan(cells, { rules: { maxWeeklyHours: 54.25 } }), 'weekly-hours').passed).toBe(true);
    expect(checkOf(makePlan(cells, { rules: { maxWeeklyHours: 54 } }), 'weekly-hours').passed).toBe(false);
  });

  it('averages over averagingWeeks and wraps the windows of a rotating plan', () => {
    // Week 1: 7 D (54.25 h), week 2: nothing, week 3: 7 D.
    const cells: Cell[] = [...dates('2027-01-04', 7), ...dates('2027-01-18', 7)].map((d) => ['E1', d, 'D']);
    const rules = { averagingWeeks: 2, maxAverageWeeklyHours: 30 };
    // Annual windows (1,2) and (2,3) average 27.125 h; the rotating window (3,1) averages 54.25 h.
    expect(checkOf(makePlan(cells, { weeks: 3, rules }), 'average-weekly-hours').passed).toBe(true);
    const r = checkOf(makePlan(cells, { weeks: 3, rules, kind: 'rotating' }), 'average-weekly-hours');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toBe(
      'average 54.25 h a week over the 2 weeks 2027-01-18 – 2027-01-10 (across the wrap-around of the rotation); at most 30 h',
    );
    expect(r.parameters).toEqual({ maxAverageWeeklyHours: 30, averagingWeeks: 2 });
  });
});
