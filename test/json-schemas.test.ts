import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema, scenarioJsonSchema } from '@turnus/core';
import { describe, expect, it } from 'vitest';

const committed = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../docs/schemas/${name}`, import.meta.url)), 'utf8'));

describe('the committed JSON Schemas', () => {
  it('are exactly what the zod schemas generate (run `pnpm build && pnpm schemas` after changing a schema)', () => {
    expect(committed('turnus-scenario-1.schema.json')).toEqual(
      JSON.parse(JSON.stringify(scenarioJsonSchema())),
    );
    expect(committed('turnus-plan-1.schema.json')).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
  });

  it('describe the fields integrators need', () => {
    const scenario = scenarioJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(scenario.required).toEqual(expect.arrayContaining(['format', 'unit', 'period', 'shiftTypes']));
    const plan = planJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(plan.properties)).toEqual(
      expect.arrayContaining(['startDate', 'weeks', 'kind', 'employees', 'demand', 'assignments']),
    );
  });
});
