import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '@turnus/core';
import { describe, expect, it } from 'vitest';

// Each example in examples/ is a folder with a README, a scenario and a run.ts exporting main().
// This smoke test parses every scenario and runs every script with a short time limit.
const root = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(root).filter((name) => statSync(`${root}${name}`).isDirectory());

interface ExampleModule {
  main(options: {
    timeLimitSeconds?: number;
    iterations?: number;
    seed?: number;
    log?: (line: string) => void;
  }): Promise<{
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

  // A fixed iteration budget (about 2 s of search on an idle core) instead of a clock limit, so
  // every example must be solved however loaded the machine is; the clock only guards against hangs.
  it.each(examples)('%s: run.ts solves and prints its results', async (name) => {
    const module = (await import(`${root}${name}/run.ts`)) as ExampleModule;
    const lines: string[] = [];
    const result = await module.main({
      timeLimitSeconds: 120,
      iterations: 220_000,
      log: (line) => lines.push(line),
    });
    expect(result.status, lines.join('\n')).toBe('solved');
    expect(lines.length).toBeGreaterThan(2);
  });
});
