// Branch-and-price for Curtois–Qu instances whose employees the dynamic program can all price
// (curtois-row-program.ts). It continues from column generation's converged root: each node fixes
// parts of the roster (employee e works on day d or is off; e works shift s on day d or not),
// re-prices under those fixings until its master LP converges, and is pruned once its Lagrangian
// bound reaches the best roster's objective. A node whose master picks one whole row per employee
// is a roster. The search is depth first. While the best roster lies within 1 % of the root
// bound it branches on whether an employee works a day, as long as some employee's day is
// fractional (the one closest to a half, "works" side first), and only then on single cells: that
// proves rosters optimal where the root bound alone falls a few points short (5–7, and 16).
// Branching on cells alone, the tree from a roster at 1060 had not proven Instance7's optimum
// 1056 after 636 nodes (60 s); branching on days first it does in 25 nodes (7 s), and
// Instance6's 1950 from 1951 in 59 nodes against 347. Further from the bound it branches on
// cells, which finds cheaper rosters sooner (Instance8). Internal to the solver.
import { type Grid, type IndexedCurtois, emptyGrid, gridObjective } from './curtois-index.js';
import { type Master, priceNode, reducedCellCosts } from './curtois-master.js';
import { type PricingPool, priceEmployees } from './curtois-pricing.js';
import type { RowProgram } from './curtois-row-program.js';

/** Options of {@link branchAndPrice}. */
export interface BranchPriceOptions {
  /** One dynamic program per employee. */
  readonly programs: readonly RowProgram[];
  /** Column generation's master, converged at the root (its columns are kept and added to). */
  readonly master: Master;
  /** Objective of the best roster known (the objective is integral): nodes that cannot beat it go. */
  readonly incumbent: number;
  /** performance.now() time to give up at (the answer is then not a proof). */
  readonly deadline: number;
  /** Called with each roster objective the tree finds below the incumbent. */
  readonly onImprove?: (objective: number) => void;
  /**
   * The root's lower bound: while the best roster is within {@link PROOF_GAP} of it, the tree
   * branches on employee days first (to prove), else on cells (to find rosters). Without it, or
   * without a roster (an infinite incumbent), on cells.
   */
  readonly rootBound?: number;
  /** A second thread that prices the employees it takes at each node's rounds (curtois-pricing.ts). */
  readonly pool?: PricingPool | undefined;
}

/** Result of {@link branchAndPrice}. */
export interface BranchPriceResult {
  /** True when the whole tree was searched: no roster is cheaper than `objective`. */
  readonly proven: boolean;
  /** The best roster the tree found, when it beats the incumbent. */
  readonly grid?: Grid;
  /** The incumbent's objective, or the found roster's. */
  readonly objective: number;
  /** Nodes whose master was solved. */
  readonly nodes: number;
}

/**
 * A fixing: employee e works shift s on day d (`on`), or does not; with s = {@link ANY_SHIFT},
 * e works some shift on day d, or is off.
 */
interface Fixing {
  readonly e: number;
  readonly d: number;
  readonly s: number;
  readonly on: boolean;
}

/** The shift of a fixing on the day as a whole. */
const ANY_SHIFT = -1;

const EPS = 1e-6;

/**
 * Share of the best roster's objective within which it must lie above the root bound for the tree
 * to branch on employee days first. Below the root of Instance8 (bound 1296.57), from the dive's
 * 1315, branching on cells found 1306 within 36 s and branching on days found nothing; on 5–7 and
 * 16 the rosters the tree starts from lie within 1 % of the bound, and days prove them.
 */
const PROOF_GAP = 0.01;

/**
 * Searches the branch-and-price tree below the master's root until `deadline`.
 *
 * @example
 * ```ts
 * const result = await branchAndPrice(ix, { programs, master, incumbent: 1143, deadline: performance.now() + 10_000 });
 * if (result.proven) console.log(`optimal: ${result.objective}`);
 * ```
 */
