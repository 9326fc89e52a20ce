// The Curtois–Qu solver: which phases run on an instance, in what order and for how long (see
// `solveCurtoisQu`). The phases live in their own modules; this one holds the plan, its
// thresholds with the measurements behind them, and the incumbent the phases share.
import { highsEngine } from '../engine/highs-engine.js';
import { mulberry32 } from '../rng.js';
import { annealPhases } from './curtois-anneal-phases.js';
import { columnGenerationBound } from './curtois-columns.js';
import { WHOLE } from './curtois-dive.js';
import { HELPER_SEED_OFFSET, type Helper, startHelper } from './curtois-helper.js';
import { type Grid, emptyGrid, gridObjective, indexCurtois, provesOptimal } from './curtois-index.js';
import { curtoisInfeasibility } from './curtois-infeasibility.js';
import type { CurtoisInstance } from './curtois-instance.js';
import { lpCells } from './curtois-lp-guide.js';
import { type CurtoisScope, buildCurtoisModel } from './curtois-model.js';
import { LONG_HORIZON, neighbourhoodSearch } from './curtois-neighbourhood-search.js';
import { type PricingPool, startPricingPool } from './curtois-pricing.js';
import { pricingKind } from './curtois-row-program.js';
import { searchInRounds, searchRounds } from './curtois-search-rounds.js';
import { construct, employeeBinaries } from './curtois-search.js';
import { type Answer, explainInfeasible, finish, infeasible } from './curtois-solve-answer.js';
import type { CurtoisSolveOptions, CurtoisSolveResult } from './curtois-solve-options.js';

/** Instances up to this many binaries go to the monolithic MIP first. */
const MONOLITHIC_BINARIES = 2000;
/** Share of the budget for column generation on larger instances the dynamic program prices. */
const PRICED_SHARE = 0.6;
/**
 * Longest horizon where column generation runs with employees priced by labelling for
 * {@link PRICED_SHARE} of any budget, each dive node converged and the tree after it (8 and 10 of
 * the benchmark). Longer ones, up to 84 days (14, 17 and 18), get column generation only with a
 * budget of at least {@link POOLED_BUDGET_MS}: their roots converge in 15–30 s, and a dive whose
 * nodes converge takes as long again (with 85 % of a 60 s budget for column generation, 17 had
 * ended at 11589 against 5918 from the annealing).
 */
const LABELLED_HORIZON = 28;
/**
 * With two threads, labelled instances over 29 days up to this horizon (14 and 17) run column
 * generation with both threads pricing (curtois-pricing.ts), the full dive and the tree, until
 * {@link POOLED_SHARE} of the budget. Alone on the machine the root and the dive then reached 14's
 * optimum (1278) at 43 s and 17's (5746) at 21 s, against 78 s and 48 s on one thread.
 */
const POOLED_HORIZON = 56;
const POOLED_SHARE = 0.9;
/**
 * On one thread with a budget under {@link FULL_DIVE_BUDGET_MS}, and past {@link POOLED_HORIZON}
 * (18, 84 days; its fully converged dive found no roster in 150 s even with two threads), the
 * dive takes a shortcut instead: a node's column generation ends once the master's value has
 * fallen by no more than 0.2 % over two rounds. On one thread the dive alone then reached 1401 on
 * 14 at 30.6 s (the root converged at about 20 s), 5897 on 17 at 25.9 s and 5344 on 18 at 45.7 s;
 * with two threads 18's dive ended at 4736–5145 after 27–48 s. It may run until
 * {@link DIVE_SHARE} of the budget; no tree follows, and the annealing and the neighbourhood
 * search start from its roster. 60 s solves, seeds 1–3, before → after: one thread 14 1393 / 1406
 * / 1386 → 1294 on all three, 17 5924 / 6130 / 6011 → 5881 / 5867 / 5880, 18 5299 / 5450 / 5519 →
 * 4914 / 4809 / 5310; two threads 18 5309 / 5419 / 5205 → 4687 / 4478 / 4704.
 */
