import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.TURNUS_SHARED ?? fileURLToPath(new URL('../../shared', import.meta.url));

describe('the in-repo copies of ../shared', () => {
  it.skipIf(!existsSync(shared))('are byte-identical to ../shared (run `pnpm sync-shared` to update)', () => {
    const result = spawnSync(process.execPath, ['scripts/sync-shared.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('copies identical to ../shared');
    expect(result.status).toBe(0);
  });

  it('exist in the repository, so a clone without ../shared can run every test', () => {
    for (const path of [
      'fixtures/scenarios/README.md',
      'fixtures/scenarios/invalid/syntax-error.yaml',
      'fixtures/curtois-qu/Instance1.txt',
    ]) {
      expect(existsSync(`${root}/${path}`), path).toBe(true);
    }
  });
});
