import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { type Cell, makePlan } from '../make-plan.js';

describe('Sunday and holiday work (søn- og helgedagsarbeid)', () => {
  it('counts a Saturday evening shift until 22:30 as work on the Sunday', () => {
    const r = checkOf(
      makePlan(
        [
          ['E1', '2027-01-09', 'A'],
          ['E1', '2027-01-17', 'D'],
        ],
        { weeks: 2 },
      ),
      'sunday-holiday',
    );
    expect(r.title).toBe('Søn- og helgedagsarbeid');
    expect(r.reference).toBe('aml § 10-8 (4)');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.dates).toEqual(['2027-01-10', '2027-01-17']);
    expect(r.violations[0]!.message).toContain('2027-01-10 and 2027-01-17 in a row');
  });

  it('does not count a Saturday day shift ending 15:15', () => {
    const plan = makePlan(
      [
        ['E1', '2027-01-09', 'D'],
        ['E1', '2027-01-17', 'D'],
      ],
      { weeks: 2 },
    );
    expect(checkOf(plan, 'sunday-holiday').passed).toBe(true);
  });

  it('treats plan holidays like Sundays', () => {
    const cells: Cell[] = [
      ['E1', '2027-01-10', 'D'],
      ['E1', '2027-01-13', 'D'],
    ];
    expect(checkOf(makePlan(cells, { weeks: 2 }), 'sunday-holiday').passed).toBe(true);
    const r = checkOf(makePlan(cells, { weeks: 2, holidays: ['2027-01-13'] }), 'sunday-holiday');
    expect(r.violations[0]!.dates).toEqual(['2027-01-10', '2027-01-13']);
  });

  it('wraps a rotating plan: the last Sunday is followed by the first', () => {
    const cells: Cell[] = [
      ['E1', '2027-01-10', 'D'],
      ['E1', '2027-01-24', 'D'],
    ];
    expect(checkOf(makePlan(cells, { weeks: 3 }), 'sunday-holiday').passed).toBe(true);
    const r = checkOf(makePlan(cells, { weeks: 3, kind: 'rotating' }), 'sunday-holiday');
    expect(r.violations[0]!.dates).toEqual(['2027-01-24', '2027-01-10']);
    expect(r.violations[0]!.message).toContain('wrap-around');
  });

  it('treats the one Sunday of a one-week rotation as worked every week', () => {
    const cells: Cell[] = [['E1', '2027-01-10', 'D']];
    expect(checkOf(makePlan(cells), 'sunday-holiday').passed).toBe(true);
    const r = checkOf(makePlan(cells, { kind: 'rotating' }), 'sunday-holiday');
    expect(r.violations.map((v) => v.message)).toEqual([
      'works 2027-01-10, the only Sunday/holiday of the rotation, so every one; the next one after a worked Sunday/holiday must be free',
    ]);
  });

  it('every-other-on-average: at most half in the window and at most maxConsecutiveSundays in a row', () => {
    const rules = { sundayRule: 'every-other-on-average' as const, sundayAveragingWeeks: 4 };
    const sundays = ['2027-01-10', '2027-01-17', '2027-01-24', '2027-01-31'];
    const half: Cell[] = [sundays[0]!, sundays[1]!].map((d) => ['E1', d, 'D']);
    expect(checkOf(makePlan(half, { weeks: 4, rules }), 'sunday-holiday').passed).toBe(true);
    const three: Cell[] = sundays.slice(0, 3).map((d) => ['E1', d, 'D']);
    const r = checkOf(makePlan(three, { weeks: 4, rules }), 'sunday-holiday');
    expect(r.violations.map((v) => v.message)).toEqual([
      'works 3 of 4 Sunday/holidays in the 4 weeks 2027-01-04 – 2027-01-31; at most half',
    ]);
    // Eight weeks, four Sundays in a row then four free: half on average, but a run of 4 > 3.
    const run: Cell[] = sundays.map((d) => ['E1', d, 'D']);
    const runResult = checkOf(
      makePlan(run, { weeks: 8, rules: { ...rules, sundayAveragingWeeks: 8 } }),
      'sunday-holiday',
    );
    expect(runResult.violations.map((v) => v.message)).toEqual([
      'works 4 Sunday/holidays in a row (2027-01-10 – 2027-01-31); at most 3',
    ]);
  });
});