export async function branchAndPrice(
  ix: IndexedCurtois,
  options: BranchPriceOptions,
): Promise<BranchPriceResult> {
  const { programs, master, deadline } = options;
  const { E, H, S } = ix;
  let best = options.incumbent;
  let grid: Grid | undefined;
  let nodes = 0;
  const cost = new Float64Array(H * S);
  const forbidden = Array.from({ length: E }, () => new Float64Array(H * S));
  const mustWork = Array.from({ length: E }, () => new Uint8Array(H));
  /** Cheapest row of e under the node's fixings alone (set in forbidden / mustWork). */
  const anyRow = (e: number) =>
    programs[e]!.cheapest(reducedCellCosts(ix, e, undefined, cost, forbidden[e]), mustWork[e]);

  const stack: Fixing[][] = [[]];
  while (stack.length > 0) {
    if (performance.now() >= deadline)
      return { proven: false, objective: best, nodes, ...(grid ? { grid } : {}) };
    const fixings = stack.pop()!;
    for (let e = 0; e < E; e++) {
      forbidden[e]!.fill(0);
      mustWork[e]!.fill(0);
    }
    for (const { e, d, s, on } of fixings) {
      if (on) mustWork[e]![d] = 1;
      // Works s: no other shift that day; does not work s: not s; works: any shift; off: none.
      for (let t = 0; t < S; t++)
        if (s === ANY_SHIFT ? !on : (t === s) !== on) forbidden[e]![d * S + t] = Number.POSITIVE_INFINITY;
    }
    const fits = (e: number, row: Int16Array) =>
      fixings.every((f) => f.e !== e || (f.s === ANY_SHIFT ? row[f.d]! >= 0 : row[f.d] === f.s) === f.on);
    master.restrict(fits);
    // Every employee needs a column that fits the node (the cover is soft, so the master is then
    // feasible); an employee with no legal row under the fixings makes the node infeasible.
    let feasible = true;
    for (let e = 0; e < E && feasible; e++) {
      const found = anyRow(e);
      if (!found?.row) feasible = false;
      else master.add(e, found.row);
    }
    if (!feasible) continue;
    nodes++;
    // Below the convexity dual: only a row with negative reduced cost is needed (labelling prunes by it).
    const outcome = await priceNode(
      ix,
      master,
      (duals) =>
        priceEmployees(
          ix,
          programs,
          options.pool,
          duals.cover,
          programs.map((_, e) => ({
            e,
            below: duals.convexity[e]! - EPS,
            extra: forbidden[e],
            mustWork: mustWork[e],
          })),
          deadline,
        ),
      best,
      deadline,
    );
    if (outcome === 'timeout') return { proven: false, objective: best, nodes, ...(grid ? { grid } : {}) };
    if (outcome === 'pruned') continue;
    // Converged: a roster when each employee's row is whole, else branch on the most fractional
    // employee day (works or is off) while proving, or on the most fractional cell.
    const used = master.used();
    const cells = new Float64Array(E * H * S);
    const days = new Float64Array(E * H);
    for (const { e, row, value } of used) {
      for (let d = 0; d < H; d++) {
        if (row[d]! < 0) continue;
        cells[(e * H + d) * S + row[d]!]! += value;
        days[e * H + d]! += value;
      }
    }
    const proving =
      options.rootBound !== undefined &&
      Number.isFinite(best) &&
      best - Math.ceil(options.rootBound - EPS) <= PROOF_GAP * best;
    const day = proving ? mostFractional(days) : -1;
    if (day >= 0) {
      const e = Math.floor(day / H);
      const d = day % H;
      stack.push(
        [...fixings, { e, d, s: ANY_SHIFT, on: false }],
        [...fixings, { e, d, s: ANY_SHIFT, on: true }],
      );
      continue;
    }
    const branch = mostFractional(cells);
    if (branch < 0) {
      const roster = emptyGrid(ix);
      for (const { e, row, value } of used) if (value > 0.5) roster[e] = row.slice();
      const value = gridObjective(ix, roster);
      if (value < best) {
        best = value;
        grid = roster;
        options.onImprove?.(value);
      }
      continue;
    }
    const e = Math.floor(branch / (H * S));
    const d = Math.floor(branch / S) % H;
    const s = branch % S;
    stack.push([...fixings, { e, d, s, on: false }], [...fixings, { e, d, s, on: true }]);
  }
  return { proven: true, objective: best, nodes, ...(grid ? { grid } : {}) };
}

/**
 * Index of the value strictly between 0 and 1 closest to a half (the first of equals), or -1.
 * Ties decide much of the search: ignoring differences under 1e-6 between candidates changed the
 * nodes to prove 6 from 1951 from 59 to 9 and 7's from 25 to 71, and kept the tree below
 * Instance8's dive from 1306 in 36 s (it found 1315 only).
 */
function mostFractional(values: Float64Array): number {
  let best = -1;
  let closest = 1;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (v > EPS && v < 1 - EPS && Math.abs(v - 0.5) < closest) {
      closest = Math.abs(v - 0.5);
      best = k;
    }
  }
  return best;
}
