import { describe, expect, it } from 'vitest';
import {
  type TurnusError,
  isTurnusError,
  parseScenario,
  parseScenarioText,
  readDocumentText,
  safeParseScenario,
} from '../src/index.js';
import { SMALL_SCENARIO, readScenario, scenarioFiles } from './fixtures.js';

function refusal(text: string, source: string): TurnusError {
  try {
    parseScenarioText(text, { source });
  } catch (error) {
    if (isTurnusError(error)) return error;
    throw error;
  }
  throw new Error(`${source} was accepted`);
}

describe('the shared acceptance scenarios', () => {
  it('has six valid scenarios and thirteen invalid ones', () => {
    expect(scenarioFiles()).toHaveLength(6);
    expect(scenarioFiles('invalid')).toHaveLength(13);
  });

  it.each(scenarioFiles())('loads %s unchanged', (file) => {
    const scenario = parseScenarioText(readScenario(file), { source: file });
    expect(scenario.format).toBe('turnus-scenario/1');
    expect(scenario.shiftTypes.length).toBeGreaterThan(0);
    expect(scenario.staff ?? scenario.staffPolicy).toBeDefined();
  });

  it.each(scenarioFiles('invalid'))('refuses invalid/%s naming the field', (file) => {
    const text = readScenario(`invalid/${file}`);
    const error = refusal(text, file);
    expect(error.issues.length).toBeGreaterThan(0);
    const expectedPath = /^# path: (\S+)/m.exec(text)?.[1];
    if (expectedPath) expect(error.issues.map((i) => i.path)).toContain(expectedPath);
    for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(5);
  });
});

describe('parseScenario', () => {
  it('fills every rule default with the law values', () => {
    const s = parseScenarioText(SMALL_SCENARIO);
    expect(s.rules).toMatchObject({
      dailyRestHours: 11,
      weeklyRestHours: 35,
      maxShiftHours: 12.5,
      maxWeeklyHours: 54,
      sundayRule: 'no-consecutive',
    });
    expect(s.fullTimeHoursPerWeek).toBe(35.5);
    expect(s.shiftTypes[0]).toMatchObject({ breakMinutes: 30, breakPaid: true });
  });

  it('reads the JSON form of a YAML scenario to the same result', () => {
    const fromYaml = parseScenarioText(readScenario('langvakt-mellomvakt.yaml'));
    const json = JSON.stringify(readDocumentText(readScenario('langvakt-mellomvakt.yaml')));
    expect(parseScenarioText(json, { syntax: 'json' })).toEqual(fromYaml);
  });

  it('names the line of a YAML syntax error', () => {
    const error = refusal(readScenario('invalid/syntax-error.yaml'), 'syntax-error.yaml');
    expect(error.code).toBe('SYNTAX_ERROR');
    expect(error.issues[0]?.line).toBe(6);
    expect(error.message).toContain('syntax-error.yaml');
  });

  it('names the line of a JSON syntax error', () => {
    const error = refusal('{\n  "format": "turnus-scenario/1",\n  "unit": \n}', 'x.json');
    expect(error.code).toBe('SYNTAX_ERROR');
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const doc = readDocumentText(SMALL_SCENARIO) as { staff: Record<string, unknown>[] };
    doc.staff[0] = { ...doc.staff[0], positionPersent: 50 };
    const result = safeParseScenario(doc);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({
        path: 'staff[0]',
        message: 'unknown field: positionPersent',
      });
  });

  it('refuses a weekend pattern that a rotating plan of that length cannot hold', () => {
    const doc = readDocumentText(SMALL_SCENARIO) as { staff: { weekendPattern: string }[] };
    doc.staff[0]!.weekendPattern = 'hinke';
    expect(() => parseScenario(doc)).toThrow(/hinke repeats every 12 weeks/);
  });

  it('refuses staff and staffPolicy together, and neither', () => {
    const doc = readDocumentText(SMALL_SCENARIO) as Record<string, unknown>;
    const both = { ...doc, staffPolicy: { weekendPattern: 'every-third' } };
    expect(safeParseScenario(both).success).toBe(false);
    const { staff: _staff, ...neither } = doc;
    const result = safeParseScenario(neither);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path)).toContain('staff');
  });

  it('refuses a shift of 8 h or more without a 30 min break (aml § 10-9)', () => {
    const doc = readDocumentText(SMALL_SCENARIO) as { shiftTypes: Record<string, unknown>[] };
    doc.shiftTypes[0] = { ...doc.shiftTypes[0], end: '16:00', breakMinutes: 15 };
    const result = safeParseScenario(doc);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toBe('shiftTypes[0].breakMinutes');
  });

  it('refuses references to unknown employees and shifts in vacation and wishes', () => {
    const doc = {
      ...(readDocumentText(SMALL_SCENARIO) as object),
      vacation: [{ employee: 'NOPE', from: '2027-01-04', to: '2027-01-10' }],
      wishes: [{ employee: 'S1', date: '2027-01-05', shift: 'Z' }],
    };
    const result = safeParseScenario(doc);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((i) => i.path)).toEqual(['vacation[0].employee', 'wishes[0].shift']);
  });
});
