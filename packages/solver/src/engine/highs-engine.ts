import highsModule, { type Highs, type Model as HighsModel } from 'highs';
import { finishResult } from './finish-result.js';
import { writeLpFormat } from './lp-format.js';
import type { MipEngine, MipModel, MipResult, MipSolveOptions } from './mip-model.js';

// `highs` is a CommonJS package with an ESM build: under NodeNext the types see the CJS namespace,
// while Node's ESM loader hands us the function itself. Accept both shapes.
type HighsLoader = (typeof highsModule)['default'];
const highsLoader: HighsLoader =
  typeof highsModule === 'function' ? (highsModule as HighsLoader) : highsModule.default;

let runtime: Promise<Highs> | undefined;

/**
 * HiGHS's index of each column (`x<i>`) or row (`r<i>`) of a model read from
 * {@link writeLpFormat}'s text. HiGHS numbers them in its own order, so they are found by name.
 * Internal to the solver.
 */
export function highsIndexOf(m: HighsModel, kind: 'columns' | 'rows'): Map<string, number> {
  const { numCols, numRows } = m.getDimensions();
  const index = new Map<string, number>();
  if (kind === 'columns') for (let i = 0; i < numCols; i++) index.set(m.getColName(i), i);
  else for (let i = 0; i < numRows; i++) index.set(m.getRowName(i), i);
  return index;
}

/**
 * The HiGHS WebAssembly runtime, loaded once and reused; `reset` drops a possibly corrupted one.
 * Internal to the solver (column generation keeps persistent models on it).
 */
export function loadHighs(reset = false): Promise<Highs> {
  let loading = runtime;
  if (reset || loading === undefined) {
    loading = highsLoader();
    runtime = loading;
    // A failed load must not poison later calls.
    loading.catch(() => {
      runtime = undefined;
    });
  }
  return loading;
}

/**
 * The HiGHS engine (HiGHS compiled to WebAssembly, npm `highs`). The model is written in LP format,
 * solved with the time limit and relative MIP gap asked for (default 1e-4), optionally from a MIP
 * start (`warmStart`), and the solution is checked with {@link verifySolution} before it is
 * returned. The runtime is loaded lazily once; after an exception it is dropped and reloaded once,
 * because a WebAssembly instance can be left corrupted by an abort.
 *
 * @returns an engine named `highs`
 *
 * @example
 * ```ts
 * const result = await highsEngine().solve(
 *   { sense: 'max', objective: { x: 1, y: 1 }, constraints: [{ name: 'one', terms: { x: 1, y: 1 }, hi: 1 }], binaries: ['x', 'y'] },
 *   { timeLimitSeconds: 5 },
 * );
 * result.objective; // 1
 * ```
 * @since 0.1.0
 */
export function highsEngine(): MipEngine {
  return {
    name: 'highs',
    async solve(model: MipModel, opts: MipSolveOptions): Promise<MipResult> {
      const started = performance.now();
      let lastError: unknown;
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const highs = await loadHighs(attempt > 0);
          return runHighs(highs, model, opts, started);
        } catch (error) {
          lastError = error;
        }
      }
      runtime = undefined;
      return {
        status: 'error',
        values: {},
        engine: 'highs',
        elapsedMs: performance.now() - started,
        message: `HiGHS failed: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
      };
    },
  };
}

function runHighs(highs: Highs, model: MipModel, opts: MipSolveOptions, started: number): MipResult {
  const lp = writeLpFormat(model, opts.relaxation ?? false);
  const elapsed = () => performance.now() - started;
  if (lp.emptyInfeasibleRows.length > 0 || lp.variables.length === 0) {
    return finishResult(
      model,
      opts,
      'highs',
      { status: lp.emptyInfeasibleRows.length > 0 ? 'infeasible' : 'optimal', values: {} },
      elapsed(),
    );
  }
  const m = highs.createModel({ format: 'lp', data: lp.text });
  try {
    m.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, opts.timeLimitSeconds),
      mip_rel_gap: opts.mipGap ?? 1e-4,
      random_seed: opts.randomSeed ?? 0,
      ...(opts.relaxation && opts.lpAlgorithm === 'ipm' ? { solver: 'ipm', run_crossover: 'off' } : {}),
      ...(opts.relaxation && opts.lpAlgorithm === 'simplex' ? { solver: 'simplex' } : {}),
    });
    const column = highsIndexOf(m, 'columns');
    if (opts.warmStart && !opts.relaxation) {
      const indices: number[] = [];
      const values: number[] = [];
      lp.variables.forEach((name, i) => {
        const value = opts.warmStart?.[name];
        const col = column.get(`x${i}`);
        if (value !== undefined && col !== undefined) {
          indices.push(col);
          values.push(value);
        }
      });
      if (indices.length > 0) m.setSolution({ indices, values });
    }
    m.run();
    const codes = highs.constants.modelStatus;
    const status = m.getModelStatus();
    const hasPrimal = Number(m.info.get('primal_solution_status')) === 2;
    const isMip =
      !opts.relaxation && ((model.binaries?.length ?? 0) > 0 || (model.integers?.length ?? 0) > 0);
    let bound: number | undefined;
    try {
      const raw = isMip ? Number(m.info.get('mip_dual_bound')) : undefined;
      if (raw !== undefined && Number.isFinite(raw)) bound = raw;
    } catch {
      bound = undefined;
    }
    const values: Record<string, number> = {};
    if (hasPrimal) {
      const solution = m.getSolution();
      lp.variables.forEach((name, i) => {
        const col = column.get(`x${i}`);
        values[name] = col === undefined ? 0 : (solution.colValue[col] ?? 0);
      });
    }
    let outcome: 'optimal' | 'feasible' | 'infeasible' | 'timeout' | 'error';
    if (status === codes.optimal) outcome = 'optimal';
    else if (status === codes.infeasible) outcome = 'infeasible';
    else if (status === codes.unboundedOrInfeasible || status === codes.unbounded) outcome = 'error';
    else if (status === codes.empty) outcome = 'optimal';
    else if (
      status === codes.timeLimit ||
      status === codes.iterationLimit ||
      status === codes.interrupted ||
      status === codes.solutionLimit ||
      status === codes.objectiveBound ||
      status === codes.objectiveTarget ||
      status === codes.unknown
    ) {
      outcome = hasPrimal ? 'feasible' : 'timeout';
    } else outcome = 'error';
    if (!isMip && outcome === 'optimal') bound = m.getObjectiveValue();
    return finishResult(
      model,
      opts,
      'highs',
      {
        status: outcome,
        values,
        ...(hasPrimal ? { reported: m.getObjectiveValue() } : {}),
        ...(bound !== undefined ? { bound } : {}),
        ...(outcome === 'error' ? { message: `HiGHS model status ${status}` } : {}),
      },
      elapsed(),
    );
  } finally {
    m.dispose();
  }
}
