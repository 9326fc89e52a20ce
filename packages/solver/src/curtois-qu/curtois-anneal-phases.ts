// The annealing phases of the Curtois–Qu solver: annealing across infeasible rosters, exact repair
// of the rows its end point breaks, annealing inside the feasible region. The solver runs them on
// its own thread and, with more than one thread, again in a helper worker with another seed.
// Internal to the solver.
import type { MipEngine } from '../engine/mip-model.js';
import { anneal } from './curtois-anneal.js';
import { type Grid, type IndexedCurtois, gridObjective } from './curtois-index.js';
import { repairRows } from './curtois-repair.js';

/** Share of the time left that the exact row repair may take. */
const REPAIR_SHARE = 0.15;
/**
 * Share of the block swaps that exchange two weekends, with `targetedSwaps`. Paired 60 s solves
 * of 13, 15 and 19 (annealed from an empty roster) ended lower in 8 of 9 runs with it (geometric
 * mean 3.4 % lower); on 18, from the dive's roster, higher in 4 of 6 (4.6 %).
 */
const WEEKEND_EXCHANGE = 0.25;
/**
 * Share of the other block swaps that grant a request, with `targetedSwaps`. The annealing phases
 * alone (36 s, seeds 1–4): 13 1573 / 1558 / 1543 / 1549 with a share of 0.2 against 1609 / 1720 /
 * 1619 / 1583 without (the requests 443–473 against 483–520; the weekend bound shows that 13's gap
 * is in its requests), 19 lower on three of four (mean 3648 against 3748). Paired 60 s solves of
 * 13, 15 and 19, seeds 1–3: lower in 6 of 9, geometric mean 2.1 % lower (13 on all three).
 */
const REQUEST_SWAP = 0.2;
/**
 * Longest horizon (days) where, with `targetedSwaps`, a request swap that moves minutes between
 * the two rows also swaps a day that moves them back (`balanceMinutes` of the annealer). On 13
 * (28 days) 92 of 120 rows ended at their maximum minutes, and 362 of the 476 points of unmet
 * requests were days the employee was off. Paired 60 s solves, two at a time, seeds 1–8: 13 lower
 * on 7 of 8 (median 1497 against 1541, every roster 11 shifts under as the weekend bound allows);
 * seeds 1–4: 15 (42 days) lower on 4 of 4 (mean 4087 against 4197), but 19 (84 days) higher on 4
 * of 4 (3553–3759 against 3458–3472: 32–34 shifts under against 31), also with the second day
 * limited to weekdays or to a week either side.
 */
const BALANCED_HORIZON = 42;

/** Options of {@link annealPhases}; deadlines are performance.now() times of the calling thread. */
export interface AnnealPhasesOptions {
  /** End of the annealing across infeasible rosters. */
  readonly looseUntil: number;
  /** End of the annealing inside the feasible region. */
  readonly until: number;
  /** End of the whole solve; the exact row repair may take 15 % of the time left until then. */
  readonly end: number;
  readonly random: () => number;
  readonly seed: number;
  readonly engine: MipEngine;
  /** Moves of each annealing phase instead of its deadline (reproducible runs). */
  readonly annealMoves?: number;
  /**
   * Some block swaps exchange two weekends between two employees or grant a request instead (see
   * WEEKEND_EXCHANGE and REQUEST_SWAP), balanced on horizons up to BALANCED_HORIZON.
   */
  readonly targetedSwaps?: boolean;
  /** Receives every roster without hard violations that a phase ends with. */
  readonly offer: (grid: Grid, objective: number) => void;
  /** The best roster so far (the feasible annealing starts from it). */
  readonly incumbent: () => Grid | undefined;
  /** Called when there is still no feasible roster after the repair; false ends the phases. */
  readonly fallback: () => Promise<boolean>;
}

/**
 * Runs the three annealing phases from `start` (any roster that respects the fixed days off).
 * Returns false when the fallback ended them.
 */
export async function annealPhases(
  ix: IndexedCurtois,
  start: Grid,
  options: AnnealPhasesOptions,
): Promise<boolean> {
  const budget = {
    ...(options.annealMoves !== undefined ? { maxMoves: options.annealMoves } : {}),
    weekendExchange: options.targetedSwaps ? WEEKEND_EXCHANGE : 0,
    requestSwap: options.targetedSwaps ? REQUEST_SWAP : 0,
    balanceMinutes: options.targetedSwaps === true && ix.H <= BALANCED_HORIZON,
  };
  const loose = anneal(ix, start, { deadline: options.looseUntil, random: options.random, ...budget });
  if (loose.grid) options.offer(loose.grid, loose.objective);
  const repaired = loose.final.map((row) => row.slice());
  // Repairing most of the rows would cost as much as constructing; then the fallback constructs.
  if (
    loose.broken.length <= Math.max(2, ix.E / 4) &&
    (await repairRows(
      ix,
      repaired,
      loose.broken,
      options.engine,
      performance.now() + Math.max(0, options.end - performance.now()) * REPAIR_SHARE,
      options.seed,
    ))
  )
    options.offer(repaired, gridObjective(ix, repaired));
  if (!options.incumbent() && !(await options.fallback())) return false;
  const tight = anneal(ix, options.incumbent()!, {
    deadline: Math.max(performance.now(), options.until),
    random: options.random,
    strict: true,
    heat: 0.1,
    ...budget,
  });
  if (tight.grid) options.offer(tight.grid, tight.objective);
  return true;
}
