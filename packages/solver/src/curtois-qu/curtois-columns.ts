// A column-generation (Dantzig–Wolfe) lower bound for Curtois–Qu instances. Every hard rule of
// the benchmark belongs to one employee, so the problem splits into one "pick a legal roster row"
// problem per employee, linked only by the soft cover. The master LP picks a convex combination
// of known rows per employee; each employee's pricing problem is the exact single-employee MIP
// with the cover duals in its objective. The bound is the Lagrangian bound of each round, valid
// before the LP converges, and far stronger than the compact model's LP relaxation (on Instance5
// the compact bound is about 800 against an optimum of 1143). Internal to the solver.
import type { Highs, Model } from 'highs';
import { highsIndexOf, loadHighs } from '../engine/highs-engine.js';
import { writeLpFormat } from '../engine/lp-format.js';
import { type Grid, type IndexedCurtois, eds, emptyGrid, provesOptimal } from './curtois-index.js';
import { buildCurtoisModel } from './curtois-model.js';
import { rowRequests, rowRules } from './curtois-row-cost.js';

/** Outcome of {@link columnGenerationBound}. */
export interface ColumnBound {
  /** The best proven lower bound on the objective, when a round finished. */
  readonly bound?: number;
  /** Pricing rounds completed. */
  readonly rounds: number;
  /** Roster rows in the master at the end. */
  readonly columns: number;
  /** True when no row with negative reduced cost was left (the bound is the master's optimum). */
  readonly converged: boolean;
  /**
   * The best roster built from the master's rows by the integer master (one known row per
   * employee), when `integerMs` was enough to find one; every row is a legal row of
   * its employee, found by the pricing MIP or given in `start`.
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
  /** Milliseconds for the integer master once pricing stops. */
  readonly integerMs: number;
  /** Stop as soon as the bound proves this objective optimal (integer objectives). */
  readonly target?: number;
  readonly onBound?: (bound: number) => void;
}

const EPS = 1e-6;
/** A bound within these shares of the master's value gets `nearUntil` and `closeUntil`. */
const NEAR = 0.05;
const CLOSE = 0.01;

/**
 * Runs column generation until it converges, proves `target`, or reaches `boundUntil`, and
 * returns the best Lagrangian bound found: Σ duals·requirements + Σ each employee's cheapest
 * reduced-cost row + the constant of on-requests. The pricing MIPs run to optimality (their dual
 * bound is used otherwise), so each round's bound is valid on its own. Then, for `integerMs`,
 * the master with integer row choices (price-and-branch) looks for a roster from the rows found,
 * started from `start`.
 */