const DIVE_TAIL_OFF = { rounds: 2, share: 0.002 };
/**
 * The dives of that shortcut, in turn (see `dives` of curtois-columns.ts): first one that fixes
 * every column the master picks at least 0.8, then, while time is left, one that fixes whole
 * columns only; the better roster goes on. Each paces itself to the dive's end (curtois-dive.ts).
 * Dives alone from the converged root, one run each: 18 4924 against 5344 fixing whole columns
 * only, 14 1395 against 1401, 17 5981 against 5897 (there the second dive, from the master the
 * first left, did not find 5897 again).
 */
const DIVES = [0.8, WHOLE];
/**
 * Past {@link POOLED_HORIZON} on one thread with less than {@link FULL_DIVE_BUDGET_MS}, the root
 * ends too once its master's value has fallen by no more than 0.1 % over two rounds. 18's root
 * converged in 22–26 s and its dive took 17–19 s more, against the dive's end at 45 s: with the
 * same seed one solve ended at 4488 (the dive done at 41.5 s), another at 5217 (cut off). With the
 * tail-off the root ends after 53 rounds instead of 80 (its bound 4267 instead of 4417) and the
 * dive at 4866 after 33–37 s. With two threads both price the root, it converges sooner, and the
 * tail-off made 18 worse (4578 / 4997 / 4794 on seeds 1–3, against 4589 / 4591 / 4494 without it).
 */
const ROOT_TAIL_OFF = { rounds: 2, share: 0.001 };
const DIVE_SHARE = 0.75;
/**
 * With this budget or more, one thread runs the full dive and the tree on 14 and 17 as two threads
 * do: in 120 s on seed 1, 14 was proven at 1278 in 76 s and 17 at 5746 in 35.3 s, where the
 * shortcut ended at 1297 and 5869.
 */
const FULL_DIVE_BUDGET_MS = 120_000;
/** Shorter budgets keep the annealing: the pooled root of 14 alone takes about 15 s, 18's 17 s. */
const POOLED_BUDGET_MS = 60_000;
/** The root must converge within this share of the budget, else the annealing gets the rest. */
const POOLED_ROOT_SHARE = 0.5;
/** Instances up to this many binaries get an LP-relaxation bound. */
const LP_BOUND_BINARIES = 20_000;

