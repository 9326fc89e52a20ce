/**
 * A mixed-integer linear programme in a solver-neutral form: named variables, a linear objective,
 * ranged linear rows, optional integrality and variable bounds. Variables default to `[0, +∞)`;
 * binaries are integer variables in `[0, 1]`.
 *
 * @example
 * ```ts
 * const model: MipModel = {
 *   sense: 'max',
 *   objective: { x: 5, y: 4 },
 *   constraints: [{ name: 'capacity', terms: { x: 2, y: 3 }, hi: 5 }],
 *   binaries: ['x', 'y'],
 * };
 * ```
 * @since 0.1.0
 */
export interface MipModel {
  readonly sense: 'min' | 'max';
  readonly objective: Readonly<Record<string, number>>;
  readonly constraints: readonly MipConstraint[];
  readonly binaries?: readonly string[];
  readonly integers?: readonly string[];
  readonly bounds?: Readonly<Record<string, MipBound>>;
}

/**
 * One linear row `lo <= Σ terms <= hi`; a missing side is unbounded.
 *
 * @example
 * ```ts
 * const row: MipConstraint = { name: 'cover day 0', terms: { a: 1, b: 1 }, lo: 1 };
 * ```
 * @since 0.1.0
 */
export interface MipConstraint {
  readonly name: string;
  readonly terms: Readonly<Record<string, number>>;
  readonly lo?: number;
  readonly hi?: number;
}

/**
 * Bounds of one variable; a missing `lo` means 0, a missing `hi` means +∞.
 *
 * @example
 * ```ts
 * const bound: MipBound = { lo: -5, hi: 5 };
 * ```
 * @since 0.1.0
 */
export interface MipBound {
  readonly lo?: number;
  readonly hi?: number;
}

/**
 * Outcome of one engine run. `values` holds every variable of the model when a solution is
 * returned (status `optimal` or `feasible`), and is empty otherwise. `bound` is the proven dual
 * bound when the engine reports one. `message` explains an `error` (for example the rows a
 * returned solution violates).
 *
 * @example
 * ```ts
 * const result: MipResult = { status: 'optimal', objective: 9, values: { x: 1, y: 1 }, engine: 'highs', elapsedMs: 3 };
 * ```
 * @since 0.1.0
 */
export interface MipResult {
  readonly status: 'optimal' | 'feasible' | 'infeasible' | 'timeout' | 'error';
  readonly objective?: number;
  readonly values: Record<string, number>;
  readonly bound?: number;
  readonly engine: string;
  readonly elapsedMs: number;
  readonly message?: string;
}

/**
 * Options of one engine run. `relaxation` drops integrality (LP relaxation). `warmStart` gives a
 * feasible (or partial) assignment the engine may start from; engines without MIP starts ignore it.
 *
 * @example
 * ```ts
 * const opts: MipSolveOptions = { timeLimitSeconds: 5, mipGap: 0, warmStart: { x: 1 } };
 * ```
 * @since 0.1.0
 */
export interface MipSolveOptions {
  readonly timeLimitSeconds: number;
  readonly relaxation?: boolean;
  readonly mipGap?: number;
  readonly warmStart?: Readonly<Record<string, number>>;
  readonly randomSeed?: number;
  /** LP algorithm for relaxations: `ipm` (interior point, no crossover) is faster on large LPs in HiGHS. */
  readonly lpAlgorithm?: 'choose' | 'simplex' | 'ipm';
}

/**
 * A MIP engine: solves a {@link MipModel} and returns a verified {@link MipResult}.
 *
 * @example
 * ```ts
 * const result = await highsEngine().solve(model, { timeLimitSeconds: 5 });
 * ```
 * @since 0.1.0
 */
export interface MipEngine {
  readonly name: string;
  solve(model: MipModel, opts: MipSolveOptions): Promise<MipResult>;
}

/**
 * All variable names of a model in first-seen order (objective, rows, integrality lists, bounds).
 *
 * @example
 * ```ts
 * modelVariables({ sense: 'min', objective: { x: 1 }, constraints: [] }); // ['x']
 * ```
 * @since 0.1.0
 */
export function modelVariables(model: MipModel): string[] {
  const seen = new Set<string>();
  for (const name of Object.keys(model.objective)) seen.add(name);
  for (const row of model.constraints) for (const name of Object.keys(row.terms)) seen.add(name);
  for (const name of model.binaries ?? []) seen.add(name);
  for (const name of model.integers ?? []) seen.add(name);
  for (const name of Object.keys(model.bounds ?? {})) seen.add(name);
  return [...seen];
}

/**
 * The bounds a variable really has: its declared bounds (default 0 to +∞), clipped to 0..1 for a
 * binary. Every engine adapter and the verifier read bounds through this one definition.
 *
 * @example
 * ```ts
 * variableBounds({ sense: 'min', objective: {}, constraints: [], bounds: { x: { hi: 5 } } }, 'x', new Set(['x']));
 * // { lo: 0, hi: 1 }
 * ```
 * @since 0.1.0
 */
export function variableBounds(
  model: MipModel,
  name: string,
  binaries: ReadonlySet<string>,
): { lo: number; hi: number } {
  const bound = model.bounds?.[name];
  const lo = bound?.lo ?? 0;
  const hi = bound?.hi ?? Number.POSITIVE_INFINITY;
  return binaries.has(name) ? { lo: Math.max(lo, 0), hi: Math.min(hi, 1) } : { lo, hi };
}

/**
 * The objective value of an assignment (missing variables count as 0).
 *
 * @example
 * ```ts
 * objectiveValue({ sense: 'min', objective: { x: 2 }, constraints: [] }, { x: 3 }); // 6
 * ```
 * @since 0.1.0
 */
export function objectiveValue(model: MipModel, values: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const [name, coefficient] of Object.entries(model.objective))
    total += coefficient * (values[name] ?? 0);
  return total;
}
