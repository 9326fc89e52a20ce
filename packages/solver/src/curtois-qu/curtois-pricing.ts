// Column generation's pricing of many employees at once, on the calling thread or shared with a
// second thread (a worker that holds its own dynamic programs). Every employee's pricing problem
// is independent of the others', so a round splits them between the two threads. Where labelling
// prices (Instances 14, 17 and 18 of the benchmark), pricing takes about three quarters of the
// root and the dive; in branch-and-price on 5, most of the tree's time. The worker entry only
// exists in the built package (dist/curtois-pricing-worker.js); from TypeScript sources, or where
// workers cannot start, there is no pool and everything is priced here. Internal to the solver.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-file.js';
import type { IndexedCurtois } from './curtois-index.js';
import type { CurtoisInstance } from './curtois-instance.js';
import { reducedCellCosts } from './curtois-master.js';
import { LabelsExhausted } from './curtois-row-labels.js';
import { type Priced, type RowProgram, rowProgram } from './curtois-row-program.js';

/**
 * One employee to price: with `below`, no row is needed unless one is cheaper than that; `extra`
 * adds to each cell's cost (an infinite one forbids the cell) and `mustWork` marks days that may
 * not be off (the rules of a branch-and-price node).
 */
export interface PricingRequest {
  readonly e: number;
  readonly below?: number | undefined;
  readonly extra?: Float64Array | undefined;
  readonly mustWork?: Uint8Array | undefined;
}

/**
 * A batch for the worker: cover duals, requests, a wall-clock (Date.now()) deadline, and a shared
 * counter from which both threads take the index of the next request to price.
 */
export interface PricingJob {
  readonly cover: Float64Array;
  readonly requests: readonly PricingRequest[];
  readonly until: number;
  readonly next: SharedArrayBuffer;
}

/** The worker's answer: the requests it took with their priced rows, or why there are none. */
export type PricingReply =
  | { readonly taken: readonly number[]; readonly priced: readonly (Priced | null)[] }
  | { readonly timeout: true }
  | { readonly exhausted: true }
  | { readonly error: string };

/** A second pricing thread. */
export interface PricingPool {
  /**
   * Prices requests in the worker, taking them one by one from `next` until none is left: its
   * answers by request index, `timeout` past `until` (wall clock), or `gone` when the worker has
   * stopped (the requests it took are then lost).
   */
  price(job: PricingJob): Promise<ReadonlyMap<number, Priced | undefined> | 'timeout' | 'gone'>;
  /** Whether the worker has answered a batch. */
  readonly answered: boolean;
  stop(): void;
}

/**
 * Prices one request with its employee's program at cover duals `cover` (`cost` is scratch space):
 * the same call on either thread.
 */
function priceRequest(
  ix: IndexedCurtois,
  program: RowProgram,
  request: PricingRequest,
  cover: Float64Array,
  cost: Float64Array,
): Priced | undefined {
  const { e, below, extra, mustWork } = request;
  return program.cheapest(reducedCellCosts(ix, e, cover, cost, extra), mustWork, below);
}

/**
 * What the worker does with a job: takes requests from the job's counter (at most `most` of them)
 * until none is left and prices them with `programs` (made as needed). Exported for tests, which
 * run it on their own thread.
 *
 * @example
 * ```ts
 * const reply = answerJob(ix, new Array(ix.E).fill(undefined), job);
 * ```
 */
export function answerJob(
  ix: IndexedCurtois,
  programs: (RowProgram | undefined)[],
  job: PricingJob,
  most = Number.POSITIVE_INFINITY,
): PricingReply {
  try {
    const next = new Int32Array(job.next);
    const cost = new Float64Array(ix.H * ix.S);
    const taken: number[] = [];
    const priced: (Priced | null)[] = [];
    while (taken.length < most) {
      const k = Atomics.add(next, 0, 1);
      if (k >= job.requests.length) break;
      if (Date.now() >= job.until) return { timeout: true };
      const request = job.requests[k]!;
      programs[request.e] ??= rowProgram(ix, request.e);
      taken.push(k);
      priced.push(priceRequest(ix, programs[request.e]!, request, job.cover, cost) ?? null);
    }
    return { taken, priced };
  } catch (error) {
    return error instanceof LabelsExhausted ? { exhausted: true } : { error: String(error) };
  }
}

