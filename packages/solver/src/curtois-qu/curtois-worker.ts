// Worker entry of the Curtois–Qu helper annealer (see curtois-helper.ts): runs the annealing
// phases with its own seed and posts its best roster back.
import { parentPort } from 'node:worker_threads';
import { highsEngine } from '../engine/highs-engine.js';
import { annealPhases } from './curtois-anneal-phases.js';
import type { HelperJob, HelperReply } from './curtois-helper.js';
import { type Grid, indexCurtois } from './curtois-index.js';
import { mulberry32 } from './curtois-search.js';

parentPort?.once('message', async (job: HelperJob) => {
  try {
    const ix = indexCurtois(job.instance);
    // Deadlines arrive as wall-clock times; this thread's performance.now() has its own origin.
    const local = (epochMs: number) => performance.now() + (epochMs - Date.now());
    let best: Grid | undefined;
    let objective = Number.POSITIVE_INFINITY;
    await annealPhases(ix, job.start, {
      looseUntil: local(job.looseUntil),
      until: local(job.until),
      end: local(job.end),
      random: mulberry32(job.seed),
      seed: job.seed,
      engine: highsEngine(),
      ...(job.annealMoves !== undefined ? { annealMoves: job.annealMoves } : {}),
      offer: (grid, value) => {
        if (value < objective) {
          best = grid.map((row) => row.slice());
          objective = value;
        }
      },
      incumbent: () => best,
      fallback: async () => false,
    });
    const reply: HelperReply = { grid: best ?? null, objective };
    parentPort?.postMessage(reply);
  } catch (error) {
    const reply: HelperReply = { grid: null, objective: Number.NaN, error: String(error) };
    parentPort?.postMessage(reply);
  }
});
