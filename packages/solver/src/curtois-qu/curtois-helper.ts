// A second annealer for the Curtois–Qu solver in a worker thread (a parallel portfolio: the same
// phases with another seed; the solver keeps the better roster). The worker entry only exists in
// the built package (dist/curtois-worker.js); from TypeScript sources, or where workers cannot
// start, there is no helper and the solver runs on one thread. Internal to the solver.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-file.js';
import type { Grid } from './curtois-index.js';
import type { CurtoisInstance } from './curtois-instance.js';

/** The helper annealer's seed is the solve's seed plus this. */
export const HELPER_SEED_OFFSET = 7919;

/** What the helper gets: deadlines as wall-clock times (Date.now()), shared by all threads. */
export interface HelperJob {
  readonly instance: CurtoisInstance;
  readonly start: Grid;
  readonly seed: number;
  readonly looseUntil: number;
  readonly until: number;
  readonly end: number;
  readonly annealMoves?: number;
}

/** What it answers: its best roster without hard violations (null if none). */
export interface HelperReply {
  readonly grid: Grid | null;
  readonly objective: number;
  readonly error?: string;
}

/** A running helper: its answer (undefined when it failed), and a way to stop it. */
export interface Helper {
  readonly result: Promise<HelperReply | undefined>;
  stop(): void;
}

const workerFile = () => workerEntry('./curtois-worker.js', import.meta.url);

/** Whether this build can start helpers (false when running from TypeScript sources). */
export function helpersAvailable(): boolean {
  return workerFile() !== undefined;
}

/** Starts a helper on `job`; undefined when no worker can be started here. */
export function startHelper(job: HelperJob): Helper | undefined {
  const file = workerFile();
  if (!file) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(file);
  } catch {
    return undefined;
  }
  // A worker that cannot run (no file, no module) means one thread; an error the helper reports
  // is a bug of the search, thrown as it would be on one thread.
  const result = new Promise<HelperReply | undefined>((resolve, reject) => {
    worker.once('message', (reply: HelperReply) =>
      reply.error ? reject(new Error(`Curtois–Qu helper annealer: ${reply.error}`)) : resolve(reply),
    );
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  }).finally(() => void worker.terminate());
  // A solve that ends early never awaits the answer; its rejection must not end the process.
  result.catch(() => undefined);
  worker.postMessage(job);
  return { result, stop: () => void worker.terminate() };
}