export async function columnGenerationBound(
  ix: IndexedCurtois,
  options: ColumnBoundOptions,
): Promise<ColumnBound> {
  const highs = await loadHighs();
  const pricing = ix.instance.staff.map((_, e) => pricingModel(highs, ix, e));
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
    const round = (at: Float64Array, duals?: Duals): number | undefined => {
      let lagrangian = onConstant;
      for (let c = 0; c < at.length; c++)
        if (ix.requirement[c]! >= 0) lagrangian += at[c]! * ix.requirement[c]!;
      let added = 0;
      for (let e = 0; e < ix.E; e++) {
        const priced = pricing[e]!.price(at, until());
        if (!priced) return undefined;
        lagrangian += priced.bound;
        const { row } = priced;
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
    // far (the centre) and the master's. The compact LP's cover duals are the first centre, and
    // the first round prices there alone (it also gives every employee a first row).
    let centre = compactDuals(highs, ix, options.boundUntil) ?? new Float64Array(ix.H * ix.S);
    let smoothing = SMOOTHING;
    if (round(centre) !== undefined && !proves()) {
      while (performance.now() < until()) {
        const duals = master.solve(until());
        if (!duals) break;
        masterValue = duals.value + onConstant;
        const at = new Float64Array(ix.H * ix.S);
        for (let c = 0; c < at.length; c++)
          at[c] = smoothing * centre[c]! + (1 - smoothing) * duals.cover[c]!;
        const added = round(at, duals);
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
    const grid = proves()
      ? undefined
      : master.integerRoster(options.start, performance.now() + options.integerMs);
    return {
      ...(bound !== undefined ? { bound } : {}),
      rounds,
      columns: master.columns,
      converged,
      ...(grid ? { grid } : {}),
    };
  } finally {
    for (const p of pricing) p.dispose();
    master.dispose();
  }
}

/** Weight of the centre in the smoothed duals (0.9 reached bounds faster than 0.5 and 0.7 on Instance7). */
const SMOOTHING = 0.9;

/** Cover duals of the compact model's LP relaxation (a good first centre), or undefined. */
function compactDuals(highs: Highs, ix: IndexedCurtois, deadline: number): Float64Array | undefined {
  const everyone = ix.instance.staff.map((_, e) => e);
  const mip = buildCurtoisModel(ix, emptyGrid(ix), { employees: everyone, from: 0, to: ix.H });
  const lp = writeLpFormat(mip.model, true);
  const m = highs.createModel({ format: 'lp', data: lp.text });
  try {
    const seconds = Math.min(10, (deadline - performance.now()) / 3000);
    if (!(seconds > 0.01)) return undefined;
    m.options.set({ output_flag: false, time_limit: seconds });
    m.run();
    if (m.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    const { rowDual } = m.getSolution();
    const rowOf = highsIndexOf(m, 'rows');
    const duals = new Float64Array(ix.H * ix.S);
    lp.rows.forEach((name, i) => {
      const match = /^cover_(\d+)_(\d+)$/.exec(name);
      const row = rowOf.get(`r${i}`);
      if (!match || row === undefined) return;
      const c = Number(match[1]) * ix.S + Number(match[2]);
      // Clipped to the range where the under/over columns keep the Lagrangian bound finite.
      duals[c] = Math.min(ix.underWeight[c]!, Math.max(-ix.overWeight[c]!, rowDual[row]!));
    });
    return duals;
  } finally {
    m.dispose();
  }
}

/** Duals of the master: per employee (convexity) and per cover cell. */
interface Duals {
  readonly convexity: Float64Array;
  readonly cover: Float64Array;
  /** The master LP's objective value. */
  readonly value: number;
}

/** The restricted master LP: convexity rows per employee, cover rows with under/over columns. */
class Master {
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

/** One employee's pricing MIP, kept open between rounds; only its costs change. */
interface Pricing {
  /**
   * The cheapest legal row under cover duals `cover`: its reduced cost without the convexity
   * dual (`value`), a valid lower bound on it (`bound`) and the row; undefined when out of time.
   */
  price(
    cover: Float64Array,
    deadline: number,
  ): { value: number; bound: number; row?: Int16Array } | undefined;
  dispose(): void;
}

function pricingModel(highs: Highs, ix: IndexedCurtois, e: number): Pricing {
  const mip = buildCurtoisModel(ix, emptyGrid(ix), { employees: [e], from: 0, to: ix.H });
  // The employee's own rules only: cover rows and their under/over variables go.
  const model = {
    ...mip.model,
    objective: {},
    constraints: mip.model.constraints.filter((row) => !row.name.startsWith('cover_')),
  };
  const lp = writeLpFormat(model);
  const m = highs.createModel({ format: 'lp', data: lp.text });
  m.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: EPS });
  // Model column of each x variable, and its cell.
  const columnOf = highsIndexOf(m, 'columns');
  const cells: { col: number; d: number; s: number }[] = [];
  lp.variables.forEach((name, i) => {
    const match = /^x_\d+_(\d+)_(\d+)$/.exec(name);
    const col = columnOf.get(`x${i}`);
    if (match && col !== undefined) cells.push({ col, d: Number(match[1]), s: Number(match[2]) });
  });
  cells.sort((a, b) => a.col - b.col);
  const indices = Int32Array.from(cells.map((cell) => cell.col));
  const { cellCost } = rowRules(ix);
  const base = cells.map(({ d, s }) => cellCost[eds(ix, e, d, s)]!);
  const costs = new Float64Array(cells.length);
  return {
    price(cover, deadline) {
      const seconds = (deadline - performance.now()) / 1000;
      if (!(seconds > 0.01)) return undefined;
      for (let i = 0; i < cells.length; i++) {
        const { d, s } = cells[i]!;
        const c = d * ix.S + s;
        costs[i] = base[i]! - (ix.requirement[c]! >= 0 ? cover[c]! : 0);
      }
      if (cells.length > 0) m.changeColsCost({ kind: 'set', indices }, costs);
      m.options.set({ time_limit: seconds });
      m.zeroAllClocks();
      m.run();
      const status = m.getModelStatus();
      const codes = highs.constants.modelStatus;
      const hasPrimal = Number(m.info.get('primal_solution_status')) === 2;
      if (status !== codes.optimal && status !== codes.timeLimit) return undefined;
      const value = hasPrimal ? m.getObjectiveValue() : Number.POSITIVE_INFINITY;
      // The dual bound, not the value: with a gap (or a time limit) the two differ.
      const bound = Math.min(value, Number(m.info.get('mip_dual_bound')));
      if (!Number.isFinite(bound)) return undefined;
      if (!hasPrimal) return { value, bound };
      const solution = m.getSolution();
      const row = new Int16Array(ix.H).fill(-1);
      for (const { col, d, s } of cells) if (solution.colValue[col]! > 0.5) row[d] = s;
      return { value, bound, row };
    },
    dispose() {
      m.dispose();
    },
  };
}
