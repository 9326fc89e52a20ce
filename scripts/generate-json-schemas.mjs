#!/usr/bin/env node
// Writes docs/schemas/*.schema.json from the zod schemas in @turnus/core (run `pnpm build` first).
// test/json-schemas.test.ts fails when the committed files differ from what this script writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planJsonSchema, scenarioJsonSchema } from '@turnus/core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'schemas');
mkdirSync(out, { recursive: true });
for (const [name, schema] of [
  ['turnus-scenario-1.schema.json', scenarioJsonSchema()],
  ['turnus-plan-1.schema.json', planJsonSchema()],
]) {
  writeFileSync(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schemas/${name}`);
}
