import { readFileSync } from 'node:fs';
import { type Scenario, type ScenarioInput, parseScenario, parseScenarioText } from '@turnus/core';

/** A shared acceptance scenario by name. */
export function sharedScenario(name: string): Scenario {
  return parseScenarioText(readFileSync(`/work/shared/scenarios/${name}.yaml`, 'utf8'), {
    source: `${name}.yaml`,
  });
}

/** A small two-shift scenario (D 07:30–15:15, A 14:45–22:30) with the given staff and demand. */
export function smallScenario(over: Partial<ScenarioInput>): Scenario {
  return parseScenario({
    format: 'turnus-scenario/1',
    unit: 'Test',
    period: { start: '2027-01-04', weeks: 2, kind: 'rotating' },
    shiftTypes: [
      { code: 'D', start: '07:30', end: '15:15', kind: 'day' },
      { code: 'A', start: '14:45', end: '22:30', kind: 'evening' },
    ],
    rules: { maxConsecutiveDays: 5 },
    demand: { weekday: { D: 0 } },
    ...over,
  });
}
