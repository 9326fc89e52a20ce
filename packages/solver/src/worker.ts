// Worker entry for solveInWorker: runs solve in a worker_threads Worker and posts progress and the result.
import { parentPort } from 'node:worker_threads';
import type { SolveOptions } from './solve-types.js';
import { solve } from './solve.js';

interface Job {
  scenario: unknown;
  options: Omit<SolveOptions, 'onProgress' | 'signal'>;
  abort: SharedArrayBuffer;
  progress: boolean;
}

parentPort?.once('message', async (job: Job) => {
  const flag = new Int32Array(job.abort);
  const signal = {
    get aborted() {
      return Atomics.load(flag, 0) === 1;
    },
  } as AbortSignal;
  try {
    const result = await solve(job.scenario, {
      ...job.options,
      signal,
      ...(job.progress
        ? { onProgress: (p) => parentPort?.postMessage({ type: 'progress', progress: p }) }
        : {}),
    });
    parentPort?.postMessage({ type: 'result', result });
  } catch (error) {
    const e = error as { name?: string; message?: string; code?: string; issues?: unknown };
    parentPort?.postMessage({
      type: 'error',
      error: { name: e.name, message: e.message, code: e.code, issues: e.issues },
    });
  }
});
