// A column-generation (Dantzig–Wolfe) lower bound for Curtois–Qu instances. Every hard rule of
// the benchmark belongs to one employee, so the problem splits into one "pick a legal roster row"
// problem per employee, linked only by the soft cover. The master LP picks a convex combination
// of known rows per employee (curtois-master.ts); each employee's pricing problem, "the cheapest
// legal row under the cover duals", is solved by the dynamic program over the days
// (curtois-row-program.ts): a dense table, or labelling where the table would be too large.
// The bound is the Lagrangian bound of each round, valid before the LP converges, and far
// stronger than the compact model's LP relaxation (on Instance5 the compact bound is about 800
// against an optimum of 1143). From a converged root, branch-and-price (curtois-branch-price.ts)
// can prove a roster optimal. Internal to the solver.
import { loadHighs } from '../engine/highs-engine.js';
import { branchAndPrice } from './curtois-branch-price.js';
import { WHOLE, dive } from './curtois-dive.js';
import { type Grid, type IndexedCurtois, gridObjective, provesOptimal } from './curtois-index.js';
import { type Duals, Master, type TailOff, lagrangianBase, stalled } from './curtois-master.js';
import { type PricingPool, priceEmployees } from './curtois-pricing.js';
import { LabelsExhausted } from './curtois-row-labels.js';
import { rowProgram } from './curtois-row-program.js';

/** Outcome of {@link columnGenerationBound}. */
export interface ColumnBound {
  /** The best proven lower bound on the objective, when a round finished. */
  readonly bound?: number;
  /** Pricing rounds completed. */
  readonly rounds: number;
  /** Branch-and-price nodes solved (0 when it did not run). */
  readonly nodes: number;
  /** Roster rows in the master at the end. */
  readonly columns: number;
  /** True when no row with negative reduced cost was left (the bound is the master's optimum). */
  readonly converged: boolean;
  /**
   * The best roster found below the converged root (the dive or branch-and-price) or, without one,
   * built from the master's rows by the integer master (one known row per employee) when
   * `integerMs` was enough; every row is a legal row of its employee, found by pricing or given
   * in `start`.
   */
  readonly grid?: Grid;
}

/** Options of {@link columnGenerationBound}. */
export interface ColumnBoundOptions {
  /** A legal roster whose rows start the master and the integer master (optional). */
  readonly start?: Grid;
  /** performance.now() time to stop pricing at. */
  readonly boundUntil: number;
  /**
   * A later time to stop pricing at while the bound is within 5 % of the master LP's value
   * (column generation is near converging).
   */
  readonly nearUntil?: number;
  /** A later time still while the bound is within 1 % of the master LP's value. */
  readonly closeUntil?: number;
  /**
   * performance.now() time until which a dive (curtois-dive.ts) and then branch-and-price may
   * search below the converged root, when every employee is priced by the dynamic program (they
   * find rosters cheaper than `target`, and the tree proves the best one optimal when it
   * finishes). Without it both are skipped.
   */
  readonly branchUntil?: number;
  /** What runs below the root until `branchUntil`: the dive then the tree (default), or one alone. */
  readonly search?: 'both' | 'dive' | 'tree';
  /** The dive's nodes end when their master stalls (see curtois-dive.ts), not at convergence. */
  readonly diveTailOff?: TailOff | undefined;
  /**
   * The root also ends once the master's value stalls (as a dive's node does with `diveTailOff`):
   * the dive then starts sooner, from a master that is nearly, not quite, optimal, and the bound
   * is the last round's Lagrangian bound.
   */
  readonly rootTailOff?: TailOff | undefined;
  /**
   * The dives to run in turn, each the share of a column at which the dive fixes it (`fixAt` of
   * curtois-dive.ts); each after the first only while the time left before `branchUntil` is a
   * fifth more than the last dive took. Default: one dive that fixes whole columns.
   */
  readonly dives?: readonly number[];
  /** Milliseconds for the integer master once pricing stops. */
  readonly integerMs: number;
  /** Stop as soon as the bound proves this objective optimal (integer objectives). */
  readonly target?: number;
  readonly onBound?: (bound: number) => void;
  /** Called with each cheaper roster branch-and-price finds. */
  readonly onImprove?: (objective: number) => void;
  /**
   * A second thread that prices beside this one, at the root, in the dive and in the tree;
   * without it every employee is priced here.
   */
  readonly pool?: PricingPool | undefined;
}

