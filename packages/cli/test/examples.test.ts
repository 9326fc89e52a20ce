import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '@turnus/core';
import { describe, expect, it } from 'vitest';

// Each example in examples/ is a folder with a README, a scenario and a run.ts exporting main().
// This smoke test parses every scenario and runs every script with a short time limit.
const root = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(root).filter((name) => statSync(`${root}${name}`).isDirectory());

interface ExampleModule {
  main(options: { timeLimitSeconds?: number; seed?: number; log?: (line: string) => void }): Promise<{
    status: string;
    legal?: boolean;
  }>;
}

describe('examples', () => {
  it('has the five examples, each with a README, scenario.yaml, run.ts and package.json', () => {
    expect(examples.sort()).toEqual([
      'arsturnus-52u',
      'dognrytme',
      'hjemmetjeneste-fleksi',
      'langvakt-mellomvakt',
      'sykehjem-helgemonstre',
    ]);
    for (const name of examples) {
      const pkg = JSON.parse(readFileSync(`${root}${name}/package.json`, 'utf8'));
      expect(pkg).toMatchObject({ private: true, type: 'module', scripts: { start: 'tsx run.ts' } });
      expect(readFileSync(`${root}${name}/README.md`, 'utf8')).toMatch(/^# /);
    }
  });

  it.each(examples)('%s: the scenario parses', (name) => {
    const text = readFileSync(`${root}${name}/scenario.yaml`, 'utf8');
    expect(parseScenarioText(text, { source: `${name}/scenario.yaml` }).format).toBe('turnus-scenario/1');
  });

  // With a 2 s budget the two large plans (52 weeks × 35 staff, 36 weeks × 30 staff) may not finish
  // on a loaded machine; the solver then answers with a time-limit explanation, which the script
  // prints. The small examples must be solved.
  const large = ['arsturnus-52u', 'hjemmetjeneste-fleksi'];
  it.each(examples)('%s: run.ts solves and prints its results', async (name) => {
    const module = (await import(`${root}${name}/run.ts`)) as ExampleModule;
    const lines: string[] = [];
    const result = await module.main({ timeLimitSeconds: 2, log: (line) => lines.push(line) });
    if (result.status === 'solved') expect(lines.length).toBeGreaterThan(2);
    else {
      expect(large).toContain(name);
      expect(lines[0]).toMatch(/^infeasible: time-limit: /);
    }
  });
});
