import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's copy of ../shared/scenarios (kept identical by scripts/sync-shared.mjs). */
export const SCENARIO_DIR = fileURLToPath(new URL('../../../fixtures/scenarios/', import.meta.url));

export function scenarioFiles(sub = ''): string[] {
  return readdirSync(SCENARIO_DIR + sub)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export function readScenario(name: string): string {
  return readFileSync(SCENARIO_DIR + name, 'utf8');
}

export const SMALL_SCENARIO = `
format: turnus-scenario/1
unit: Testenhet
period: { start: 2027-01-04, weeks: 6, kind: rotating }
shiftTypes:
  - { code: D, start: "07:30", end: "15:15", kind: day }
  - { code: A, start: "14:45", end: "22:30", kind: evening }
demand:
  weekday: { D: 2, A: 2 }
  tuesday: { D: 3, A: 2 }
  saturday: { D: 2, A: 1 }
  sunday: { D: 1, A: 1 }
staff:
  - { id: S1, positionPercent: 100, competence: sykepleier, weekendPattern: every-third }
  - { id: S2, positionPercent: 80, competence: helsefagarbeider, weekendPattern: every-other }
`;
