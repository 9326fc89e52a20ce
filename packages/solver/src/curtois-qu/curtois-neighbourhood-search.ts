// Phase 5 of the Curtois–Qu solver: large-neighbourhood search. Each step frees a scope of the
// roster (everyone over a short window, or a few employees over a longer span; see
// `neighbourhood`) and re-optimises it as a HiGHS sub-MIP with the rest fixed, warm-started from
// the current roster, so a step never makes the roster worse. The main thread and the helper
// thread both run it. Internal to the solver.
import type { MipEngine } from '../engine/mip-model.js';
import { type Grid, type IndexedCurtois, gridObjective, provesOptimal } from './curtois-index.js';
import { buildCurtoisModel } from './curtois-model.js';
import { employeeBinaries, neighbourhood } from './curtois-search.js';

/**
 * Horizons longer than this (days): the annealer starts from the construction, and the search also
 * frees fewer employees over longer spans (on 8 and 13–19 the short windows alone did better).
 */
export const LONG_HORIZON = 84;

/** Options of {@link neighbourhoodSearch}. */
export interface NeighbourhoodSearchOptions {
  readonly engine: MipEngine;
  readonly random: () => number;
  /** HiGHS's random seed for the sub-MIPs. */
  readonly seed: number;
  /** performance.now() at which to stop. */
  readonly until: number;
  /** The whole solve's budget (ms): a wide neighbourhood may take a fifteenth of it (1–5 s). */
  readonly budgetMs: number;
  /** Stop after this many steps (default: only the clock). */
  readonly maxIterations?: number;
  /** The LP relaxation's cell values (`lpCells`): 7 in 10 steps free where the roster disagrees. */
  readonly lp?: Float64Array;
  /** A lower bound: the search stops once the roster reaches it (proven optimal). */
  readonly bound?: number;
  /** Called with each strictly better objective. */
  readonly onImprove?: (objective: number) => void;
  /** The neighbourhood size (binaries) to start from: the `target` a previous search ended with. */
  readonly target?: number;
}

/** Result of {@link neighbourhoodSearch}. */
export interface NeighbourhoodSearchResult {
  /** The final roster (the start when no step helped); never worse than the start. */
  readonly roster: Grid;
  readonly objective: number;
  readonly iterations: number;
  /** The neighbourhood size (binaries) the search ended with. */
  readonly target: number;
}

/**
 * Runs the large-neighbourhood search from `start` (a roster without hard violations, with
 * objective `objective`) until `until`. The neighbourhood size adapts: it grows by a tenth after a
 * sub-MIP proven in under a quarter of its time limit and shrinks by a fifth after one that was not
 * proven. Equal rosters are accepted, so the search can drift across plateaus.
 */
export async function neighbourhoodSearch(
  ix: IndexedCurtois,
  start: Grid,
  objective: number,
  options: NeighbourhoodSearchOptions,
): Promise<NeighbourhoodSearchResult> {
  const { engine, random, lp, until } = options;
  const perEmployee = ix.instance.staff.map((_, e) => employeeBinaries(ix, e, 0, ix.H));
  const totalBinaries = perEmployee.reduce((a, b) => a + b, 0);
  let roster = start;
  let best = objective;
  let iterations = 0;
  let target = options.target ?? Math.max(100, Math.min(600, totalBinaries / 3));
  const maxTarget = Math.max(100, Math.min(20_000, totalBinaries * 0.6));
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  while (iterations < maxIterations && performance.now() < until && !provesOptimal(options.bound, best)) {
    iterations++;
    const scope = neighbourhood(ix, random, perEmployee, target, {
      longShare: ix.H > LONG_HORIZON ? 0.15 : 0,
      ...(lp ? { guide: { lp, roster } } : {}),
    });
    const mip = buildCurtoisModel(ix, roster, scope);
    // Everyone-over-a-short-window neighbourhoods solve fast; the others get a short leash.
    const wide = scope.employees.length === ix.E;
    const cap = Math.min(
      (until - performance.now()) / 1000,
      wide ? Math.max(1, Math.min(5, options.budgetMs / 1000 / 15)) : 1,
    );
    if (cap <= 0.05) break;
    const result = await engine.solve(mip.model, {
      timeLimitSeconds: cap,
      mipGap: 0,
      warmStart: mip.encode(roster),
      randomSeed: options.seed,
    });
    if (result.status === 'optimal' || result.status === 'feasible') {
      const candidate: Grid = roster.map((row) => row.slice());
      mip.decode(result.values, candidate);
      const value = gridObjective(ix, candidate);
      if (value <= best) {
        if (value < best) options.onImprove?.(value);
        roster = candidate;
        best = value;
      }
    }
    if (result.status === 'optimal' && result.elapsedMs < cap * 250)
      target = Math.min(maxTarget, target * 1.1);
    else if (result.status !== 'optimal') target = Math.max(60, target * 0.8);
  }
  return { roster, objective: best, iterations, target };
}
