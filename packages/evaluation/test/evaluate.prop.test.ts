import { type Plan, parsePlan } from '@turnus/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { SHIFTS, dates } from './make-plan.js';

const MONDAYS = ['2027-01-04', '2027-03-22', '2027-10-25', '2027-12-20'];
const PATTERNS = ['every-third', 'hinke', 'every-other', 'long-every-fourth', 'none'] as const;

/** Random small plans: any assignments (rule-breaking, duplicated, on absences), never unknown references. */
const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    start: fc.constantFrom(...MONDAYS),
    cycle: fc.integer({ min: 1, max: 3 }),
    repeat: fc.integer({ min: 1, max: 2 }),
    kind: fc.constantFrom('rotating' as const, 'annual' as const),
    staff: fc.array(
      fc.record({
        percent: fc.constantFrom(0, 25, 60, 80, 100),
        competence: fc.constantFrom('sykepleier', 'helsefagarbeider'),
        pattern: fc.constantFrom(...PATTERNS),
        restrict: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    cells: fc.array(
      fc.record({ e: fc.nat(), d: fc.nat(), s: fc.nat({ max: SHIFTS.length - 1 }), flexi: fc.boolean() }),
      { maxLength: 60 },
    ),
    absences: fc.array(fc.record({ e: fc.nat(), d: fc.nat(), vacation: fc.boolean() }), { maxLength: 6 }),
    holidays: fc.array(fc.nat(), { maxLength: 3 }),
    demand: fc.array(
      fc.record({ d: fc.nat(), s: fc.nat({ max: SHIFTS.length - 1 }), n: fc.nat({ max: 3 }) }),
      {
        maxLength: 8,
      },
    ),
    intervals: fc.array(fc.record({ d: fc.nat(), from: fc.nat({ max: 22 }), n: fc.nat({ max: 3 }) }), {
      maxLength: 4,
    }),
    sundayRule: fc.constantFrom('no-consecutive' as const, 'every-other-on-average' as const),
  })
  .map((r) => {
    const weeks = r.cycle * r.repeat;
    const days = dates(r.start, weeks * 7);
    const ids = r.staff.map((_, i) => `P${i + 1}`);
    const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;
    return parsePlan({
      format: 'turnus-plan/1',
      startDate: r.start,
      weeks,
      kind: r.kind,
      ...(r.kind === 'rotating' ? { cycleWeeks: r.cycle } : {}),
      fullTimeHoursPerWeek: 35.5,
      rules: { sundayRule: r.sundayRule },
      holidays: r.holidays.map((n) => pick(days, n)),
      shiftTypes: SHIFTS.map((s) => ({ ...s })),
      employees: r.staff.map((s, i) => ({
        id: ids[i]!,
        positionPercent: s.percent,
        competence: s.competence,
        weekendPattern: s.pattern,
        ...(s.restrict ? { shifts: ['D', 'A'] } : {}),
      })),
      demand: [
        ...r.demand.map((d) => ({ date: pick(days, d.d), shift: pick(SHIFTS, d.s).code, required: d.n })),
        ...r.intervals.map((d) => ({
          date: pick(days, d.d),
          from: `${String(d.from).padStart(2, '0')}:00`,
          to: d.from === 22 ? '24:00' : `${String(d.from + 2).padStart(2, '0')}:00`,
          required: d.n,
          min: { sykepleier: 1 },
        })),
      ],
      absences: r.absences.map((a) => ({
        employee: pick(ids, a.e),
        date: pick(days, a.d),
        kind: a.vacation ? 'vacation' : 'unavailable',
      })),
      assignments: r.cells.map((c) => ({
        employee: pick(ids, c.e),
        date: pick(days, c.d),
        shift: pick(SHIFTS, c.s).code,
        flexi: c.flexi,
      })),
    });
  });

describe('evaluate on random plans', () => {
  it('never crashes, and violations name only the plan’s employees and dates', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const report = evaluate(plan);
        const ids = new Set(plan.employees.map((e) => e.id));
        const inPlan = new Set(dates(plan.startDate, plan.weeks * 7));
        for (const check of report.checks) {
          expect(check.passed).toBe(check.violations.length === 0);
          for (const v of check.violations) {
            expect(v.check).toBe(check.id);
            if (v.employee !== undefined) expect(ids.has(v.employee)).toBe(true);
            for (const d of v.dates) expect(inPlan.has(d)).toBe(true);
            expect(Number.isFinite(v.amount ?? 0)).toBe(true);
          }
        }
        expect(report.legal).toBe(report.checks.every((c) => c.passed));
        expect(report.coverage.shortfallShifts).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(report.cost.totalYear)).toBe(true);
        expect(report.metrics.heltidsandel).toBeGreaterThanOrEqual(0);
        expect(report.metrics.heltidsandel).toBeLessThanOrEqual(1);
      }),
      { seed: 20270104, numRuns: 100 },
    );
  });

  it('passes every rest check for a plan without assignments', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const report = evaluate({ ...plan, assignments: [] });
        for (const id of ['daily-rest', 'weekly-rest'] as const)
          expect(report.checks.find((c) => c.id === id)!.passed).toBe(true);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('never finds more rest violations after removing a shift', () => {
    fc.assert(
      fc.property(planArbitrary, fc.nat(), (plan, n) => {
        if (plan.assignments.length === 0) return;
        const fewer = {
          ...plan,
          assignments: plan.assignments.filter((_, i) => i !== n % plan.assignments.length),
        };
        const count = (p: Plan) => evaluate(p).checks.find((c) => c.id === 'weekly-rest')!.violations.length;
        expect(count(fewer)).toBeLessThanOrEqual(count(plan));
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
