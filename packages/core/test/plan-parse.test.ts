import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  buildPlan,
  exportPlanCsv,
  importPlanCsv,
  isTurnusError,
  parsePlan,
  parsePlanText,
  parseScenarioText,
  planDates,
  safeParsePlan,
} from '../src/index.js';
import { readScenario } from './fixtures.js';

const scenario = parseScenarioText(readScenario('sykehjem-ansatte-12u.yaml'));
const dates = planDates(scenario);
const staff = scenario.staff!;

const assignmentArb = fc.record({
  employee: fc.constantFrom(...staff.map((e) => e.id)),
  date: fc.constantFrom(...dates),
  shift: fc.constantFrom('D', 'A'),
  flexi: fc.boolean(),
});

function dedupe(assignments: Assignment[]): Assignment[] {
  const seen = new Map<string, Assignment>();
  for (const a of assignments) seen.set(`${a.employee}|${a.date}`, a);
  return [...seen.values()];
}

describe('turnus-plan/1 documents', () => {
  it('survive parse → serialise → parse unchanged', () => {
    fc.assert(
      fc.property(fc.array(assignmentArb, { maxLength: 60 }), (assignments) => {
        const plan = buildPlan(scenario, staff, assignments, { meta: { seed: 1 } });
        const text = JSON.stringify(plan);
        const again = parsePlanText(text);
        expect(again).toEqual(plan);
        expect(JSON.stringify(parsePlan(JSON.parse(text)))).toBe(text);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('refuses assignments to unknown employees, shifts or dates outside the plan, naming the field', () => {
    const plan = buildPlan(scenario, staff, []);
    const bad = {
      ...plan,
      assignments: [
        { employee: 'ZZ', date: '2027-01-04', shift: 'D' },
        { employee: 'S1', date: '2027-01-04', shift: 'Q' },
        { employee: 'S1', date: '2030-01-04', shift: 'D' },
      ],
    };
    const result = safeParsePlan(bad);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_PLAN');
      expect(result.error.issues.map((i) => i.path)).toEqual([
        'assignments[0].employee',
        'assignments[1].shift',
        'assignments[2].date',
      ]);
    }
  });

  it('gives a TurnusError, never another exception, for random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        try {
          parsePlan(value);
        } catch (error) {
          expect(isTurnusError(error)).toBe(true);
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('the CSV rota grid', () => {
  it('round-trips a plan through export and import', () => {
    fc.assert(
      fc.property(fc.array(assignmentArb, { maxLength: 80 }), (raw) => {
        const plan = buildPlan(scenario, staff, dedupe(raw));
        const back = importPlanCsv(exportPlanCsv(plan), scenario);
        expect(back.assignments).toEqual(plan.assignments);
      }),
      { seed: 3, numRuns: 40 },
    );
  });

  it('reads a planner grid with semicolons, F-codes and flexi marks', () => {
    const header = ['ansatt', ...dates.slice(0, 3)].join(';');
    const plan = importPlanCsv(`${header}\nS1;D;F1;A*\nH1;;FE;D\n`, scenario);
    expect(plan.assignments).toEqual([
      { employee: 'S1', date: '2027-01-04', shift: 'D', flexi: false },
      { employee: 'S1', date: '2027-01-06', shift: 'A', flexi: true },
      { employee: 'H1', date: '2027-01-06', shift: 'D', flexi: false },
    ]);
    expect(plan.absences).toContainEqual({ employee: 'H1', date: '2027-01-05', kind: 'vacation' });
    expect(plan.employees.map((e) => e.id)).toEqual(['S1', 'H1']);
  });

  it('names the row and column of an unknown code', () => {
    const header = ['ansatt', ...dates.slice(0, 2)].join(',');
    try {
      importPlanCsv(`${header}\nS1,D,Q\n`, scenario);
      expect.unreachable();
    } catch (error) {
      expect(isTurnusError(error) && error.issues[0]).toMatchObject({ path: 'row 2, column 3' });
    }
  });
});