/**
 * Solves a Curtois–Qu instance in phases:
 * 1. small instances (up to 2000 binaries): the exact MIP with HiGHS for a tenth of the budget
 *    (at least 5 s, up to a quarter; instances 1 and 2 end here, proven optimal), then column
 *    generation: a Dantzig–Wolfe lower bound (one legal row per employee, priced against the cover
 *    duals) and the integer master over the rows it priced. Where the dense dynamic program over
 *    the days prices every employee (3–7), column generation converges in seconds, a dive from its
 *    root finds a roster and branch-and-price searches below it until a fifth of the budget (3
 *    and 4 end here, proven); the annealing (phases 2–4) then runs until half of the budget, and
 *    branch-and-price again, against the best roster, until the end (in 60 s it proves 6 optimal
 *    on every seed measured, and 5 and 7 on most, at 37–52 s; with two threads both price this
 *    tree, and 5 and 7 were proven on every seed measured, at 33–54 s). Where labelling prices some
 *    employee, column generation runs until half of the budget (under 60 s 30 % unless it is near
 *    converging; three quarters while it is close to converging), and time it leaves before that
 *    end goes back to the exact MIP. Larger instances where the dense dynamic program prices every
 *    employee (9, 11, 12 and 16), or labelling some of them on horizons up to four weeks (8 and
 *    10), get the same column generation, dive and branch-and-price until 60 % of the budget (10,
 *    11 and 16 end here, proven). With at least 60 s, labelled instances over 29–84 days (14, 17
 *    and 18) get column generation too (the root must converge by half of the budget): with two
 *    threads and up to 56 days both threads price, and the dive and the tree run until 90 % of
 *    the budget (alone on the machine 14 and 17 were proven optimal in 27–47 s), as on one thread
 *    with two minutes or more; on one thread with less, and on 18, the dive's nodes end once the
 *    master's value stalls (on 18 on one thread under two minutes, the root's too), two dives may run in turn
 *    until 75 % of the budget, pacing themselves to it, and the annealing and the neighbourhood
 *    search go on from the better roster. The other larger instances get an LP-relaxation
 *    bound;
 * 2. simulated annealing across infeasible rosters (hard rules as an adaptive penalty) from an
 *    empty roster, or on long horizons from a group-by-group MIP construction;
 * 3. the rows of its end point that break a hard rule are repaired one by one as exact
 *    single-employee MIPs (every hard rule of the benchmark belongs to one employee);
 * 4. simulated annealing inside the feasible region;
 * 5. large-neighbourhood search: a few employees, or everyone over a window of days, re-optimised
 *    as HiGHS sub-MIPs with the rest of the roster fixed (small instances without branch-and-price
 *    instead get the exact MIP again for the last tenth of the budget, warm-started from the best
 *    roster).
 * Random choices come from a generator seeded with `seed`; with `maxIterations` (and
 * `annealMoves`) a run does not depend on machine speed, except through sub-MIP time limits.
 * Every returned roster is checked by {@link verifyCurtoisSolution}; a roster with a hard
 * violation is never returned (that would be a bug and throws).
 *
 * @example
 * ```ts
 * const instance = readCurtoisInstance(readFileSync('Instance1.txt', 'utf8'));
 * const result = await solveCurtoisQu(instance, { timeLimitSeconds: 10, seed: 1 });
 * result.objective; // 607
 * writeCurtoisSolution(result.assignments, instance);
 * ```
 * @since 0.1.0
 */
export async function solveCurtoisQu(
  instance: CurtoisInstance,
  options: CurtoisSolveOptions = {},
): Promise<CurtoisSolveResult> {
  const portfolio: Portfolio = { helped: false };
  try {
    const result = await solveWith(instance, options, portfolio);
    return { ...result, threads: portfolio.helped ? 2 : 1 };
  } finally {
    portfolio.helper?.stop();
  }
}

/** The helper of a solve, if one was started, and whether it answered. */
interface Portfolio {
  helper?: Helper | undefined;
  helped: boolean;
}

