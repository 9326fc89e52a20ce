import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { type Cell, employee, makePlan } from '../make-plan.js';

/** Saturday and Sunday of plan week `w` (from 2027-01-04). */
function weekend(w: number, shift = 'D', days: ('sat' | 'sun')[] = ['sat', 'sun']): Cell[] {
  const sat = new Date(Date.parse('2027-01-09T00:00:00Z') + w * 7 * 864e5).toISOString().slice(0, 10);
  const sun = new Date(Date.parse('2027-01-10T00:00:00Z') + w * 7 * 864e5).toISOString().slice(0, 10);
  return days.map((d) => ['E1', d === 'sat' ? sat : sun, shift] as const);
}

describe('weekend pattern (helgemønster)', () => {
  it('finds the phase of every third weekend', () => {
    const plan = makePlan([...weekend(1), ...weekend(4)], { weeks: 6 });
    expect(checkOf(plan, 'weekend-pattern').passed).toBe(true);
  });

  it('refuses weekends that fit no phase', () => {
    const r = checkOf(makePlan([...weekend(1), ...weekend(3)], { weeks: 6 }), 'weekend-pattern');
    expect(r.passed).toBe(false);
    expect(r.violations.length).toBeGreaterThanOrEqual(1);
    expect(r.violations[0]!.message).toContain('every-third');
  });

  it('requires both days of a worked weekend unless weekendBothDays is off', () => {
    const cells = [...weekend(0, 'D', ['sat']), ...weekend(3, 'D', ['sat'])];
    const r = checkOf(makePlan(cells, { weeks: 6 }), 'weekend-pattern');
    expect(r.violations.map((v) => v.message)).toEqual([
      'works only Saturday of the weekend of week 1 (2027-01-09/10); both days are worked',
      'works only Saturday of the weekend of week 4 (2027-01-30/31); both days are worked',
    ]);
    expect(
      checkOf(makePlan(cells, { weeks: 6, rules: { weekendBothDays: false } }), 'weekend-pattern').passed,
    ).toBe(true);
  });

  it('excuses a pattern weekend the employee is absent', () => {
    const plan = makePlan(weekend(0), {
      weeks: 6,
      absences: [{ employee: 'E1', date: '2027-01-30', kind: 'vacation' }],
    });
    expect(checkOf(plan, 'weekend-pattern').passed).toBe(true);
    expect(checkOf(makePlan(weekend(0), { weeks: 6 }), 'weekend-pattern').passed).toBe(false);
  });

  it('requires long shifts for long-every-fourth when the employee may work one', () => {
    const employees = [employee('E1', { weekendPattern: 'long-every-fourth' })];
    const withDay = checkOf(makePlan(weekend(0, 'D'), { weeks: 4, employees }), 'weekend-pattern');
    expect(withDay.violations[0]!.message).toContain('has long shifts (langvakter)');
    expect(checkOf(makePlan(weekend(0, 'L'), { weeks: 4, employees }), 'weekend-pattern').passed).toBe(true);
    const noLong = [employee('E1', { weekendPattern: 'long-every-fourth', shifts: ['D', 'A'] })];
    expect(
      checkOf(makePlan(weekend(0, 'D'), { weeks: 4, employees: noLong }), 'weekend-pattern').passed,
    ).toBe(true);
  });

  it('allows no weekend work under the pattern none', () => {
    const employees = [employee('E1', { weekendPattern: 'none' })];
    expect(checkOf(makePlan([['E1', '2027-01-04', 'D']], { employees }), 'weekend-pattern').passed).toBe(
      true,
    );
    const r = checkOf(makePlan(weekend(0), { employees }), 'weekend-pattern');
    expect(r.violations[0]!.message).toBe(
      'works the weekend of week 1 (2027-01-09/10), which is not a weekend of the pattern none',
    );
  });

  it('counts a Friday night shift as no weekend work', () => {
    const employees = [employee('E1', { weekendPattern: 'none' })];
    expect(checkOf(makePlan([['E1', '2027-01-08', 'N']], { employees }), 'weekend-pattern').passed).toBe(
      true,
    );
  });
});
