import { z } from 'zod';
import { PLAN_FORMAT, PlanShapeSchema } from './plan-schema.js';
import { SCENARIO_FORMAT, ScenarioShapeSchema } from './scenario-schema.js';

function documentSchema(
  schema: z.ZodType,
  format: string,
  title: string,
  description: string,
): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: json.$schema,
    $id: `https://turnus.dev/schemas/${format.replace('/', '-')}.schema.json`,
    title,
    description,
    ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
  };
}

/**
 * The JSON Schema (draft 2020-12) of the `turnus-scenario/1` format, generated from the zod schema,
 * for HR systems that integrate without TypeScript. Cross-field rules (known shift codes, unique
 * ids, a Monday start) are not expressible in JSON Schema; `parseScenario` applies them.
 *
 * @example
 * ```ts
 * fs.writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 * ```
 * @since 0.1.0
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return documentSchema(
    ScenarioShapeSchema,
    SCENARIO_FORMAT,
    'turnus scenario',
    'A unit, its planning period, shift types, demand (bemanningsplan or døgnrytme), staff or staff policy, and rules. Generated from @turnus/core.',
  );
}

/**
 * The JSON Schema (draft 2020-12) of the `turnus-plan/1` format, generated from the zod schema.
 *
 * @example
 * ```ts
 * const schema = planJsonSchema();
 * schema.title; // 'turnus plan'
 * ```
 * @since 0.1.0
 */
export function planJsonSchema(): Record<string, unknown> {
  return documentSchema(
    PlanShapeSchema,
    PLAN_FORMAT,
    'turnus plan',
    'A self-contained rota: rules, shift types, employees, demand per date and the assignments. Generated from @turnus/core.',
  );
}
