// A diving heuristic for column generation on Curtois–Qu instances whose employees the dynamic
// program can all price (curtois-row-program.ts). From the converged root it fixes employees to
// whole rows: every employee whose row the master LP already picks whole, and the one row with the
// largest fractional value. The employees still free are re-priced until the master converges
// again, and the dive goes on until the master picks one whole row per employee (a roster) or its
// Lagrangian bound shows it cannot beat the incumbent. A dive needs at most one node per employee,
// where branching on single cells (curtois-branch-price.ts) can need hundreds of nodes before its
// first roster (from a zero-dual root it reaches Instance16's best known value 3225 in 11 nodes).
// It may also fix every column the master picks at least `fixAt` (below 1), or pace itself to its
// deadline, and a dive cut off by its deadline still ends at a roster, rounded from its last node
// (see `roundedRoster`).
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
  /**
   * A free employee whose column the master picks at least this much is fixed to it (default
   * {@link WHOLE}: only whole columns, and each node the largest fractional one besides).
   */
  readonly fixAt?: number;
  /**
   * Fix more than one fractional column per node where the nodes left at the dive's pace would
   * not reach the last free employee by the deadline (a dive whose roster the solve needs; before
   * a tree it is not paced: a hurried dive's roster prunes less).
   */
  readonly paced?: boolean;
}

/** Result of {@link dive}. */
export interface DiveResult {
  /** The roster the dive ended at, when it beats the incumbent. */
  readonly grid?: Grid;
  /** Nodes whose master was solved. */
  readonly nodes: number;
  /** True when the deadline cut the dive off and its roster, if any, is {@link roundedRoster}'s. */
  readonly cutOff?: boolean;
}

/** A column of the master and the share the master picks it. */
export type Column = { readonly e: number; readonly row: Int16Array; readonly value: number };

/**
 * Share of the nodes the time left would allow at the dive's mean pace that it plans on: node
 * times vary, so it fixes more per node a little before the deadline would cut it off.
 */
const PACE = 0.8;

/** A column the master picks at least this much counts as whole. */
export const WHOLE = 1 - 1e-6;

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
  const fixAt = options.fixAt ?? WHOLE;
  const { E } = ix;
  const fixed: (Int16Array | undefined)[] = new Array(E).fill(undefined);
  const same = (a: Int16Array, b: Int16Array) => a.every((s, d) => s === b[d]);
  let nodes = 0;
  const began = performance.now();
  /** The columns the master picked at the last node solved. */
  let last: readonly Column[] = [];
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
      if (outcome === 'timeout')
        return { ...roundedRoster(ix, fixed, last, options.incumbent), nodes, cutOff: true };
      if (outcome !== 'converged' && outcome !== 'tailed') return { nodes };
      last = master.used();
      // Fix every row the master picks whole (or at least `fixAt`), then the largest fractional
      // ones of employees still free: one, or when paced more where the nodes left at this pace
      // would not reach the last free employee by the deadline.
      let whole = 0;
      for (const column of last) {
        if (fixed[column.e] || column.value < fixAt) continue;
        fixed[column.e] = column.row;
        whole++;
      }
      const open = last.filter((column) => !fixed[column.e]).sort((a, b) => b.value - a.value);
      if (open.length === 0) {
        if (fixed.some((row) => row === undefined)) {
          if (whole > 0) continue;
          return { nodes };
        }
        // Every employee fixed: the roster of the fixed rows alone.
        return { ...roundedRoster(ix, fixed, [], options.incumbent), nodes };
      }
      let picks = options.paced ? picksAtPace(open, (performance.now() - began) / nodes, deadline) : 1;
      for (const column of open) {
        if (picks === 0) break;
        if (fixed[column.e]) continue;
        fixed[column.e] = column.row;
        picks--;
      }
    }
  } finally {
    master.restrict(() => true);
  }
}

/**
 * How many of the free employees (those of the `open` columns) a node must fix for the nodes left
 * before `deadline`, at `perNode` milliseconds each and {@link PACE}, to reach the last of them.
 */
function picksAtPace(open: readonly Column[], perNode: number, deadline: number): number {
  const nodesLeft = Math.floor(((deadline - performance.now()) / perNode) * PACE);
  const free = new Set(open.map((column) => column.e)).size;
  return Math.max(1, Math.ceil(free / Math.max(1, nodesLeft)));
}

/**
 * The roster of a dive cut off by its deadline: the rows fixed so far, and for every other
 * employee the column the master picked most at the last node solved (each a legal row, and
 * consistent with the fixings, which were taken from that node). No roster when an employee has
 * neither, or when it does not beat `incumbent`. Exported for tests.
 *
 * @example
 * ```ts
 * const { grid } = roundedRoster(ix, fixed, master.used(), 1401);
 * ```
 */
export function roundedRoster(
  ix: IndexedCurtois,
  fixed: readonly (Int16Array | undefined)[],
  last: readonly Column[],
  incumbent: number,
): { grid?: Grid } {
  const grid = emptyGrid(ix);
  const share = new Float64Array(ix.E);
  fixed.forEach((row, e) => {
    if (row) {
      grid[e] = row.slice();
      share[e] = 1;
    }
  });
  for (const { e, row, value } of last) {
    if (fixed[e] || value <= share[e]!) continue;
    grid[e] = row.slice();
    share[e] = value;
  }
  if (share.some((value) => value === 0)) return {};
  return gridObjective(ix, grid) < incumbent ? { grid } : {};
}
