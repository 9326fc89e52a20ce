// Phase 5 on two threads: this thread and the helper run the neighbourhood search in rounds, each
// from the same roster with its own seed; after every round both go on from the better of their two
// rosters. Internal to the solver.
import type { HelperReply } from './curtois-helper.js';
import { type Grid, type IndexedCurtois, gridObjective, provesOptimal } from './curtois-index.js';
import {
  type NeighbourhoodSearchOptions,
  type NeighbourhoodSearchResult,
  neighbourhoodSearch,
} from './curtois-neighbourhood-search.js';

/** Length of a round (ms): shorter phases get one round, the exchange at their end. */
export const SEARCH_ROUND_MS = 6000;

/** Rounds for a phase of `ms` milliseconds. */
export const searchRounds = (ms: number): number => Math.max(1, Math.round(ms / SEARCH_ROUND_MS));

/** One round of the helper's search: from `start` until `until` (this thread's performance.now()). */
export interface HelperRound {
  readonly start: Grid;
  readonly objective: number;
  readonly until: number;
  readonly maxIterations?: number;
}

/** Options of {@link searchInRounds}: those of this thread's search, and the exchange. */
export interface SearchRoundsOptions extends NeighbourhoodSearchOptions {
  /** Number of rounds, each an equal share of the time until `until` (1: one exchange at the end). */
  readonly rounds: number;
  /** Runs a round on the helper; its reply is undefined when the helper is gone. */
  readonly helper: (round: HelperRound) => Promise<HelperReply | undefined>;
  /** The latest performance.now() to wait for a helper's reply (the end of the whole solve). */
  readonly waitUntil: number;
  /** Called when the helper's roster of a round is strictly better than every roster before it. */
  readonly onHelperImprove?: (objective: number) => void;
}

/**
 * Runs the neighbourhood search on this thread and on the helper in `rounds` rounds. With
 * `maxIterations`, each thread's steps are split evenly over the rounds. Each thread's
 * neighbourhood size carries over from round to round. The helper's rosters are scored here (its
 * numbers are not trusted); when it stops answering, this thread goes on alone. `iterations`
 * counts this thread's steps.
 */
export async function searchInRounds(
  ix: IndexedCurtois,
  start: Grid,
  objective: number,
  options: SearchRoundsOptions,
): Promise<NeighbourhoodSearchResult> {
  const { rounds, until, waitUntil } = options;
  const begin = performance.now();
  let helper: SearchRoundsOptions['helper'] | undefined = options.helper;
  let roster = start;
  let best = objective;
  let iterations = 0;
  let target = options.target;
  for (let k = 0; k < rounds && !provesOptimal(options.bound, best); k++) {
    const roundEnd = k === rounds - 1 ? until : begin + ((until - begin) * (k + 1)) / rounds;
    if (roundEnd - performance.now() < 50) continue;
    const steps =
      options.maxIterations === undefined
        ? {}
        : { maxIterations: Math.ceil((options.maxIterations - iterations) / (rounds - k)) };
    const reply = helper?.({ start: roster, objective: best, until: roundEnd, ...steps });
    const own = await neighbourhoodSearch(ix, roster, best, {
      ...options,
      ...steps,
      ...(target !== undefined ? { target } : {}),
      until: roundEnd,
    });
    iterations += own.iterations;
    target = own.target;
    roster = own.roster;
    best = own.objective;
    if (!reply) continue;
    const answer = await settledBy(reply, waitUntil);
    if (!answer) {
      helper = undefined;
      continue;
    }
    if (!answer.grid) continue;
    const value = gridObjective(ix, answer.grid);
    if (value < best) {
      roster = answer.grid;
      best = value;
      options.onHelperImprove?.(value);
    }
  }
  return { roster, objective: best, iterations, target: target ?? 0 };
}

/** `answer`'s value if it settles before `deadline` (performance.now()), else undefined. */
async function settledBy<T>(answer: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - performance.now()));
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