async function solveWith(
  instance: CurtoisInstance,
  options: CurtoisSolveOptions,
  portfolio: Portfolio,
): Promise<Answer> {
  const started = performance.now();
  const budgetMs = (options.timeLimitSeconds ?? 60) * 1000;
  const elapsed = () => performance.now() - started;
  const remaining = () => Math.max(0, budgetMs - elapsed()) / 1000;
  const engine = options.engine ?? highsEngine();
  const random = mulberry32(options.seed ?? 1);
  const ix = indexCurtois(instance);
  const progress = (phase: string, best?: number, bound?: number) =>
    options.onProgress?.({
      phase,
      elapsedMs: elapsed(),
      ...(best !== undefined ? { bestObjective: best } : {}),
      ...(bound !== undefined ? { bound } : {}),
    });
  const perEmployee = ix.instance.staff.map((_, e) => employeeBinaries(ix, e, 0, ix.H));
  const totalBinaries = perEmployee.reduce((a, b) => a + b, 0);
  const mode = options.monolithic ?? 'auto';
  const contradictions = curtoisInfeasibility(instance);
  if (contradictions.length > 0) return infeasible(contradictions, started);

  let grid: Grid | undefined;
  let best = Number.POSITIVE_INFINITY;
  let bound: number | undefined;
  let method: CurtoisSolveResult['method'] = 'anneal';
  const everyone = ix.instance.staff.map((_, e) => e);
  const full: CurtoisScope = { employees: everyone, from: 0, to: ix.H };

  const small = mode === 'auto' && totalBinaries <= MONOLITHIC_BINARIES;
  /** The monolithic MIP, optionally from a MIP start; updates the incumbent and the bound. */
  const monolithicRun = async (share: number, start?: Grid) => {
    const mip = buildCurtoisModel(ix, emptyGrid(ix), full);
    progress('mip', Number.isFinite(best) ? best : undefined, bound);
    const result = await engine.solve(mip.model, {
      timeLimitSeconds: remaining() * share,
      mipGap: 0,
      randomSeed: options.seed ?? 1,
      ...(start ? { warmStart: mip.encode(start) } : {}),
    });
    if (result.bound !== undefined)
      bound = Math.max(bound ?? Number.NEGATIVE_INFINITY, result.bound + mip.constant);
    if (result.status === 'optimal' || result.status === 'feasible') {
      const candidate = emptyGrid(ix);
      mip.decode(result.values, candidate);
      const value = gridObjective(ix, candidate);
      if (value < best) {
        grid = candidate;
        best = value;
        method = 'mip';
      }
      if (result.status === 'optimal') bound = value;
      progress('mip', best, bound);
    }
    return result.status;
  };

  const proven = () => provesOptimal(bound, best);
  // Column generation's usual end (ms) where the single-employee MIP prices: under 60 s it gives
  // way to the annealing sooner unless its bound is near (half of the budget) or close (three
  // quarters).
  const columnsEnd = budgetMs * (budgetMs >= 60_000 ? 0.5 : 0.3);
  /**
   * Column generation (small instances): a Dantzig–Wolfe bound, much stronger than the compact
   * model's LP, until `columnsEnd` (half of the budget while the bound is within 5 % of the
   * master LP, three quarters while within 1 %, close to converging), then the integer master
   * over the rows it priced for 5 % (it often finds the optimum where the bound closes the gap).
   * `long` gives a second pricing thread, the root's own deadline, and whether the dive takes its
   * shortcut and no tree follows (see DIVE_SHARE).
   */
  const columnPhase = async (
    branchUntil?: number,
    integerMs = budgetMs * 0.05,
    long?: { pool?: PricingPool | undefined; rootUntil?: number; diveOnly?: boolean; rootTailOff?: boolean },
  ) => {
    progress('columns', Number.isFinite(best) ? best : undefined, bound);
    const rootUntil = long?.rootUntil ?? branchUntil;
    const columns = await columnGenerationBound(ix, {
      ...(grid ? { start: grid } : {}),
      boundUntil: rootUntil ?? started + columnsEnd,
      nearUntil: rootUntil ?? started + budgetMs * 0.5,
      closeUntil: rootUntil ?? started + budgetMs * 0.75,
      ...(long?.pool ? { pool: long.pool } : {}),
      ...(long?.diveOnly ? { search: 'dive' as const, diveTailOff: DIVE_TAIL_OFF, dives: DIVES } : {}),
      ...(long?.rootTailOff ? { rootTailOff: ROOT_TAIL_OFF } : {}),
      ...(branchUntil !== undefined ? { branchUntil } : {}),
      integerMs,
      ...(Number.isFinite(best) ? { target: best } : {}),
      onBound: (value) => progress('columns', Number.isFinite(best) ? best : undefined, value),
      onImprove: (value) => progress('columns', Math.min(value, best), bound),
    });
    if (columns.bound !== undefined) bound = Math.max(bound ?? Number.NEGATIVE_INFINITY, columns.bound);
    if (columns.grid) {
      const value = gridObjective(ix, columns.grid);
      if (value < best) {
        grid = columns.grid;
        best = value;
        method = 'columns';
      }
    }
    progress('columns', Number.isFinite(best) ? best : undefined, bound);
  };

  // With more threads, a helper runs the annealing phases with another seed (deadlines go to it
  // as wall-clock times: each thread has its own performance.now() origin).
  const annealMoves = options.annealMoves ?? (options.maxIterations !== undefined ? 100_000 : undefined);
  // Small instances anneal until 90 % of the budget (the exact MIP gets the rest); the others
  // until 70 % of what is left after the LP bound (large-neighbourhood search gets the rest).
  const annealShare = 0.7;
  // Where the dynamic program prices every employee (3–7), column generation converges in seconds
  // and branch-and-price proves optimality from a good roster. It runs first until a fifth of the
  // budget (3 and 4 end there), then the annealing until half of it, then branch-and-price again
  // from the best roster until the end.
  const exact = small && !options.engine && pricingKind(ix) === 'table';
  const smallAnnealEnd = budgetMs * (exact ? 0.5 : 0.9);
  const helping = (options.threads ?? 1) > 1 && !options.engine && mode !== 'only';
  /**
   * The annealing exchanges weekends and grants requests by swaps from an empty roster on the
   * larger instances (13, 15 and 19 of the benchmark): the weekend exchange from column
   * generation's roster was worse on 18, and on the small ones the annealing's roster is the final
   * tree's start (7 then went unproven on one of three seeds).
   */
  const targetedSwaps = (start: Grid) => !small && start.every((row) => row.every((v) => v < 0));
  /** Starts the helper from `start`; it anneals until `until` (milliseconds after the start). */
  const wallClock = (t: number) => Date.now() + (t - performance.now());
  const launchHelper = (start: Grid, until: number) => {
    portfolio.helper = startHelper({
      instance,
      start,
      targetedSwaps: targetedSwaps(start),
      seed: (options.seed ?? 1) + HELPER_SEED_OFFSET,
      looseUntil: wallClock(started + (elapsed() + until) / 2),
      until: wallClock(started + until),
      end: wallClock(started + budgetMs),
      ...(annealMoves !== undefined ? { annealMoves } : {}),
    });
  };
  const pricing =
    mode === 'auto' && !small && !options.engine && ix.H <= LONG_HORIZON ? pricingKind(ix) : undefined;
  // Labelled instances over 29–84 days (14, 17 and 18 of the benchmark) get column generation
  // before the annealing when the budget is a minute or more (see POOLED_HORIZON and DIVE_SHARE).
  const longColumns = pricing === 'labels' && ix.H > LABELLED_HORIZON && budgetMs >= POOLED_BUDGET_MS;
  // It starts at once from an empty roster while this thread runs the exact MIP or the LP bound,
  // and stops no later than this thread's annealing (that starts at the share of what is left).
  // Long horizons start from the construction, so there the helper starts with this thread; where
  // both threads price, it starts after column generation.
  if (helping && ix.H <= LONG_HORIZON && !longColumns)
    launchHelper(emptyGrid(ix), small ? smallAnnealEnd : budgetMs * annealShare);

  if (mode === 'only') {
    const status = await monolithicRun(1);
    if (status === 'infeasible') return infeasible(await explainInfeasible(ix, engine, remaining), started);
    return finish(ix, grid, best, bound, 0, method, started);
  }
  if (small) {
    // Easy instances are solved outright by a short exact run (a tenth of the budget, at least
    // 5 s up to a quarter: 1* needs 2.4–3.7 s); the others get its incumbent.
    const status = await monolithicRun(Math.min(0.25, Math.max(0.1, 5 / remaining())));
    if (status === 'infeasible') return infeasible(await explainInfeasible(ix, engine, remaining), started);
    if (status === 'optimal') return finish(ix, grid, best, bound, 0, method, started);
    if (!options.engine) await columnPhase(exact ? started + budgetMs * 0.2 : undefined);
    // Time column generation did not need (it converged without a proof: on 1* its bound is 558
    // against 607) goes back to the exact MIP, from the best roster.
    const left = columnsEnd - elapsed();
    if (!exact && !proven() && left > 1000) await monolithicRun(left / 1000 / remaining(), grid);
    if (proven()) return finish(ix, grid, best, bound, 0, method, started);
  }
  // Larger instances whose employees the dynamic program all prices with dense tables (9, 11, 12
  // and 16 of the benchmark), or partly by labelling on horizons up to four weeks (8 and 10), start
  // with column generation: its root converges in about 2 s (9, 11, 16), 5–8 s (8, 10) or 15 s
  // (12), at the best known values of 10, 11 and 12 and within a point of 16's, and a dive from
  // it, then branch-and-price, find rosters there that the annealing does not (Instance16: 3225,
  // proven, against a median of 3635; Instance10 proven at 4631). Until 60 % of the budget; the
  // annealing and the large-neighbourhood search then start from its roster.
  if (pricing === 'table' || (pricing === 'labels' && ix.H <= LABELLED_HORIZON)) {
    await columnPhase(started + budgetMs * PRICED_SHARE, budgetMs * 0.05);
    if (proven()) return finish(ix, grid, best, bound, 0, method, started);
  }
  // With two threads both price (see POOLED_HORIZON).
  const pool = longColumns && helping ? startPricingPool(instance) : undefined;
  if (longColumns) {
    // The full dive and the tree up to 56 days where two threads price or the budget is two
    // minutes or more, else the dive's shortcut.
    const diveOnly = (!pool && budgetMs < FULL_DIVE_BUDGET_MS) || ix.H > POOLED_HORIZON;
    try {
      await columnPhase(started + budgetMs * (diveOnly ? DIVE_SHARE : POOLED_SHARE), budgetMs * 0.02, {
        pool,
        rootUntil: started + budgetMs * POOLED_ROOT_SHARE,
        diveOnly,
        rootTailOff: !pool && ix.H > POOLED_HORIZON && budgetMs < FULL_DIVE_BUDGET_MS,
      });
    } finally {
      pool?.stop();
    }
    if (pool?.answered) portfolio.helped = true;
    if (proven()) return finish(ix, grid, best, bound, 0, method, started);
  }
  /** The LP relaxation's cell values, when it finished: they guide the neighbourhood search. */
  let lp: Float64Array | undefined;
  if (!small && bound === undefined && totalBinaries <= LP_BOUND_BINARIES) {
    const mip = buildCurtoisModel(ix, emptyGrid(ix), full);
    progress('lp-bound');
    const result = await engine.solve(mip.model, {
      timeLimitSeconds: Math.min(30, remaining() * 0.15),
      relaxation: true,
      lpAlgorithm: 'ipm',
    });
    if (result.status === 'optimal' && result.objective !== undefined) {
      bound = result.objective + mip.constant;
      lp = lpCells(ix, result.values);
    }
    progress('lp-bound', undefined, bound);
  }

  // Simulated annealing: first across infeasible rosters (hard rules as an adaptive penalty), its
  // end point repaired row by row with exact single-employee MIPs, then inside the feasible region.
  const annealEnd = small ? smallAnnealEnd : elapsed() + (budgetMs - elapsed()) * annealShare;
  const offer = (candidate: Grid | undefined, value: number) => {
    if (candidate && value < best) {
      grid = candidate.map((row) => row.slice());
      best = value;
      method = 'anneal';
      progress('anneal', best, bound);
    }
  };
  /**
   * The group-by-group MIP construction, offered as a roster; returns the solve's answer when it
   * ends the solve (an infeasible employee, or no roster in time), else undefined.
   */
  const constructed = async (): Promise<Answer | undefined> => {
    progress('construction');
    const built = await construct(ix, engine, random, perEmployee, remaining, options.seed ?? 1);
    if (!built) return finish(ix, undefined, best, bound, 0, method, started);
    if ('explanation' in built) return infeasible(built.explanation, started);
    offer(built.grid, gridObjective(ix, built.grid));
    return undefined;
  };
  // Long horizons: the annealer finds no feasible roster from an empty one in time, so it starts
  // from the construction's feasible roster instead.
  if (!grid && ix.H > LONG_HORIZON) {
    const stop = await constructed();
    if (stop) return stop;
  }
  // Small instances also anneal from an empty roster, not from phase 1's: on Instance5 the
  // annealer stayed stuck near the integer master's roster (1240 against 1148–1167 from empty).
  const start = (small ? undefined : grid) ?? emptyGrid(ix);
  const looseUntil = started + (elapsed() + annealEnd) / 2;
  if (helping && !portfolio.helper) launchHelper(start, annealEnd);
  progress('anneal', Number.isFinite(best) ? best : undefined, bound);
  let stop: Answer | undefined;
  await annealPhases(ix, start, {
    looseUntil,
    until: started + annealEnd,
    end: started + budgetMs,
    random,
    seed: options.seed ?? 1,
    engine,
    ...(annealMoves !== undefined ? { annealMoves } : {}),
    targetedSwaps: targetedSwaps(start),
    offer,
    incumbent: () => grid,
    fallback: async () => {
      stop = await constructed();
      return stop === undefined;
    },
  });
  if (stop) return stop;
  if (portfolio.helper) {
    const reply = await portfolio.helper.result;
    if (reply) {
      portfolio.helped = true;
      // Scored here again: the worker's roster is data, its number is not trusted.
      if (reply.grid) offer(reply.grid, gridObjective(ix, reply.grid));
    }
  }
  if (exact) {
    // Column generation again from the best roster, and branch-and-price against it until the end
    // (with two threads, both pricing).
    portfolio.helper?.stop();
    const pool = helping ? startPricingPool(instance) : undefined;
    try {
      await columnPhase(started + budgetMs - 300, 0, pool ? { pool } : undefined);
    } finally {
      pool?.stop();
    }
    return finish(ix, grid, best, bound, 0, method, started);
  }

  // Large-neighbourhood search until 300 ms before the end; small instances skip it and give the
  // rest of the budget to the exact MIP started from the best roster (it proves optimality or
  // improves the roster and the bound). Where the LP relaxation finished, 7 in 10 neighbourhoods
  // free the window and employees that disagree most with it (curtois-neighbourhood-search.ts).
  const lnsEnd = small ? 0 : budgetMs - 300;
  const searchOptions = {
    budgetMs,
    ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
    ...(lp ? { lp } : {}),
    ...(bound !== undefined ? { bound } : {}),
  };
  const own = {
    ...searchOptions,
    engine,
    random,
    seed: options.seed ?? 1,
    until: started + lnsEnd,
    onImprove: (value: number) => {
      method = 'lns';
      progress('lns', value, bound);
    },
  };
  // With a helper, it runs the same search with its own seed, in rounds from the better roster of
  // the two threads (curtois-search-rounds.ts); otherwise its core would be idle until the end.
  const helper = portfolio.helper && lnsEnd - elapsed() > 1000 ? portfolio.helper : undefined;
  if (!helper) portfolio.helper?.stop();
  const searched = helper
    ? await searchInRounds(ix, grid!, best, {
        ...own,
        rounds: searchRounds(lnsEnd - elapsed()),
        helper: (round) => helper.search({ ...searchOptions, ...round, until: wallClock(round.until) }),
        waitUntil: started + budgetMs,
        onHelperImprove: (value) => {
          method = 'lns';
          progress('lns-helper', value, bound);
        },
      })
    : await neighbourhoodSearch(ix, grid!, best, own);
  const iterations = searched.iterations;
  best = searched.objective;
  grid = searched.roster;
  if (small && !proven() && remaining() > 0.5) {
    const before = best;
    await monolithicRun(1, grid);
    if (best < before) method = 'mip';
  }
  return finish(ix, grid, best, bound, iterations, method, started);
}
