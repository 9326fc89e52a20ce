// Worker entry of the Curtois–Qu helper (see curtois-helper.ts): runs the annealing phases with
// its own seed and posts its best roster back; then, for each round the solver asks for, the
// neighbourhood search from the solver's roster with the same seed's generator, and posts that
// roster back too.
import { parentPort } from 'node:worker_threads';
import { highsEngine } from '../engine/highs-engine.js';
import { mulberry32 } from '../rng.js';
import { annealPhases } from './curtois-anneal-phases.js';
import type { HelperJob, HelperReply, HelperSearchJob } from './curtois-helper.js';
import { type Grid, indexCurtois } from './curtois-index.js';
import { neighbourhoodSearch } from './curtois-neighbourhood-search.js';

/** Deadlines arrive as wall-clock times; this thread's performance.now() has its own origin. */
const local = (epochMs: number) => performance.now() + (epochMs - Date.now());

const failed = (error: unknown): HelperReply => ({ grid: null, objective: Number.NaN, error: String(error) });

parentPort?.once('message', async (job: HelperJob) => {
  try {
    const ix = indexCurtois(job.instance);
    const random = mulberry32(job.seed);
    const engine = highsEngine();
    let best: Grid | undefined;
    let objective = Number.POSITIVE_INFINITY;
    await annealPhases(ix, job.start, {
      looseUntil: local(job.looseUntil),
      until: local(job.until),
      end: local(job.end),
      random,
      seed: job.seed,
      engine,
      ...(job.annealMoves !== undefined ? { annealMoves: job.annealMoves } : {}),
      targetedSwaps: job.targetedSwaps,
      offer: (grid, value) => {
        if (value < objective) {
          best = grid.map((row) => row.slice());
          objective = value;
        }
      },
      incumbent: () => best,
      fallback: async () => false,
    });
    // The neighbourhood size carries over from round to round, as on the solver's thread.
    let target: number | undefined;
    parentPort?.on('message', async (search: HelperSearchJob) => {
      try {
        const found = await neighbourhoodSearch(ix, search.start, search.objective, {
          ...(target !== undefined ? { target } : {}),
          engine,
          random,
          seed: job.seed,
          until: local(search.until),
          budgetMs: search.budgetMs,
          ...(search.maxIterations !== undefined ? { maxIterations: search.maxIterations } : {}),
          ...(search.lp ? { lp: search.lp } : {}),
          ...(search.bound !== undefined ? { bound: search.bound } : {}),
        });
        target = found.target;
        const reply: HelperReply = { grid: found.roster, objective: found.objective };
        parentPort?.postMessage(reply);
      } catch (error) {
        parentPort?.postMessage(failed(error));
      }
    });
    const reply: HelperReply = { grid: best ?? null, objective };
    parentPort?.postMessage(reply);
  } catch (error) {
    parentPort?.postMessage(failed(error));
  }
});
