// The restricted master LP of column generation for Curtois–Qu instances: one convexity row per
// employee (pick one known legal row), one soft cover row per cell with under/over columns. Column
// generation, its integer master and branch-and-price all work on it. Internal to the solver.
import type { Highs, Model } from 'highs';
import { type Grid, type IndexedCurtois, emptyGrid } from './curtois-index.js';
import { rowRequests, rowRules } from './curtois-row-cost.js';
import type { Priced } from './curtois-row-program.js';

/** Duals of the master: per employee (convexity) and per cover cell. */
export interface Duals {
  readonly convexity: Float64Array;
  readonly cover: Float64Array;
  /** The master LP's objective value. */
  readonly value: number;
}

/** The restricted master LP: convexity rows per employee, cover rows with under/over columns. */
export class Master {
  private readonly model: Model;
  /** Master row of cover cell c, or -1. */
  private readonly coverRow: Int32Array;
  private readonly seen: Set<string>[];
  /** Employee and row of each roster column, in column order from `first`. */
  private readonly rows: { e: number; row: Int16Array }[] = [];
  private readonly first: number;
  columns = 0;

  constructor(
    private readonly highs: Highs,
    private readonly ix: IndexedCurtois,
  ) {
    this.model = highs.createModel();
    this.model.options.set({ output_flag: false, solver: 'simplex' });
    this.seen = ix.instance.staff.map(() => new Set<string>());
    for (let e = 0; e < ix.E; e++) this.model.addRow(1, 1, { indices: [], values: [] });
    this.coverRow = new Int32Array(ix.H * ix.S).fill(-1);
    let row = ix.E;
    for (let c = 0; c < ix.H * ix.S; c++) {
      const need = ix.requirement[c]!;
      if (need < 0) continue;
      this.coverRow[c] = row;
      this.model.addRow(need, need, { indices: [], values: [] });
      this.model.addCol(ix.underWeight[c]!, 0, highs.infinity, { indices: [row], values: [1] });
      this.model.addCol(ix.overWeight[c]!, 0, highs.infinity, { indices: [row], values: [-1] });
      row++;
    }
    this.first = this.model.getDimensions().numCols;
  }

  /** Adds employee e's row as a column; false when it is already there. */
  add(e: number, row: Int16Array): boolean {
    const key = row.join(',');
    if (this.seen[e]!.has(key)) return false;
    this.seen[e]!.add(key);
    const { ix } = this;
    const indices = [e];
    for (let d = 0; d < ix.H; d++) {
      const s = row[d]!;
      const r = s < 0 ? -1 : this.coverRow[d * ix.S + s]!;
      if (r >= 0) indices.push(r);
    }
    const cost = rowRequests(rowRules(ix), e, row);
    this.model.addCol(cost, 0, this.highs.infinity, { indices, values: indices.map(() => 1) });
    this.rows.push({ e, row: row.slice() });
    this.columns++;
    return true;
  }

  /**
   * Solves the master with integer row choices until `deadline`, from the roster `start` (whose
   * rows are columns); the roster found, or undefined.
   */
  integerRoster(start: Grid | undefined, deadline: number): Grid | undefined {
    const seconds = (deadline - performance.now()) / 1000;
    if (!(seconds > 0.05)) return undefined;
    const { model, highs, ix } = this;
    const n = this.rows.length;
    if (n === 0) return undefined;
    model.changeColsIntegrality(
      { kind: 'range', from: this.first, to: this.first + n - 1 },
      new Int32Array(n).fill(highs.constants.variableType.integer),
    );
    model.options.set({ time_limit: seconds, mip_rel_gap: 0 });
    if (start) {
      const keys = start.map((row) => row.join(','));
      const indices: number[] = [];
      const values: number[] = [];
      this.rows.forEach(({ e, row }, i) => {
        indices.push(this.first + i);
        values.push(row.join(',') === keys[e] ? 1 : 0);
      });
      model.setSolution({ indices, values });
    }
    model.zeroAllClocks();
    model.run();
    if (Number(model.info.get('primal_solution_status')) !== 2) return undefined;
    const { colValue } = model.getSolution();
    const grid = emptyGrid(ix);
    const chosen = new Array<boolean>(ix.E).fill(false);
    this.rows.forEach(({ e, row }, i) => {
      if (colValue[this.first + i]! > 0.5) {
        grid[e] = row.slice();
        chosen[e] = true;
      }
    });
    return chosen.every(Boolean) ? grid : undefined;
  }

