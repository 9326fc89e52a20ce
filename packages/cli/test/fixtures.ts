import {
  type Assignment,
  type Plan,
  type Scenario,
  type ScenarioInput,
  addDays,
  buildPlan,
  parseScenario,
} from '@turnus/core';
import type { CliIo } from '../src/cli-io.js';
import type { ReportView } from '../src/report-model.js';

/** A small 3-week scenario input: 4 employees, day/evening/night shifts, one holiday, one vacation day. */
export const SMALL_SCENARIO_INPUT: ScenarioInput = {
  format: 'turnus-scenario/1',
  unit: 'Testavdeling <Øst> & "Vest"',
  period: { start: '2027-01-04', weeks: 3, kind: 'rotating' },
  holidays: ['2027-01-06'],
  shiftTypes: [
    { code: 'D', name: 'Dagvakt', start: '07:30', end: '15:15', kind: 'day' },
    { code: 'A', name: 'Aftenvakt', start: '14:45', end: '22:30', kind: 'evening' },
    { code: 'N', name: 'Nattevakt', start: '22:15', end: '07:45', kind: 'night' },
  ],
  demand: { weekday: { D: 2, A: 1 }, saturday: { D: 1, A: 1 }, sunday: { D: 1, A: 1 } },
  flexi: { weekday: { D: 1 } },
  staff: [
    {
      id: 'E1',
      name: 'Kari Nordmann',
      positionPercent: 100,
      competence: 'sykepleier',
      weekendPattern: 'every-third',
    },
    { id: 'E2', positionPercent: 80, competence: 'helsefagarbeider', weekendPattern: 'every-third' },
    { id: 'E3', positionPercent: 60, competence: 'helsefagarbeider', weekendPattern: 'every-third' },
    { id: 'N1', positionPercent: 50, competence: 'sykepleier', weekendPattern: 'every-third', shifts: ['N'] },
  ],
  vacation: [{ employee: 'E3', dates: ['2027-01-13'] }],
};

/** {@link SMALL_SCENARIO_INPUT} parsed. */
export function smallScenario(): Scenario {
  return parseScenario(SMALL_SCENARIO_INPUT);
}

/** A hand-made plan for {@link smallScenario}: every weekday D for E1 (one flexi), A for E2 … */
export function smallPlan(): Plan {
  const scenario = smallScenario();
  const assignments: Assignment[] = [];
  for (let w = 0; w < 3; w++) {
    for (let d = 0; d < 5; d++) {
      const date = addDays('2027-01-04', w * 7 + d);
      assignments.push({ employee: 'E1', date, shift: 'D', flexi: w === 0 && d === 1 });
      if (d < 4) assignments.push({ employee: 'E2', date, shift: 'A', flexi: false });
      if (!(d === 2 && w < 2) && d > 0) assignments.push({ employee: 'E3', date, shift: 'D', flexi: false });
      if (d % 2 === 0) assignments.push({ employee: 'N1', date, shift: 'N', flexi: false });
    }
  }
  for (const date of ['2027-01-09', '2027-01-10'])
    assignments.push({ employee: 'E2', date, shift: 'D', flexi: false });
  return buildPlan(scenario, scenario.staff!, assignments, { meta: { generator: 'test' } });
}

/** A hand-made evaluation report in the shape of @turnus/evaluation's, for renderer tests. */
export function fakeReport(plan: Plan): ReportView {
  return {
    legal: false,
    checks: [
      {
        id: 'daily-rest',
        title: 'Daglig hvile',
        reference: 'aml § 10-8 (1)',
        parameters: { dailyRestHours: 11 },
        passed: true,
        violations: [],
      },
      {
        id: 'weekend-pattern',
        title: 'Helgemønster',
        reference: 'lokal avtale',
        parameters: { weekendBothDays: true },
        passed: false,
        violations: [
          {
            check: 'weekend-pattern',
            employee: 'E2',
            dates: ['2027-01-09'],
            message: 'works <weekend> 1 & 2',
          },
        ],
      },
    ],
    coverage: {
      entries: plan.demand.map((d) => {
        const planned = plan.assignments.filter(
          (a) => 'shift' in d && a.shift === d.shift && a.date === d.date && !a.flexi,
        ).length;
        return {
          ...d,
          planned,
          shortfall: Math.max(0, d.required - planned),
          surplus: Math.max(0, planned - d.required),
        };
      }),
      totalRequired: plan.demand.reduce((s, d) => s + d.required, 0),
      totalPlanned: plan.assignments.length,
      shortfallShifts: 7,
      shortfallHours: 54.25,
      surplusShifts: 1,
      competenceShortfall: 0,
      flexiAsked: 15,
      flexiPlaced: 1,
      complete: false,
    },
    metrics: {
      persons: 4,
      arsverkFromPositions: 2.9,
      arsverkFromHours: 2.7,
      heltidsandel: 0.25,
      averagePositionPercent: 72.5,
      positionSizes: [
        { percent: 100, count: 1 },
        { percent: 80, count: 1 },
        { percent: 60, count: 1 },
        { percent: 50, count: 1 },
      ],
      distinctPositionSizes: 4,
      weekendHoursPerPersonYear: 134,
      weekendHoursPerArsverkYear: 185,
      weekendShareOfHours: 0.06,
    },
    employees: plan.employees.map((e) => ({
      id: e.id,
      positionPercent: e.positionPercent,
      plannedHours: 100,
      targetHours: 106.5,
      shifts: 12,
      weekendsWorked: 1,
      weekendHours: 15.5,
      nights: e.id === 'N1' ? 8 : 0,
      flexi: e.id === 'E1' ? 1 : 0,
    })),
  };
}

/** Captured output of a CLI run. */
export interface Captured {
  io: CliIo;
  stdout(): string;
  stderr(): string;
}

/** A CliIo that records what commands write. */
export function captureIo(cwd?: string, isTTY = false): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      isTTY,
      ...(cwd ? { cwd } : {}),
    },
    stdout: () => out,
    stderr: () => err,
  };
}
