import { Worker } from 'node:worker_threads';
import { TurnusError } from '@turnus/core';
import type { SolveOptions, SolveResult } from './solve-types.js';
import { solve } from './solve.js';
import { workerEntry } from './worker-file.js';

/**
 * Runs {@link solve} in a `worker_threads` Worker so the calling thread stays responsive; progress
 * is relayed to `onProgress` and `signal` stops the search (the best rota so far is returned).
 * Falls back to solving in this thread when the built worker file is not present (running from
 * TypeScript sources, e.g. under vitest).
 *
 * @example
 * ```ts
 * const result = await solveInWorker(scenario, { timeLimitSeconds: 10 });
 * ```
 */
export function solveInWorker(scenario: unknown, options: SolveOptions = {}): Promise<SolveResult> {
  const file = workerEntry('./worker.js', import.meta.url);
  if (!file) return solve(scenario, options);
  const { onProgress, signal, ...rest } = options;
  const abort = new SharedArrayBuffer(4);
  const flag = new Int32Array(abort);
  return new Promise<SolveResult>((resolve, reject) => {
    const worker = new Worker(file);
    const onAbort = () => Atomics.store(flag, 0, 1);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
    };
    worker.on(
      'message',
      (msg: {
        type: string;
        progress?: never;
        result?: SolveResult;
        error?: { message?: string; code?: string; issues?: never };
      }) => {
        if (msg.type === 'progress' && msg.progress) onProgress?.(msg.progress);
        else if (msg.type === 'result' && msg.result) {
          done();
          resolve(msg.result);
        } else if (msg.type === 'error') {
          done();
          reject(
            msg.error?.code && msg.error.issues
              ? new TurnusError(msg.error.code as never, msg.error.issues)
              : new Error(msg.error?.message ?? 'solver worker failed'),
          );
        }
      },
    );
    worker.on('error', (err) => {
      done();
      reject(err);
    });
    worker.postMessage({ scenario, options: rest, abort, progress: Boolean(onProgress) });
  });
}
