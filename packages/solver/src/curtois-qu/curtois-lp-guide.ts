// LP guidance for the Curtois–Qu large-neighbourhood search: where the roster disagrees with the
// LP relaxation, a sub-MIP is more likely to find something better (the idea of RINS). The search
// then frees the window and the employees with the most disagreement more often. Internal to the
// solver.
import { type Grid, type IndexedCurtois, eds } from './curtois-index.js';
import { cellVariable } from './curtois-model.js';

/**
 * The LP relaxation's value of every cell x[e][d][s] (index {@link eds}), read from a solution of
 * the full model of `buildCurtoisModel` (variables named by {@link cellVariable}; cells without a
 * variable are 0).
 */
export function lpCells(ix: IndexedCurtois, values: Readonly<Record<string, number>>): Float64Array {
  const cells = new Float64Array(ix.E * ix.H * ix.S);
  for (let e = 0; e < ix.E; e++)
    for (let d = 0; d < ix.H; d++)
      for (let s = 0; s < ix.S; s++) cells[eds(ix, e, d, s)] = values[cellVariable(e, d, s)] ?? 0;
  return cells;
}

/**
 * How far each employee's day in `grid` is from the LP: half the L1 distance between the LP's
 * values of that day and the roster's 0/1 values, between 0 (they agree) and 1 (per e·H + d).
 */
export function disagreement(ix: IndexedCurtois, lp: Float64Array, grid: Grid): Float64Array {
  const { E, H, S } = ix;
  const out = new Float64Array(E * H);
  for (let e = 0; e < E; e++) {
    const row = grid[e]!;
    for (let d = 0; d < H; d++) {
      let distance = 0;
      for (let s = 0; s < S; s++) distance += Math.abs(lp[eds(ix, e, d, s)]! - (row[d] === s ? 1 : 0));
      out[e * H + d] = distance / 2;
    }
  }
  return out;
}

/** An index drawn with probability proportional to its (non-negative) weight. */
export function weightedPick(weights: ArrayLike<number>, random: () => number): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
