// The options and the result of the Curtois–Qu solver (solve-curtois-qu.ts), on their own so that
// callers and the solver's phases can name them without the solver itself.
import type { MipEngine } from '../engine/mip-model.js';
import type { CurtoisInfeasibility } from './curtois-infeasibility.js';
import type { CurtoisAssignment } from './curtois-instance.js';

/**
 * Options of {@link solveCurtoisQu}.
 *
 * @example
 * ```ts
 * const options: CurtoisSolveOptions = { timeLimitSeconds: 60, seed: 1, onProgress: (p) => console.log(p.phase) };
 * ```
 * @since 0.1.0
 */
export interface CurtoisSolveOptions {
  /** Wall-clock budget in seconds (default 60). */
  readonly timeLimitSeconds?: number;
  /** Seed of the neighbourhood choices (default 1). */
  readonly seed?: number;
  readonly onProgress?: (p: {
    phase: string;
    elapsedMs: number;
    bestObjective?: number;
    bound?: number;
  }) => void;
  /** MIP engine (default HiGHS). */
  readonly engine?: MipEngine;
  /**
   * `auto` (default): the monolithic MIP first when the instance is small, then large-neighbourhood
   * search; `never`: construction and large-neighbourhood search only; `only`: the monolithic MIP
   * with the whole budget and nothing else (for benchmarks).
   */
  readonly monolithic?: 'auto' | 'never' | 'only';
  /** Stop after this many neighbourhood iterations (makes runs reproducible independent of speed). */
  readonly maxIterations?: number;
  /**
   * Moves of each simulated-annealing phase instead of a share of the time; with `maxIterations`
   * it defaults to 100 000, so that a run does not depend on machine speed.
   */
  readonly annealMoves?: number;
  /**
   * Annealers run in parallel (default 1). With 2 (more count as 2), a helper in a worker
   * thread runs the annealing phases with another seed and the better roster is kept; on
   * instances that get the large-neighbourhood search it then runs that search too, with its own
   * seed, in rounds of about 6 s: each round both threads start from the better roster of the
   * round before (progress phase `lns-helper` when the helper's roster is the better one). With
   * `maxIterations`, each thread's steps are split over the rounds. On instances where labelling
   * prices some employee over a horizon of 29–84 days (14, 17 and 18 of the benchmark) and the
   * budget is at least 60 s, a worker first prices column generation's rows beside the solver's thread
   * (the helper then anneals only after it; see `solveCurtoisQu`), and on small instances that
   * end in branch-and-price (3–7) a worker prices beside the final tree. Helpers need the built
   * package (from TypeScript sources the solver runs on one thread) and the default engine;
   * `CurtoisSolveResult.threads` says how many ran.
   */
  readonly threads?: number;
}

/**
 * Result of {@link solveCurtoisQu}.
 *
 * @example
 * ```ts
 * const result: CurtoisSolveResult = await solveCurtoisQu(instance, { timeLimitSeconds: 10 });
 * if (result.status === 'infeasible') console.log(result.explanation);
 * ```
 * @since 0.1.0
 */
export interface CurtoisSolveResult {
  /**
   * `optimal`: proven (objective equals the bound); `feasible`: verified solution; `infeasible`:
   * the hard constraints contradict each other (see `explanation`); `timeout`: none found in time.
   */
  readonly status: 'optimal' | 'feasible' | 'infeasible' | 'timeout';
  /** Why the instance is infeasible (status `infeasible`). */
  readonly explanation?: readonly CurtoisInfeasibility[];
  readonly assignments: CurtoisAssignment[];
  readonly objective: number;
  /** A proven lower bound on the objective (MIP dual bound or LP relaxation), when computed. */
  readonly lowerBound?: number;
  readonly elapsedMs: number;
  readonly iterations: number;
  /**
   * What found the returned roster last: `mip` (the monolithic MIP), `anneal` (simulated annealing,
   * possibly with exact row repair or the construction), `columns` (the integer master of column
   * generation, its dive, or branch-and-price), `lns` (a large-neighbourhood sub-MIP).
   */
  readonly method: 'mip' | 'anneal' | 'columns' | 'lns';
  /** Threads that worked (1, or 2 when a helper or a pricing worker answered; see `threads` of the options). */
  readonly threads: number;
}
