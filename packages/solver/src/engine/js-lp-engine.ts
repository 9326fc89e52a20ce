import solverModule from 'javascript-lp-solver';
import { finishResult } from './finish-result.js';
import {
  type MipEngine,
  type MipModel,
  type MipResult,
  type MipSolveOptions,
  modelVariables,
  variableBounds,
} from './mip-model.js';

// CommonJS/ESM dual package: the types describe the CJS namespace, Node's ESM loader gives the default.
type JsSolver = (typeof solverModule)['default'];
const solver: JsSolver =
  'Solve' in solverModule
    ? (solverModule as unknown as JsSolver)
    : (solverModule as { default: JsSolver }).default;

type JsConstraint = { min?: number; max?: number; equal?: number };

/**
 * The pure-JavaScript engine (npm `javascript-lp-solver`, simplex with branch-and-cut). Meant for
 * LP relaxations and tiny models only: it has no presolve worth the name and slows down sharply
 * beyond a few hundred binaries. The solution is checked with {@link verifySolution} before it is
 * returned. A run that hits the time limit with an integral solution is reported as `feasible`.
 *
 * @returns an engine named `javascript-lp-solver`
 *
 * @example
 * ```ts
 * const result = await jsLpEngine().solve(
 *   { sense: 'min', objective: { x: 1 }, constraints: [{ name: 'need', terms: { x: 1 }, lo: 2 }], integers: ['x'] },
 *   { timeLimitSeconds: 1 },
 * );
 * result.objective; // 2
 * ```
 * @since 0.1.0
 */
export function jsLpEngine(): MipEngine {
  return {
    name: 'javascript-lp-solver',
    async solve(model: MipModel, opts: MipSolveOptions): Promise<MipResult> {
      const started = performance.now();
      const engine = 'javascript-lp-solver';
      const variables = modelVariables(model);
      // Internal names cannot collide with user names: users' names are mapped to v<i>.
      const constraints: Record<string, JsConstraint> = {};
      const columns: Record<string, Record<string, number>> = {};
      const unrestricted: Record<string, 1> = {};
      const ints: Record<string, 1> = {};
      const binaries = new Set(model.binaries ?? []);
      const integral = new Set([...binaries, ...(model.integers ?? [])]);
      variables.forEach((name, i) => {
        const column: Record<string, number> = { objective: model.objective[name] ?? 0 };
        columns[`v${i}`] = column;
        const { lo, hi } = variableBounds(model, name, binaries);
        if (lo < 0) unrestricted[`v${i}`] = 1;
        if (lo !== 0 && lo > Number.NEGATIVE_INFINITY) {
          constraints[`lo${i}`] = { min: lo };
          column[`lo${i}`] = 1;
        }
        if (hi < Number.POSITIVE_INFINITY) {
          constraints[`hi${i}`] = { max: hi };
          column[`hi${i}`] = 1;
        }
        if (integral.has(name) && !opts.relaxation) ints[`v${i}`] = 1;
      });
      const index = new Map(variables.map((name, i) => [name, i]));
      model.constraints.forEach((row, r) => {
        const bound: JsConstraint = {};
        if (row.lo !== undefined && row.hi !== undefined && row.lo === row.hi) bound.equal = row.lo;
        else {
          if (row.lo !== undefined && row.lo > Number.NEGATIVE_INFINITY) bound.min = row.lo;
          if (row.hi !== undefined && row.hi < Number.POSITIVE_INFINITY) bound.max = row.hi;
        }
        constraints[`c${r}`] = bound;
        for (const [name, coefficient] of Object.entries(row.terms)) {
          const column = columns[`v${index.get(name)}`];
          if (column && coefficient !== 0) column[`c${r}`] = (column[`c${r}`] ?? 0) + coefficient;
        }
      });
      const timeoutMs = Math.max(10, Math.round(opts.timeLimitSeconds * 1000));
      let raw: Record<string, unknown>;
      try {
        raw = solver.Solve({
          optimize: 'objective',
          opType: model.sense,
          constraints,
          variables: columns,
          ints,
          unrestricted,
          timeout: timeoutMs,
          ...(opts.mipGap !== undefined ? { options: { tolerance: opts.mipGap } } : {}),
        }) as Record<string, unknown>;
      } catch (error) {
        return {
          status: 'error',
          values: {},
          engine,
          elapsedMs: performance.now() - started,
          message: `javascript-lp-solver failed: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      const elapsedMs = performance.now() - started;
      if (raw.feasible !== true) {
        const timedOut = elapsedMs >= timeoutMs * 0.95;
        return finishResult(
          model,
          opts,
          engine,
          { status: timedOut ? 'timeout' : 'infeasible', values: {} },
          elapsedMs,
        );
      }
      const values: Record<string, number> = {};
      variables.forEach((name, i) => {
        const value = raw[`v${i}`];
        values[name] = typeof value === 'number' ? value : 0;
      });
      const timedOut = elapsedMs >= timeoutMs * 0.95;
      const status = timedOut || (opts.mipGap ?? 0) > 0 ? 'feasible' : 'optimal';
      return finishResult(model, opts, engine, { status, values }, elapsedMs);
    },
  };
}
