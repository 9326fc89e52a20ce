// A second thread for the Curtois–Qu solver, in a worker (a parallel portfolio): it runs the
// annealing phases with another seed, and the solver keeps the better roster; afterwards the solver
// may ask it for rounds of the neighbourhood search too, each from the solver's best roster, with
// the helper's own seed. The worker entry only exists in the built package (dist/curtois-worker.js); from
// TypeScript sources, or where workers cannot start, there is no helper and the solver runs on one
// thread. Internal to the solver.
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
  /** Passed on to the annealing phases (see AnnealPhasesOptions). */
  readonly targetedSwaps: boolean;
}

/**
 * What the solver may send after the annealing's answer, once per round: the neighbourhood search
 * from `start` (whose objective is `objective`) until `until`, a wall-clock time (Date.now()).
 */
export interface HelperSearchJob {
  readonly start: Grid;
  readonly objective: number;
  readonly until: number;
  readonly budgetMs: number;
  readonly maxIterations?: number;
  readonly lp?: Float64Array;
  readonly bound?: number;
}

/** What it answers, after the annealing and after a search: its best roster (null if none). */
export interface HelperReply {
  readonly grid: Grid | null;
  readonly objective: number;
  readonly error?: string;
}

/** A running helper: its answers (undefined when it failed), and a way to stop it. */
export interface Helper {
  /** The annealing's answer. */
  readonly result: Promise<HelperReply | undefined>;
  /** Asks for a round of the neighbourhood search (after `result`, one round at a time); its answer. */
  search(job: HelperSearchJob): Promise<HelperReply | undefined>;
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
  const stop = () => void worker.terminate();
  const answer = () => {
    const reply = new Promise<HelperReply | undefined>((resolve, reject) => {
      const onMessage = (message: HelperReply) => {
        worker.off('error', onGone);
        worker.off('exit', onGone);
        if (message.error) reject(new Error(`Curtois–Qu helper: ${message.error}`));
        else resolve(message);
      };
      const onGone = () => {
        worker.off('message', onMessage);
        resolve(undefined);
      };
      worker.once('message', onMessage);
      worker.once('error', onGone);
      worker.once('exit', onGone);
    });
    // A failed answer ends the helper; a solve that ends early never awaits it, and its
    // rejection must not end the process.
    reply.then((r) => r === undefined && stop(), stop);
    reply.catch(() => undefined);
    return reply;
  };
  const result = answer();
  worker.postMessage(job);
  return {
    result,
    search: (searchJob) => {
      const reply = answer();
      worker.postMessage(searchJob);
      return reply;
    },
    stop,
  };
}
