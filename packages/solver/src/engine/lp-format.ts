import { type MipModel, modelVariables, variableBounds } from './mip-model.js';

/**
 * A model written in CPLEX LP format, with the original variable names by column index.
 *
 * @example
 * ```ts
 * const { text, variables } = writeLpFormat(model);
 * ```
 * @since 0.1.0
 */
export interface LpText {
  /** The LP-format text. Variables are named `x0, x1, …` and rows `r0, r1, …`. */
  readonly text: string;
  /** Original variable name of column `i` (LP name `x<i>`). */
  readonly variables: readonly string[];
  /** Original constraint name of row `i` (LP name `r<i>`); ranged rows appear twice. */
  readonly rows: readonly string[];
  /** Names of constraints without terms that are violated by every assignment. */
  readonly emptyInfeasibleRows: readonly string[];
}

const TERMS_PER_LINE = 8;

/**
 * Writes a {@link MipModel} in CPLEX LP format. Variable and row names are replaced by safe
 * index names (`x12`, `r3`) because model names may contain characters LP format forbids;
 * `variables`/`rows` map them back. Every variable appears in the objective (coefficient 0 when
 * absent) so that the column order is the order of `variables`. Ranged rows (`lo < hi`) are
 * written as two rows; rows without terms are not written but reported when infeasible.
 *
 * @param model - the model
 * @param relaxation - drop integrality (binaries keep their `[0, 1]` bounds)
 * @returns the LP text with its name maps
 *
 * @example
 * ```ts
 * const lp = writeLpFormat({ sense: 'max', objective: { a: 1 }, constraints: [{ name: 'cap', terms: { a: 2 }, hi: 3 }] });
 * lp.text; // 'Maximize\n obj: + 1 x0\nSubject To\n r0: + 2 x0 <= 3\n…'
 * ```
 * @since 0.1.0
 */
export function writeLpFormat(model: MipModel, relaxation = false): LpText {
  const variables = modelVariables(model);
  const index = new Map(variables.map((name, i) => [name, i]));
  const lines: string[] = [model.sense === 'max' ? 'Maximize' : 'Minimize'];
  lines.push(
    ...expression(
      ' obj:',
      variables.map((name, i) => [i, model.objective[name] ?? 0] as const),
      true,
    ),
  );
  lines.push('Subject To');
  const rows: string[] = [];
  const emptyInfeasibleRows: string[] = [];
  for (const row of model.constraints) {
    const terms: (readonly [number, number])[] = [];
    for (const [name, coefficient] of Object.entries(row.terms)) {
      if (coefficient !== 0) terms.push([index.get(name)!, coefficient]);
    }
    if (terms.length === 0) {
      if ((row.lo !== undefined && row.lo > 0) || (row.hi !== undefined && row.hi < 0)) {
        emptyInfeasibleRows.push(row.name);
      }
      continue;
    }
    const sides: [string, number][] = [];
    if (row.lo !== undefined && row.hi !== undefined && row.lo === row.hi) sides.push(['=', row.lo]);
    else {
      if (row.lo !== undefined && row.lo > Number.NEGATIVE_INFINITY) sides.push(['>=', row.lo]);
      if (row.hi !== undefined && row.hi < Number.POSITIVE_INFINITY) sides.push(['<=', row.hi]);
    }
    for (const [op, rhs] of sides) {
      const body = expression(` r${rows.length}:`, terms, false);
      body[body.length - 1] += ` ${op} ${num(rhs)}`;
      lines.push(...body);
      rows.push(row.name);
    }
  }
  const binaries = new Set(model.binaries ?? []);
  const integers = new Set((model.integers ?? []).filter((name) => !binaries.has(name)));
  lines.push('Bounds');
  variables.forEach((name, i) => {
    const { lo, hi } = variableBounds(model, name, binaries);
    if (lo === 0 && hi === Number.POSITIVE_INFINITY) return;
    if (lo === Number.NEGATIVE_INFINITY && hi === Number.POSITIVE_INFINITY) lines.push(` x${i} free`);
    else if (lo === Number.NEGATIVE_INFINITY) lines.push(` -inf <= x${i} <= ${num(hi)}`);
    else if (hi === Number.POSITIVE_INFINITY) lines.push(` x${i} >= ${num(lo)}`);
    else lines.push(` ${num(lo)} <= x${i} <= ${num(hi)}`);
  });
  if (!relaxation) {
    const general = variables.flatMap((name, i) =>
      binaries.has(name) || integers.has(name) ? [`x${i}`] : [],
    );
    if (general.length > 0) {
      lines.push('General');
      for (let start = 0; start < general.length; start += 16) {
        lines.push(` ${general.slice(start, start + 16).join(' ')}`);
      }
    }
  }
  lines.push('End', '');
  return { text: lines.join('\n'), variables, rows, emptyInfeasibleRows };
}

/** Writes `label + c x_i …` over several lines; zero coefficients are kept only when asked. */
function expression(
  label: string,
  terms: readonly (readonly [number, number])[],
  keepZeros: boolean,
): string[] {
  const lines: string[] = [];
  let line = label;
  let count = 0;
  for (const [i, coefficient] of terms) {
    if (coefficient === 0 && !keepZeros) continue;
    line += ` ${coefficient < 0 ? '-' : '+'} ${num(Math.abs(coefficient))} x${i}`;
    count++;
    if (count % TERMS_PER_LINE === 0) {
      lines.push(line);
      line = '   ';
    }
  }
  if (count === 0) line += ' 0 x0';
  if (line.trim() !== '') lines.push(line);
  else if (lines.length === 0) lines.push(label);
  return lines;
}

/** A finite number in a form LP readers accept (no `1e+21` surprises for our magnitudes). */
function num(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}