const EPS = 1e-6;
/** A bound within these shares of the master's value gets `nearUntil` and `closeUntil`. */
const NEAR = 0.05;
const CLOSE = 0.01;

/**
 * Runs column generation until it converges, proves `target`, or reaches `boundUntil`, and
 * returns the best Lagrangian bound found: Σ duals·requirements + Σ each employee's cheapest
 * reduced-cost row + the constant of on-requests (or a lower bound on that row where labelling
 * only shows that no row has a negative reduced cost), so each round's bound is valid on its own.
 * Then, for `integerMs`,
 * the master with integer row choices (price-and-branch) looks for a roster from the rows found,
 * started from `start`.
 */
export async function columnGenerationBound(
  ix: IndexedCurtois,
  options: ColumnBoundOptions,
): Promise<ColumnBound> {
  const highs = await loadHighs();
  const programs = ix.instance.staff.map((_, e) => rowProgram(ix, e));
  const master = new Master(highs, ix);
  try {
    if (options.start) for (let e = 0; e < ix.E; e++) master.add(e, options.start[e]!);
    const onConstant = ix.onWeight.reduce((a, b) => a + b, 0);
    let bound: number | undefined;
    let rounds = 0;
    let converged = false;
    /**
     * Prices every employee at cover duals `at`; adds the rows that are cheap at the master's own
     * duals (all rows before the first master). Returns the rows added, or undefined out of time.
     */
    const round = async (at: Float64Array, duals?: Duals): Promise<number | undefined> => {
      let lagrangian = lagrangianBase(ix, onConstant, at);
      let added = 0;
      // At the master's own duals only rows with negative reduced cost matter (labelling prunes
      // by that); at a smoothed point the exact cheapest row is needed for the bound.
      const exactDuals = duals !== undefined && smoothing === 0;
      const requests = programs.map((_, e) => ({
        e,
        below: exactDuals ? duals.convexity[e]! - EPS : undefined,
      }));
      const priced = await priceEmployees(ix, programs, options.pool, at, requests, until());
      if (!priced) return undefined;
      for (let e = 0; e < ix.E; e++) {
        // No legal row at all ends the bound as time would (the instance's own check finds it).
        const found = priced[e];
        if (!found) return undefined;
        lagrangian += found.value;
        const { row } = found;
        if (row && (!duals || master.reducedCost(e, row, duals) < -EPS) && master.add(e, row)) added++;
      }
      rounds++;
      if (bound === undefined || lagrangian > bound) {
        bound = lagrangian;
        centre = at;
        options.onBound?.(bound);
      }
      return added;
    };
    /** The master LP's value (with the on-request constant): the bound converges to it. */
    let masterValue = Number.POSITIVE_INFINITY;
    /** The master's value in each round (for `rootTailOff`). */
    const values: number[] = [];
    /** When pricing stops: later while the bound is near the master's value (converging). */
    const until = () => {
      const within = (share: number) =>
        bound !== undefined && bound >= masterValue - share * Math.abs(masterValue);
      if (options.closeUntil !== undefined && within(CLOSE)) return options.closeUntil;
      if (options.nearUntil !== undefined && within(NEAR)) return options.nearUntil;
      return options.boundUntil;
    };
    const proves = () => options.target !== undefined && provesOptimal(bound, options.target);
    // Stabilisation (Wentges smoothing): price at a point between the duals of the best bound so
    // far (the centre) and the master's. Zero duals are the first centre, and the first round
    // prices there alone (it also gives every employee a first row). The compact LP's duals were
    // the first centre before: on Instance12 that LP took 11 s, and the root converges in 15 s
    // without it (in 1.2 s on 11, against 4.9 s with it).
    let centre: Float64Array = new Float64Array(ix.H * ix.S);
    // Labelling prices much faster at the master's own duals (it prunes every label that cannot
    // reach a negative reduced cost), so with labelling employees the smoothing is off: on
    // Instance14 the root converged in 55 s without it, and had not in 90 s with it.
    let smoothing = programs.every((p) => p.kind === 'table') ? SMOOTHING : 0;
    let found: Grid | undefined;
    let nodes = 0;
    const target = options.target ?? Number.POSITIVE_INFINITY;
    try {
      if ((await round(centre)) !== undefined && !proves()) {
        while (performance.now() < until()) {
          const duals = master.solve(until());
          if (!duals) break;
          masterValue = duals.value + onConstant;
          values.push(masterValue);
          if (options.rootTailOff && stalled(values, options.rootTailOff)) break;
          const at = new Float64Array(ix.H * ix.S);
          for (let c = 0; c < at.length; c++)
            at[c] = smoothing * centre[c]! + (1 - smoothing) * duals.cover[c]!;
          const added = await round(at, duals);
          if (added === undefined || proves()) break;
          if (added === 0) {
            // Mispriced: try again closer to the master's duals; without smoothing the LP is optimal.
            if (smoothing === 0) {
              converged = true;
              break;
            }
            smoothing = smoothing < 0.2 ? 0 : smoothing / 2;
          }
        }
      }
      // Below the converged root: a dive, then branch-and-price. A dive alone whose nodes end
      // when their master stalls also starts from a root that did not converge in time (its first
      // node goes on pricing until the master stalls).
      const stalls = options.search === 'dive' && options.diveTailOff !== undefined && rounds > 1;
      if ((converged || stalls) && options.branchUntil !== undefined && !proves()) {
        const search = options.search ?? 'both';
        // A dive first: a roster in at most one node per employee, and a better incumbent to prune by.
        // Further dives (see `dives`) start while the time left is a fifth more than the last took.
        let lastBegan = Number.POSITIVE_INFINITY;
        for (const fixAt of search === 'tree' ? [] : (options.dives ?? [WHOLE])) {
          const began = performance.now();
          if (options.branchUntil - began < (began - lastBegan) * 1.2) break;
          lastBegan = began;
          const dived = await dive(ix, {
            programs,
            master,
            incumbent: found ? gridObjective(ix, found) : target,
            deadline: options.branchUntil,
            pool: options.pool,
            tailOff: options.diveTailOff,
            fixAt,
            paced: search === 'dive',
          });
          nodes += dived.nodes;
          if (dived.grid) {
            found = dived.grid;
            options.onImprove?.(gridObjective(ix, found));
          }
        }
        if (search !== 'dive') {
          const tree = await branchAndPrice(ix, {
            programs,
            master,
            incumbent: found ? gridObjective(ix, found) : target,
            deadline: options.branchUntil,
            ...(bound !== undefined ? { rootBound: bound } : {}),
            pool: options.pool,
            ...(options.onImprove ? { onImprove: options.onImprove } : {}),
          });
          nodes += tree.nodes;
          found = tree.grid ?? found;
          // A finished tree proves its objective: nothing cheaper exists.
          if (tree.proven && Number.isFinite(tree.objective)) {
            bound = tree.objective;
            options.onBound?.(bound);
          }
        }
        master.restrict(() => true);
      }
    } catch (error) {
      // A labelling call past its label limit ends the search as a deadline would: the bound and
      // the dive's roster stand, the tree's roster and proof are lost (never seen on the benchmark:
      // the largest call measured held 0.5 M labels).
      if (!(error instanceof LabelsExhausted)) throw error;
      converged = false;
      master.restrict(() => true);
    }
    const grid =
      found ??
      (proves() ? undefined : master.integerRoster(options.start, performance.now() + options.integerMs));
    return {
      ...(bound !== undefined ? { bound } : {}),
      rounds,
      nodes,
      columns: master.columns,
      converged,
      ...(grid ? { grid } : {}),
    };
  } finally {
    master.dispose();
  }
}

/** Weight of the centre in the smoothed duals (0.9 reached bounds faster than 0.5 and 0.7 on Instance7). */
const SMOOTHING = 0.9;
