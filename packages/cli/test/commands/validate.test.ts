import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo } from '../fixtures.js';

const scenarios = fileURLToPath(new URL('../../../../fixtures/scenarios/', import.meta.url));
const invalid = readdirSync(`${scenarios}invalid`).filter((f) => f.endsWith('.yaml'));

describe('turnus validate', () => {
  it('accepts a valid scenario with a one-line summary', async () => {
    const c = captureIo(scenarios);
    const code = await run(['validate', 'sykehjem-ansatte-12u.yaml'], c.io);
    expect(code).toBe(0);
    expect(c.stdout().trim()).toBe(
      'OK sykehjem-ansatte-12u.yaml: Skjermet enhet, 12 weeks rotating, 16 employees, 2 shift types',
    );
  });

  it('accepts every shared scenario', async () => {
    const files = readdirSync(scenarios).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBe(6);
    const c = captureIo(scenarios);
    expect(await run(['validate', ...files], c.io)).toBe(0);
    expect(c.stdout().trim().split('\n')).toHaveLength(6);
    expect(c.stdout()).toContain('rolled 3 times (36 weeks)');
    expect(c.stdout()).toContain('staff sized by policy');
  });

  it.each(invalid)('refuses invalid/%s with the issue and its path, exit 2, no stack trace', async (file) => {
    const c = captureIo(scenarios);
    const code = await run(['validate', `invalid/${file}`], c.io);
    expect(code).toBe(2);
    expect(c.stdout()).toBe('');
    const err = c.stderr();
    expect(err).toMatch(/^✖ /m);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames
    const { readFileSync } = await import('node:fs');
    const path = /^# path: (.+)$/m.exec(readFileSync(`${scenarios}invalid/${file}`, 'utf8'))?.[1];
    if (path) expect(err).toContain(`at ${path}`);
  });

  it('refuses all invalid files in one call and reports each', async () => {
    const c = captureIo(scenarios);
    expect(await run(['validate', ...invalid.map((f) => `invalid/${f}`)], c.io)).toBe(2);
    expect(c.stderr().match(/^INVALID /gm)).toHaveLength(invalid.length);
  });

  it('says "file not found" for a missing file', async () => {
    const c = captureIo(scenarios);
    expect(await run(['validate', 'nope.yaml'], c.io)).toBe(2);
    expect(c.stderr().trim()).toBe('✖ file not found: nope.yaml');
  });

  it('prints machine-readable issues with --json', async () => {
    const c = captureIo(scenarios);
    expect(await run(['validate', 'invalid/negative-percent.yaml', '--json'], c.io)).toBe(2);
    const result = JSON.parse(c.stdout());
    expect(result.valid).toBe(false);
    expect(result.issues.map((i: { path: string }) => i.path)).toContain('staff[1].positionPercent');
  });
});

describe('turnus command line', () => {
  it('refuses an unknown command and an unknown flag with exit 2', async () => {
    const a = captureIo();
    expect(await run(['frobnicate'], a.io)).toBe(2);
    expect(a.stderr()).toContain('unknown command "frobnicate"');
    const b = captureIo();
    expect(await run(['validate', 'x.yaml', '--bogus'], b.io)).toBe(2);
    expect(b.stderr()).toContain("Unknown option '--bogus'");
  });

  it('shows help for every command', async () => {
    for (const name of [
      'demo',
      'validate',
      'solve',
      'check',
      'evaluate',
      'compare',
      'report',
      'export',
      'import',
    ]) {
      const c = captureIo();
      expect(await run([name, '--help'], c.io)).toBe(0);
      expect(c.stdout()).toMatch(new RegExp(`^turnus ${name}`));
      expect(c.stdout()).toContain('Exit codes');
    }
    const c = captureIo();
    expect(await run(['--help'], c.io)).toBe(0);
    expect(c.stdout()).toContain('Commands:');
  });

  it('refuses a missing argument and a bad number', async () => {
    const a = captureIo();
    expect(await run(['check'], a.io)).toBe(2);
    expect(a.stderr()).toContain('missing argument');
    const b = captureIo();
    expect(await run(['solve', 'x.yaml', '--time-limit', 'soon'], b.io)).toBe(2);
    expect(b.stderr()).toContain('--time-limit must be a number');
  });
});

describe('unexpected errors', () => {
  it('print one line with a --debug hint and exit 3; --debug adds the stack', async () => {
    const failing = (debug: boolean) => {
      let err = '';
      return {
        io: {
          stdout: {
            write: () => {
              throw new Error('disk on fire');
            },
          },
          stderr: { write: (t: string) => (err += t) },
          isTTY: false,
          cwd: scenarios,
        },
        argv: ['validate', 'dognrytme.yaml', ...(debug ? ['--debug'] : [])],
        err: () => err,
      };
    };
    const plain = failing(false);
    expect(await run(plain.argv, plain.io)).toBe(3);
    expect(plain.err()).toBe(
      '✖ internal error: disk on fire\n  this is a bug in turnus; rerun with --debug to see the stack trace\n',
    );
    const debug = failing(true);
    expect(await run(debug.argv, debug.io)).toBe(3);
    expect(debug.err()).toMatch(/at .+:\d+:\d+/);
  });
});
