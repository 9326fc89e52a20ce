import { type Employee, buildPlan } from '@turnus/core';
import { checkPlan } from '@turnus/evaluation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employeeViolations } from '../../src/model/legality.js';
import { buildProblem } from '../../src/problem.js';
import { smallScenario } from '../fixtures.js';

const TIME_RULES = new Set([
  'daily-rest',
  'weekly-rest',
  'weekly-hours',
  'average-weekly-hours',
  'sunday-holiday',
  'max-consecutive-days',
  'night-work',
]);

const staff: Employee[] = [
  { id: 'E1', positionPercent: 100, competence: 'sykepleier', weekendPattern: 'none' },
];

describe('the legality model', () => {
  it('never calls a row legal that the evaluation finds illegal (time rules)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3),
        fc.array(fc.constantFrom(-1, -1, 0, 1, 2), { minLength: 21, maxLength: 21 }),
        fc.constantFrom<'no-consecutive' | 'every-other-on-average'>(
          'no-consecutive',
          'every-other-on-average',
        ),
        fc.constantFrom('2027-01-04', '2027-03-15', '2027-10-18', '2027-12-13'),
        fc.constantFrom<'rotating' | 'annual'>('rotating', 'annual'),
        (weeks, cells, sundayRule, start, kind) => {
          // 15 March: Easter and the spring DST night; 18 October: the autumn DST night;
          // 13 December: Christmas holidays.
          const s = smallScenario({
            period: { start, weeks, kind },
            shiftTypes: [
              { code: 'D', start: '07:30', end: '15:15', kind: 'day' },
              { code: 'A', start: '14:45', end: '22:30', kind: 'evening' },
              { code: 'N', start: '22:15', end: '07:45', kind: 'night' },
            ],
            staff,
            rules: { maxConsecutiveDays: 5, sundayRule, sundayAveragingWeeks: 2 },
          });
          const p = buildProblem(s, staff, { tolerance: 1000 });
          const row = new Int16Array(p.days).fill(-1);
          for (let d = 0; d < p.days; d++) row[d] = cells[d % cells.length]!;
          const model = employeeViolations(p, 0, row);
          const assignments = [...row].flatMap((v, d) =>
            v < 0 ? [] : [{ employee: 'E1', date: p.dates[d]!, shift: p.shifts[v]!.code, flexi: false }],
          );
          const failed = checkPlan(buildPlan(s, staff, assignments)).filter(
            (c) => TIME_RULES.has(c.id) && !c.passed,
          );
          if (model === 0) expect(failed.map((c) => c.id)).toEqual([]);
        },
      ),
      { seed: Number(process.env.LEGALITY_SEED ?? 4242), numRuns: Number(process.env.LEGALITY_RUNS ?? 300) },
    );
  });

  it('checks a one-day change locally exactly as a check of the whole row would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(-1, 0, 1, 2), { minLength: 56, maxLength: 56 }),
        fc.nat(55),
        fc.constantFrom(-1, 0, 1, 2),
        fc.constantFrom<'no-consecutive' | 'every-other-on-average'>(
          'no-consecutive',
          'every-other-on-average',
        ),
        fc.constantFrom<'rotating' | 'annual'>('rotating', 'annual'),
        (cells, day, value, sundayRule, kind) => {
          const s = smallScenario({
            period: { start: '2027-03-01', weeks: 8, kind },
            shiftTypes: [
              { code: 'D', start: '07:30', end: '15:15', kind: 'day' },
              { code: 'A', start: '14:45', end: '22:30', kind: 'evening' },
              { code: 'N', start: '22:15', end: '07:45', kind: 'night' },
            ],
            holidays: ['2027-03-25', '2027-03-26', '2027-03-29'],
            staff,
            rules: { maxConsecutiveDays: 5, sundayRule, sundayAveragingWeeks: 3, maxConsecutiveSundays: 2 },
          });
          const p = buildProblem(s, staff, { tolerance: 1000 });
          const row = Int16Array.from(cells);
          // Make the row legal by dropping shifts (dropping never breaks a rule).
          for (let d = 0; d < p.days && employeeViolations(p, 0, row) > 0; d++) row[d] = -1;
          row[day] = value;
          if (employeeViolations(p, 0, row, day, day) === 0) expect(employeeViolations(p, 0, row)).toBe(0);
        },
      ),
      { seed: Number(process.env.LEGALITY_SEED ?? 99), numRuns: Number(process.env.LEGALITY_RUNS ?? 300) },
    );
  });

  it('sees that two 08:00–20:30 long shifts over the spring DST night leave 10.5 h rest', () => {
    const s = smallScenario({
      period: { start: '2027-03-22', weeks: 1, kind: 'annual' },
      shiftTypes: [{ code: 'L', start: '08:00', end: '20:30', kind: 'long' }],
      demand: { saturday: { L: 0 } },
      staff,
    });
    const p = buildProblem(s, staff);
    const row = new Int16Array(7).fill(-1);
    row[5] = 0;
    row[6] = 0;
    const out: { rule: string; day: number; message: string }[] = [];
    expect(employeeViolations(p, 0, row, 0, 6, out)).toBeGreaterThan(0);
    expect(out[0]!.rule).toBe('daily-rest');
    expect(out[0]!.message).toContain('10.50');
  });

  it('counts a Saturday evening shift as work on the Sunday (no two Sundays in a row)', () => {
    const s = smallScenario({ period: { start: '2027-01-04', weeks: 2, kind: 'annual' }, staff });
    const p = buildProblem(s, staff);
    const row = new Int16Array(14).fill(-1);
    row[5] = 1; // Saturday A 14:45–22:30 overlaps Sunday's window from 18:00
    row[12] = 1;
    const out: { rule: string; day: number; message: string }[] = [];
    employeeViolations(p, 0, row, 0, 13, out);
    expect(out.map((v) => v.rule)).toContain('sunday-holiday');
  });
});
