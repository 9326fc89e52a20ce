import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPlan, parseScenarioText } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

const dir = fileURLToPath(new URL('../../../fixtures/scenarios/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('the acceptance scenarios as empty rotas', () => {
  it.each(files)('%s evaluates without a shift planned', (file) => {
    const scenario = parseScenarioText(readFileSync(dir + file, 'utf8'), { source: file });
    const report = evaluate(buildPlan(scenario, scenario.staff ?? [], []), scenario);
    const passed = new Set(report.checks.filter((c) => c.passed).map((c) => c.id));
    for (const id of ['daily-rest', 'weekly-rest', 'shift-length', 'sunday-holiday', 'absence'] as const)
      expect(passed.has(id)).toBe(true);
    expect(report.coverage.totalPlanned).toBe(0);
    expect(report.coverage.shortfallShifts).toBeGreaterThan(0);
    expect(report.metrics.persons).toBe(scenario.staff?.length ?? 0);
  });
});