const workerFile = () => workerEntry('./curtois-pricing-worker.js', import.meta.url);

/**
 * Starts a pricing worker for `instance`; undefined when no worker can be started here
 * (TypeScript sources, or workers unavailable).
 */
export function startPricingPool(instance: CurtoisInstance): PricingPool | undefined {
  const file = workerFile();
  if (!file) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: instance });
  } catch {
    return undefined;
  }
  worker.unref();
  let gone = false;
  let answered = false;
  worker.once('exit', () => {
    gone = true;
  });
  return {
    get answered() {
      return answered;
    },
    price(job) {
      if (gone) return Promise.resolve('gone');
      return new Promise((resolve, reject) => {
        const onMessage = (reply: PricingReply) => {
          worker.off('exit', onExit);
          answered = true;
          if ('priced' in reply)
            resolve(new Map(reply.taken.map((k, j) => [k, reply.priced[j] ?? undefined])));
          else if ('timeout' in reply) resolve('timeout');
          else if ('exhausted' in reply) reject(new LabelsExhausted('pricing worker: label limit'));
          else reject(new Error(`Curtois–Qu pricing worker: ${reply.error}`));
        };
        const onExit = () => {
          worker.off('message', onMessage);
          resolve('gone');
        };
        worker.once('message', onMessage);
        worker.once('exit', onExit);
        worker.postMessage(job);
      });
    },
    stop: () => void worker.terminate(),
  };
}

/**
 * Prices `requests` at cover duals `cover` by their employees' dynamic programs, on this thread
 * and, with a pool, in its worker at the same time: each thread takes the next request not yet
 * taken, so the two stay busy until the last one (should the worker stop, this thread prices what
 * it had taken). Answers in request order (undefined for an employee with no legal row), or
 * undefined when `deadline` (performance.now()) passes first.
 *
 * @example
 * ```ts
 * const priced = await priceEmployees(ix, programs, undefined, duals.cover, [{ e: 0 }, { e: 1 }], deadline);
 * ```
 */
export async function priceEmployees(
  ix: IndexedCurtois,
  programs: readonly RowProgram[],
  pool: PricingPool | undefined,
  cover: Float64Array,
  requests: readonly PricingRequest[],
  deadline: number,
): Promise<(Priced | undefined)[] | undefined> {
  const out: (Priced | undefined)[] = new Array(requests.length).fill(undefined);
  const done = new Uint8Array(requests.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const answer =
    pool && requests.length > 1
      ? pool.price({ cover, requests, until: Date.now() + (deadline - performance.now()), next: next.buffer })
      : undefined;
  const cost = new Float64Array(ix.H * ix.S);
  /** Prices request k here; false once the deadline has passed. */
  const here = (k: number) => {
    if (!(deadline - performance.now() > 0)) return false;
    out[k] = priceRequest(ix, programs[requests[k]!.e]!, requests[k]!, cover, cost);
    done[k] = 1;
    return true;
  };
  let late = false;
  let failure: unknown;
  try {
    for (let k = Atomics.add(next, 0, 1); k < requests.length && !late; k = Atomics.add(next, 0, 1))
      late = !here(k);
  } catch (error) {
    failure = error;
  }
  // Leaves none for the worker, and waits for it all the same, so that its answer never reaches
  // the next batch.
  Atomics.store(next, 0, requests.length);
  const priced = answer
    ? await answer.catch((error: unknown) => {
        failure ??= error;
        return 'gone' as const;
      })
    : 'gone';
  if (failure !== undefined) throw failure;
  if (priced === 'timeout') late = true;
  else if (priced !== 'gone') {
    for (const [k, found] of priced) {
      out[k] = found;
      done[k] = 1;
    }
  }
  for (let k = 0; k < requests.length && !late; k++) if (!done[k]) late = !here(k);
  return late ? undefined : out;
}
