import { type MipModel, modelVariables, objectiveValue, variableBounds } from './mip-model.js';

/**
 * Checks an assignment against a model independently of any engine: variable bounds, integrality
 * of binaries and integers, every constraint row, and (when `reportedObjective` is given) the
 * objective recomputed from the values. Missing variables count as 0.
 *
 * @param model - the model
 * @param values - the assignment to check
 * @param tol - absolute tolerance, scaled by the row size for rows (default 1e-6)
 * @param reportedObjective - an objective value claimed by an engine, compared with the recomputed one
 * @returns the names of what is violated: constraint names, `bound:<var>`, `integrality:<var>`,
 *   `objective`; empty when the assignment is feasible
 *
 * @example
 * ```ts
 * const model: MipModel = { sense: 'min', objective: { x: 1 }, constraints: [{ name: 'c', terms: { x: 1 }, lo: 2 }] };
 * verifySolution(model, { x: 1 }); // ['c']
 * ```
 * @since 0.1.0
 */
export function verifySolution(
  model: MipModel,
  values: Readonly<Record<string, number>>,
  tol = 1e-6,
  reportedObjective?: number,
): string[] {
  const violated: string[] = [];
  const integral = new Set([...(model.binaries ?? []), ...(model.integers ?? [])]);
  const binaries = new Set(model.binaries ?? []);
  for (const name of modelVariables(model)) {
    const value = values[name] ?? 0;
    if (!Number.isFinite(value)) {
      violated.push(`bound:${name}`);
      continue;
    }
    const { lo, hi } = variableBounds(model, name, binaries);
    if (value < lo - tol || value > hi + tol) violated.push(`bound:${name}`);
    if (integral.has(name) && Math.abs(value - Math.round(value)) > tol) violated.push(`integrality:${name}`);
  }
  for (const row of model.constraints) {
    let activity = 0;
    let scale = 1;
    for (const [name, coefficient] of Object.entries(row.terms)) {
      const term = coefficient * (values[name] ?? 0);
      activity += term;
      scale = Math.max(scale, Math.abs(term));
    }
    const rowTol = tol * scale;
    if (
      (row.lo !== undefined && activity < row.lo - rowTol) ||
      (row.hi !== undefined && activity > row.hi + rowTol)
    ) {
      violated.push(row.name);
    }
  }
  if (reportedObjective !== undefined) {
    const recomputed = objectiveValue(model, values);
    if (Math.abs(recomputed - reportedObjective) > tol * Math.max(1, Math.abs(recomputed)) * 10) {
      violated.push('objective');
    }
  }
  return violated;
}
