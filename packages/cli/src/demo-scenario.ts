import type { ScenarioInput } from '@turnus/core';

/**
 * The built-in demo (`turnus demo`): a small nursing-home ward with a 6-week rotating rota,
 * day and evening shifts, a nurse on every shift, six full-time staff working every third weekend
 * and four small weekend positions working every other weekend (the usual way a ward fills its
 * weekends, "helgeknuten"). Small enough to solve in a few seconds.
 *
 * @example
 * ```ts
 * const scenario = parseScenario(DEMO_SCENARIO);
 * ```
 * @since 0.1.0
 */
export const DEMO_SCENARIO: ScenarioInput = {
  format: 'turnus-scenario/1',
  unit: 'Demo: Solsiden sykehjem, avdeling 1',
  period: { start: '2027-01-04', weeks: 6, kind: 'rotating' },
  fullTimeHoursPerWeek: 35.5,
  shiftTypes: [
    { code: 'D', name: 'Dagvakt', start: '07:30', end: '15:15', kind: 'day' },
    { code: 'A', name: 'Aftenvakt', start: '14:45', end: '22:30', kind: 'evening' },
  ],
  demand: {
    weekday: { D: { count: 3, min: { sykepleier: 1 } }, A: { count: 2, min: { sykepleier: 1 } } },
    saturday: { D: { count: 2, min: { sykepleier: 1 } }, A: { count: 2, min: { sykepleier: 1 } } },
    sunday: { D: { count: 2, min: { sykepleier: 1 } }, A: { count: 2, min: { sykepleier: 1 } } },
  },
  staff: [
    {
      id: 'S1',
      name: 'Sykepleier 1',
      positionPercent: 100,
      competence: 'sykepleier',
      weekendPattern: 'every-third',
    },
    {
      id: 'S2',
      name: 'Sykepleier 2',
      positionPercent: 100,
      competence: 'sykepleier',
      weekendPattern: 'every-third',
    },
    {
      id: 'S3',
      name: 'Sykepleier 3',
      positionPercent: 100,
      competence: 'sykepleier',
      weekendPattern: 'every-third',
    },
    {
      id: 'H1',
      name: 'Helsefagarbeider 1',
      positionPercent: 100,
      competence: 'helsefagarbeider',
      weekendPattern: 'every-third',
    },
    {
      id: 'H2',
      name: 'Helsefagarbeider 2',
      positionPercent: 100,
      competence: 'helsefagarbeider',
      weekendPattern: 'every-third',
    },
    {
      id: 'H3',
      name: 'Helsefagarbeider 3',
      positionPercent: 100,
      competence: 'helsefagarbeider',
      weekendPattern: 'every-third',
    },
    {
      id: 'W1',
      name: 'Helgestilling 1',
      positionPercent: 30,
      competence: 'sykepleier',
      weekendPattern: 'every-other',
    },
    {
      id: 'W2',
      name: 'Helgestilling 2',
      positionPercent: 30,
      competence: 'sykepleier',
      weekendPattern: 'every-other',
    },
    {
      id: 'W3',
      name: 'Helgestilling 3',
      positionPercent: 30,
      competence: 'helsefagarbeider',
      weekendPattern: 'every-other',
    },
    {
      id: 'W4',
      name: 'Helgestilling 4',
      positionPercent: 30,
      competence: 'assistent',
      weekendPattern: 'every-other',
    },
  ],
  rules: { dailyRestHours: 11, weeklyRestHours: 35, maxConsecutiveDays: 5, contractToleranceHours: 8 },
};
