// The benchmark's instance files in fixtures/curtois-qu, read for tests.
import { readFileSync } from 'node:fs';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';

/** Curtois–Qu Instance`n` as shipped in `fixtures/curtois-qu/`. */
export function benchmarkInstance(n: number): CurtoisInstance {
  return readCurtoisInstance(
    readFileSync(new URL(`../../../../fixtures/curtois-qu/Instance${n}.txt`, import.meta.url), 'utf8'),
  );
}