  /**
   * Allows only the roster columns whose row `allowed` accepts (the others get an upper bound of
   * 0); branch-and-price calls it at every node with that node's fixings.
   */
  restrict(allowed: (e: number, row: Int16Array) => boolean): void {
    const n = this.rows.length;
    if (n === 0) return;
    const upper = new Float64Array(n);
    this.rows.forEach(({ e, row }, i) => {
      upper[i] = allowed(e, row) ? this.highs.infinity : 0;
    });
    this.model.changeColsBounds(
      { kind: 'range', from: this.first, to: this.first + n - 1 },
      new Float64Array(n),
      upper,
    );
  }

  /** The roster columns the last LP solve used, with their values (above 1e-9). */
  used(): { e: number; row: Int16Array; value: number }[] {
    const { colValue } = this.model.getSolution();
    const result: { e: number; row: Int16Array; value: number }[] = [];
    this.rows.forEach(({ e, row }, i) => {
      const value = colValue[this.first + i]!;
      if (value > 1e-9) result.push({ e, row, value });
    });
    return result;
  }

  /** Reduced cost of employee e's row at the master duals `duals`. */
  reducedCost(e: number, row: Int16Array, duals: Duals): number {
    const { ix } = this;
    let value = rowRequests(rowRules(ix), e, row) - duals.convexity[e]!;
    for (let d = 0; d < ix.H; d++) {
      const s = row[d]!;
      if (s >= 0 && this.coverRow[d * ix.S + s]! >= 0) value -= duals.cover[d * ix.S + s]!;
    }
    return value;
  }

  /** Solves the LP; its duals per employee (convexity) and per cover cell, or undefined. */
  solve(deadline: number): Duals | undefined {
    const seconds = (deadline - performance.now()) / 1000;
    if (!(seconds > 0.01)) return undefined;
    this.model.options.set({ time_limit: seconds });
    this.model.zeroAllClocks();
    this.model.run();
    if (this.model.getModelStatus() !== this.highs.constants.modelStatus.optimal) return undefined;
    const { rowDual } = this.model.getSolution();
    const { ix } = this;
    const convexity = new Float64Array(ix.E);
    for (let e = 0; e < ix.E; e++) convexity[e] = rowDual[e]!;
    const cover = new Float64Array(ix.H * ix.S);
    for (let c = 0; c < ix.H * ix.S; c++) if (this.coverRow[c]! >= 0) cover[c] = rowDual[this.coverRow[c]!]!;
    return { convexity, cover, value: this.model.getObjectiveValue() };
  }

  dispose(): void {
    this.model.dispose();
  }
}

/**
 * The Lagrangian bound's terms outside the pricing at cover duals `cover`: the constant of the
 * on-requests plus Σ duals × requirements (cells without a cover entry have no dual). Adding each
 * employee's cheapest reduced-cost row (without its convexity dual) gives a valid lower bound.
 */
export function lagrangianBase(ix: IndexedCurtois, onConstant: number, cover: Float64Array): number {
  let base = onConstant;
  for (let c = 0; c < ix.H * ix.S; c++) if (ix.requirement[c]! >= 0) base += cover[c]! * ix.requirement[c]!;
  return base;
}

/**
 * Employee e's cost of working each cell (d · S + s) at cover duals `cover` (none: zero duals):
 * its request cost less the cell's dual, plus `extra[c]` when given. Written into `out`.
 */
