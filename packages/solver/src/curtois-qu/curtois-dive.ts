// A diving heuristic for column generation on Curtois–Qu instances whose employees the dynamic
// program can all price (curtois-row-program.ts). From the converged root it fixes employees to
// whole rows: every employee whose row the master LP already picks whole, and the one row with the
// largest fractional value. The employees still free are re-priced until the master converges
// again, and the dive goes on until the master picks one whole row per employee (a roster) or its
// Lagrangian bound shows it cannot beat the incumbent. A dive needs at most one node per employee,
// where branching on single cells (curtois-branch-price.ts) can need hundreds of nodes before its
// first roster (from a zero-dual root it reaches Instance16's best known value 3225 in 11 nodes).
// It proves nothing: the tree runs after it, from the better incumbent. Internal to the solver.
import { type Grid, type IndexedCurtois, emptyGrid, gridObjective } from './curtois-index.js';
import { type Master, type TailOff, priceNode } from './curtois-master.js';
import { type PricingPool, type PricingRequest, priceEmployees } from './curtois-pricing.js';
import type { Priced, RowProgram } from './curtois-row-program.js';

/** Reduced costs below −EPS improve the master. */
const EPS = 1e-6;

/** Options of {@link dive}. */
export interface DiveOptions {
  /** One dynamic program per employee. */
  readonly programs: readonly RowProgram[];
  /** Column generation's master, converged at the root (its columns are kept and added to). */
  readonly master: Master;
  /** Objective of the best roster known: the dive stops once its bound reaches it. */
  readonly incumbent: number;
  /** performance.now() time to give up at. */
  readonly deadline: number;
  /** A second thread that prices the employees it owns (see curtois-pricing.ts). */
  readonly pool?: PricingPool | undefined;
  /**
   * Ends a node's column generation once the master's value stalls, not when no improving row is
   * left: a faster dive, whose fixings follow a master that is nearly, not quite, optimal.
   */
  readonly tailOff?: TailOff | undefined;
}

/** Result of {@link dive}. */
export interface DiveResult {
  /** The roster the dive ended at, when it beats the incumbent. */
  readonly grid?: Grid;
  /** Nodes whose master was solved. */
  readonly nodes: number;
}

/** A column the master picks at least this much counts as whole. */
const WHOLE = 1 - 1e-6;

/**
 * Dives from the master's converged root to a roster by fixing employees to whole rows.
 *
 * @example
 * ```ts
 * const { grid } = await dive(ix, { programs, master, incumbent: 3728, deadline: performance.now() + 20_000 });
 * if (grid) console.log(gridObjective(ix, grid));
 * ```
 */
export async function dive(ix: IndexedCurtois, options: DiveOptions): Promise<DiveResult> {
  const { programs, master, deadline } = options;
  const { E } = ix;
  const fixed: (Int16Array | undefined)[] = new Array(E).fill(undefined);
  const same = (a: Int16Array, b: Int16Array) => a.every((s, d) => s === b[d]);
  let nodes = 0;
  try {
    for (;;) {
      master.restrict((e, row) => fixed[e] === undefined || same(row, fixed[e]!));
      nodes++;
      // Column generation over the employees still free; a fixed employee's row is its only one.
      const outcome = await priceNode(
        ix,
        master,
        async (duals) => {
          const free: PricingRequest[] = [];
          for (let e = 0; e < E; e++) if (!fixed[e]) free.push({ e, below: duals.convexity[e]! - EPS });
          const priced = await priceEmployees(ix, programs, options.pool, duals.cover, free, deadline);
          if (!priced) return undefined;
          const all: (Priced | undefined)[] = fixed.map((row, e) =>
            row ? { value: master.reducedCost(e, row, duals) + duals.convexity[e]!, row } : undefined,
          );
          free.forEach(({ e }, k) => {
            all[e] = priced[k];
          });
          return all;
        },
        options.incumbent,
        deadline,
        options.tailOff,
      );
      if (outcome !== 'converged' && outcome !== 'tailed') return { nodes };
      // Fix every row the master picks whole, and the largest fractional one.
      let pick: { e: number; row: Int16Array; value: number } | undefined;
      let whole = 0;
      for (const column of master.used()) {
        if (fixed[column.e]) continue;
        if (column.value >= WHOLE) {
          fixed[column.e] = column.row;
          whole++;
        } else if (!pick || column.value > pick.value) pick = column;
      }
      if (!pick || fixed[pick.e]) {
        if (fixed.some((row) => row === undefined)) {
          if (whole > 0) continue;
          return { nodes };
        }
        const grid = emptyGrid(ix);
        fixed.forEach((row, e) => {
          grid[e] = row!.slice();
        });
        return gridObjective(ix, grid) < options.incumbent ? { grid, nodes } : { nodes };
      }
      fixed[pick.e] = pick.row;
    }
  } finally {
    master.restrict(() => true);
  }
}
