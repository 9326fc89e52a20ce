import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo } from '../fixtures.js';

const scenarios = fileURLToPath(new URL('../../../../fixtures/scenarios/', import.meta.url));

describe('turnus compare', () => {
  it('solves each alternative and prints the table with one column per alternative', async () => {
    const c = captureIo(scenarios);
    const argv = ['compare', 'institusjon-dimensjonering.yaml', '--patterns', 'every-third,every-other'];
    const code = await run([...argv, '--buffers', 'base', '--time-limit', '2'], c.io);
    expect(code).toBe(0);
    const out = c.stdout();
    expect(out).toContain('Alternativer for Langtidsavdeling Nord');
    expect(out).toContain('hver 3. helg,');
    expect(out).toContain('annenhver helg,');
    expect(out).toMatch(/^Heltidsandel \(%\)\s+[\d,]+\s+[\d,]+$/m);
  });

  it('prints JSON with --json', async () => {
    const c = captureIo(scenarios);
    const argv = ['compare', 'institusjon-dimensjonering.yaml', '--patterns', 'hinke', '--buffers', 'base'];
    expect(await run([...argv, '--time-limit', '1', '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.stdout());
    expect(json.table.columns).toEqual(['hinkehelg, grunnbemanning']);
    expect(json.table.rows.find((r: { label: string }) => r.label === 'Personer').values[0]).toBeGreaterThan(
      0,
    );
  });

  it('refuses an unknown weekend pattern with exit 2', async () => {
    const c = captureIo(scenarios);
    expect(await run(['compare', 'institusjon-dimensjonering.yaml', '--patterns', 'sometimes'], c.io)).toBe(
      2,
    );
    expect(c.stderr()).toContain('--patterns takes a comma-separated list of every-third, hinke');
  });
});
