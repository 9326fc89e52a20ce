import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPlanCsv, isTurnusError, parseScenarioText } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { checkPlan, compareReports, evaluate } from '../src/index.js';
import { type Cell, employee, makePlan } from './make-plan.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Monday–Friday day shifts for a 100 % employee who works no weekends: legal, 38.75 h of 35.5 h. */
const weekdays: Cell[] = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'].map((d) => [
  'E1',
  d,
  'D',
]);
const legalPlan = () => makePlan(weekdays, { employees: [employee('E1', { weekendPattern: 'none' })] });

describe('evaluate', () => {
  it('reports a legal plan as legal with every check passed', () => {
    const report = evaluate(legalPlan());
    expect(report.legal).toBe(true);
    expect(report.violationCount).toBe(0);
    expect(report.checks.map((c) => c.id)).toEqual([
      'daily-rest',
      'weekly-rest',
      'shift-length',
      'weekly-hours',
      'average-weekly-hours',
      'sunday-holiday',
      'max-consecutive-days',
      'night-work',
      'one-shift-per-day',
      'allowed-shifts',
      'shift-days',
      'absence',
      'contract-hours',
      'weekend-pattern',
    ]);
    expect(report.employees).toEqual([
      {
        id: 'E1',
        positionPercent: 100,
        plannedHours: 38.75,
        targetHours: 35.5,
        vacationCreditHours: 0,
        shifts: 5,
        weekendsWorked: 0,
        weekendHours: 0,
        nights: 0,
        evenings: 0,
        longShifts: 0,
        flexi: 0,
        violations: 0,
      },
    ]);
  });

  it('parses raw input and refuses a bad plan with a TurnusError', () => {
    const raw = JSON.parse(JSON.stringify(legalPlan()));
    expect(evaluate(raw).legal).toBe(true);
    let error: unknown;
    try {
      evaluate({ ...raw, assignments: [{ employee: 'X9', date: '2027-01-04', shift: 'D' }] });
    } catch (e) {
      error = e;
    }
    expect(isTurnusError(error)).toBe(true);
    expect(isTurnusError(error) && error.issues[0]!.path).toBe('assignments[0].employee');
    expect(() => evaluate('not a plan')).toThrow(/INVALID_PLAN/);
  });

  it('is not legal when one check fails and counts the violations per employee', () => {
    const report = evaluate(
      makePlan(
        [
          ['E1', '2027-01-05', 'A'],
          ['E1', '2027-01-06', 'D'],
        ],
        { employees: [employee('E1', { weekendPattern: 'none', positionPercent: 40 })] },
      ),
    );
    expect(report.legal).toBe(false);
    expect(report.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(['daily-rest']);
    expect(report.employees[0]!.violations).toBe(1);
  });

  it('takes cost settings from the scenario when the plan has none', () => {
    const plan = legalPlan();
    const { cost: _cost, ...withoutCost } = plan;
    const scenario = parseScenarioText(
      readFileSync(here('../../../fixtures/scenarios/sykehjem-ansatte-12u.yaml'), 'utf8'),
    );
    const report = evaluate(withoutCost, { ...scenario, cost: { ...scenario.cost, hourlyWage: 500 } });
    expect(report.cost.settings.hourlyWage).toBe(500);
    expect(report.cost.wageYear).toBeCloseTo(38.75 * 52 * 500, 6);
  });
});

describe('checkPlan', () => {
  it('sees a plan changed in place between calls', () => {
    const plan = legalPlan();
    expect(checkPlan(plan).every((c) => c.passed)).toBe(true);
    plan.assignments.push({ employee: 'E1', date: '2027-01-09', shift: 'D', flexi: false });
    expect(checkPlan(plan).find((c) => c.id === 'weekend-pattern')!.passed).toBe(false);
    expect(evaluate(plan).legal).toBe(false);
  });
});

describe('compareReports', () => {
  it('puts alternatives side by side with Norwegian row labels', () => {
    const a = evaluate(legalPlan());
    const b = evaluate(
      makePlan(weekdays, {
        employees: [employee('E1', { weekendPattern: 'none' }), employee('E2', { positionPercent: 60 })],
      }),
    );
    const table = compareReports([
      { label: 'A', report: a },
      { label: 'B', report: b },
    ]);
    expect(table.columns).toEqual(['A', 'B']);
    const row = (label: string) => table.rows.find((r) => r.label === label)?.values;
    expect(row('Personer')).toEqual([1, 2]);
    expect(row('Årsverk (stillinger)')).toEqual([1, 1.6]);
    expect(row('Heltidsandel (%)')).toEqual([100, 50]);
    expect(row('Gj.sn. stillingsprosent')).toEqual([100, 80]);
    expect(row('Lovlig')).toEqual(['ja', 'nei']);
    expect(table.rows.every((r) => r.values.length === 2)).toBe(true);
    expect(table.rows.map((r) => r.label)).toContain('Kostnad per år (kr)');
    expect(table.rows.map((r) => r.label)).toContain('Helgetimer per årsverk og år');
  });
});

describe('a planner’s CSV grid', () => {
  it('imports three employees of the nursing-home scenario and evaluates them', () => {
    const scenario = parseScenarioText(
      readFileSync(here('../../../fixtures/scenarios/sykehjem-ansatte-12u.yaml'), 'utf8'),
    );
    const plan = importPlanCsv(readFileSync(here('fixtures/sykehjem-utvalg.csv'), 'utf8'), scenario);
    const report = evaluate(plan, scenario);
    expect(report.employees.map((e) => e.id)).toEqual(['S1', 'H1', 'W1']);
    const failed = report.checks.filter((c) => !c.passed);
    expect(failed.flatMap((c) => c.violations.map((v) => v.message))).toEqual([]);
    expect(report.legal).toBe(true);
    // Three people cannot cover 4 + 3 staff a day: the rest is substitute need.
    expect(report.coverage.complete).toBe(false);
    expect(report.coverage.shortfallShifts).toBeGreaterThan(0);
    expect(report.coverage.flexiPlaced).toBe(1);
    expect(report.metrics.persons).toBe(3);
    expect(report.metrics.arsverkFromPositions).toBeCloseTo(2.25, 10);
    const w1 = report.employees.find((e) => e.id === 'W1')!;
    expect(w1).toMatchObject({ weekendsWorked: 6, shifts: 13, flexi: 1 });
    expect(w1.vacationCreditHours).toBeCloseTo((0.25 * 35.5) / 5, 10);
    expect(report.fullTimeWeek.employees.find((e) => e.employee === 'S1')!.everyThirdSunday).toBe(true);
  });
});