export function reducedCellCosts(
  ix: IndexedCurtois,
  e: number,
  cover: Float64Array | undefined,
  out: Float64Array,
  extra?: Float64Array,
): Float64Array {
  const { cellCost } = rowRules(ix);
  const offset = e * ix.H * ix.S;
  for (let c = 0; c < ix.H * ix.S; c++) {
    const dual = cover && ix.requirement[c]! >= 0 ? cover[c]! : 0;
    out[c] = cellCost[offset + c]! - dual + (extra ? extra[c]! : 0);
  }
  return out;
}

const EPS = 1e-6;

/**
 * How {@link priceNode} ended: `tailed` when the master converged only by {@link TailOff} (its
 * value is then no bound).
 */
export type NodeOutcome = 'converged' | 'tailed' | 'pruned' | 'timeout';

/**
 * A heuristic end for a node's column generation: the master's value fell by no more than `share`
 * of itself over the last `rounds` rounds (its long tail of small steps is cut off).
 */
export interface TailOff {
  readonly rounds: number;
  readonly share: number;
}

/**
 * Whether the master's values, one a round, have stalled by `tailOff`: the last fell by no more
 * than its share of the value `tailOff.rounds` rounds before.
 *
 * @example
 * ```ts
 * stalled([5000, 4460, 4455], { rounds: 2, share: 0.002 }); // false: 545 fell over two rounds
 * ```
 */
export function stalled(values: readonly number[], tailOff: TailOff): boolean {
  if (values.length <= tailOff.rounds) return false;
  const then = values[values.length - 1 - tailOff.rounds]!;
  return then - values[values.length - 1]! <= tailOff.share * Math.abs(then);
}

/**
 * The rows of every employee at the master's duals (the cheapest under the node's rules, its value
 * without the convexity dual, undefined for an employee with none; without a row, the value is a
 * lower bound and the employee has no row with negative reduced cost), or undefined out of time.
 */
export type PriceAll = (
  duals: Duals,
) => readonly (Priced | undefined)[] | undefined | Promise<readonly (Priced | undefined)[] | undefined>;

/**
 * Column generation at one node of a search below the root (the dive and branch-and-price): solves
 * the master, prices every employee with `price`, adds the rows with negative reduced cost, and
 * repeats. `converged` when no row is added; `pruned` when an employee has no row or the
 * Lagrangian bound, rounded up, reaches `incumbent` (integer objectives); `timeout` when the master
 * or the pricing does not finish by `deadline`; with `tailOff`, `tailed` when the master's value
 * has stalled (a dive's shortcut: the node's LP is not solved to the end).
 *
 * @example
 * ```ts
 * const all = (duals: Duals) => programs.map((program, e) => program.cheapest(costsOf(e, duals)));
 * const outcome = await priceNode(ix, master, all, 1950, deadline);
 * if (outcome === 'converged') console.log(master.used());
 * ```
 */
export async function priceNode(
  ix: IndexedCurtois,
  master: Master,
  price: PriceAll,
  incumbent: number,
  deadline: number,
  tailOff?: TailOff,
): Promise<NodeOutcome> {
  const onConstant = ix.onWeight.reduce((a, b) => a + b, 0);
  /** The master's value in each round. */
  const values: number[] = [];
  for (;;) {
    const duals = master.solve(deadline);
    if (!duals) return 'timeout';
    values.push(duals.value);
    if (tailOff && stalled(values, tailOff)) return 'tailed';
    const priced = await price(duals);
    if (!priced) return 'timeout';
    let bound = lagrangianBase(ix, onConstant, duals.cover);
    let added = 0;
    for (let e = 0; e < ix.E; e++) {
      const found = priced[e];
      if (!found) return 'pruned';
      bound += found.value;
      if (found.row && found.value - duals.convexity[e]! < -EPS && master.add(e, found.row)) added++;
    }
    if (Math.ceil(bound - EPS) >= incumbent) return 'pruned';
    if (added === 0) return 'converged';
  }
}
