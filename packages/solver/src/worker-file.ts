// Finds a worker entry next to the calling module. Worker entries exist only in the built package
// (dist/*.js); from TypeScript sources there is none and callers run on their own thread.
// Internal to the solver.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The file `name` next to the module at `base` (its import.meta.url), if it exists. */
export function workerEntry(name: string, base: string): URL | undefined {
  try {
    const url = new URL(name, base);
    return existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}
