import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import { type IndexedCurtois, gridObjective, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { reducedCellCosts } from '../../src/curtois-qu/curtois-master.js';
import {
  type PricingJob,
  type PricingPool,
  type PricingReply,
  answerJob,
  priceEmployees,
} from '../../src/curtois-qu/curtois-pricing.js';
import { LabelsExhausted } from '../../src/curtois-qu/curtois-row-labels.js';
import { type Priced, type RowProgram, rowProgram } from '../../src/curtois-qu/curtois-row-program.js';
import { mulberry32 } from '../../src/rng.js';
import { benchmarkInstance } from './benchmark-instance.js';

/** The employees' programs, counting their calls in `calls.n`. */
function programsOf(ix: IndexedCurtois, calls = { n: 0 }): RowProgram[] {
  return ix.instance.staff.map((_, e) => {
    const program = rowProgram(ix, e);
    return {
      kind: program.kind,
      cheapest: (...args) => {
        calls.n++;
        return program.cheapest(...args);
      },
    };
  });
}

/** Cover duals of the size the master gives (0–150 per cell), drawn from `seed`. */
function randomDuals(ix: IndexedCurtois, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from({ length: ix.H * ix.S }, () => Math.floor(random() * 150));
}

/**
 * A pool on this thread, running the worker's own code (`answerJob`) with its own programs: it
 * takes `take` requests from the shared counter at once (as a worker that starts first would),
 * then answers as `ends` says.
 */
function inThreadPool(
  ix: IndexedCurtois,
  take: number,
  ends: 'answer' | 'timeout' | 'gone' | 'exhausted' = 'answer',
): PricingPool & { taken: number[] } {
  const programs: (RowProgram | undefined)[] = new Array(ix.E).fill(undefined);
  const taken: number[] = [];
  return {
    taken,
    answered: false,
    async price(job: PricingJob) {
      const reply = answerJob(ix, programs, job, take);
      await new Promise((resolve) => setImmediate(resolve));
      if (!('taken' in reply)) throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
      taken.push(...reply.taken);
      if (ends === 'exhausted') throw new LabelsExhausted('test');
      if (ends !== 'answer') return ends;
      return new Map(reply.taken.map((k, j) => [k, reply.priced[j] ?? undefined]));
    },
    stop: () => undefined,
  };
}

describe('pricing shared with a second thread', () => {
  const ix = indexCurtois(benchmarkInstance(8));
  const requests = ix.instance.staff.map((_, e) => ({ e }));
  const far = () => performance.now() + 60_000;

  it('answers each request as this thread alone would, whichever thread took it', async () => {
    for (const seed of [1, 2, 3]) {
      const cover = randomDuals(ix, seed);
      const alone = await priceEmployees(ix, programsOf(ix), undefined, cover, requests, far());
      const pool = inThreadPool(ix, 11);
      const here = { n: 0 };
      const shared = await priceEmployees(ix, programsOf(ix, here), pool, cover, requests, far());
      // The pool took 11 requests, this thread the other 19.
      expect(pool.taken).toHaveLength(11);
      expect(here.n).toBe(19);
      expect(shared!.map((p) => p?.value)).toEqual(alone!.map((p) => p?.value));
      for (const p of shared!) expect(p?.row).toBeDefined();
    }
  });

  it('prices here what a stopped worker had taken, and answers nothing past the deadline', async () => {
    const cover = randomDuals(ix, 4);
    const alone = await priceEmployees(ix, programsOf(ix), undefined, cover, requests, far());
    const here = { n: 0 };
    const gone = await priceEmployees(
      ix,
      programsOf(ix, here),
      inThreadPool(ix, 7, 'gone'),
      cover,
      requests,
      far(),
    );
    expect(gone!.map((p) => p?.value)).toEqual(alone!.map((p) => p?.value));
    expect(here.n).toBe(30);
    const late = await priceEmployees(
      ix,
      programsOf(ix),
      inThreadPool(ix, 7, 'timeout'),
      cover,
      requests,
      far(),
    );
    expect(late).toBeUndefined();
    const past = await priceEmployees(ix, programsOf(ix), undefined, cover, requests, performance.now() - 1);
    expect(past).toBeUndefined();
  });

  it("throws the worker's label limit as this thread's own would be", async () => {
    const cover = randomDuals(ix, 5);
    await expect(
      priceEmployees(ix, programsOf(ix), inThreadPool(ix, 3, 'exhausted'), cover, requests, far()),
    ).rejects.toBeInstanceOf(LabelsExhausted);
  });

  /** Column generation on Instance6 below its root (`search`), alone and with an in-thread pool. */
  const sixBothWays = async (search: 'dive' | 'tree', target?: number) => {
    const six = indexCurtois(benchmarkInstance(6));
    const run = (pool?: PricingPool) => {
      const now = performance.now();
      return columnGenerationBound(six, {
        boundUntil: now + 60_000,
        branchUntil: now + 60_000,
        integerMs: 0,
        search,
        ...(target !== undefined ? { target } : {}),
        pool,
      });
    };
    const alone = await run();
    const pool = inThreadPool(six, 5);
    const shared = await run(pool);
    return { six, alone, shared, taken: pool.taken.length };
  };

  it('leaves the root and the dive where they were (Instance6: bound 1949, the dive at 2058)', async () => {
    const { six, alone, shared, taken } = await sixBothWays('dive');
    expect(taken).toBeGreaterThan(100);
    expect(shared.converged).toBe(true);
    expect(shared.rounds).toBe(alone.rounds);
    expect(shared.bound).toBe(alone.bound);
    expect(shared.nodes).toBe(alone.nodes);
    expect(gridObjective(six, shared.grid!)).toBe(gridObjective(six, alone.grid!));
    expect(Math.ceil(alone.bound! - 1e-6)).toBe(1949);
    expect(gridObjective(six, alone.grid!)).toBe(2058);
  }, 120_000);

  it('leaves the tree where it was, with the rules of its nodes (Instance6 from 1951: proven in 59 nodes)', async () => {
    const { six, alone, shared, taken } = await sixBothWays('tree', 1951);
    expect(alone.nodes).toBe(59);
    expect(shared.nodes).toBe(alone.nodes);
    expect(shared.bound).toBe(1950);
    expect(gridObjective(six, shared.grid!)).toBe(1950);
    // Every node's rounds gave the pool its share.
    expect(taken).toBeGreaterThan(5 * 59);
  }, 120_000);

  // The worker entry exists only in the built package (`pnpm build`, run by install).
  const entry = new URL('../../dist/curtois-pricing-worker.js', import.meta.url);
  it.skipIf(!existsSync(entry))(
    'runs in a worker of the built package with the same answers',
    async () => {
      const worker = new Worker(entry, { workerData: ix.instance });
      try {
        const cover = randomDuals(ix, 6);
        const alone = await priceEmployees(ix, programsOf(ix), undefined, cover, requests, far());
        const next = new Int32Array(new SharedArrayBuffer(4));
        const reply = await new Promise<PricingReply>((resolve) => {
          worker.once('message', resolve);
          worker.postMessage({
            cover,
            requests,
            until: Date.now() + 60_000,
            next: next.buffer,
          } satisfies PricingJob);
        });
        // Alone, the worker takes every request.
        expect('taken' in reply && reply.taken).toEqual(requests.map((_, k) => k));
        expect('priced' in reply && reply.priced.map((p) => p?.value)).toEqual(alone!.map((p) => p?.value));
        const late = await new Promise<PricingReply>((resolve) => {
          worker.once('message', resolve);
          worker.postMessage({
            cover,
            requests,
            until: Date.now() - 1,
            next: new SharedArrayBuffer(4),
          } satisfies PricingJob);
        });
        expect(late).toEqual({ timeout: true });
      } finally {
        await worker.terminate();
      }
    },
    60_000,
  );
});
