// How a Curtois–Qu solve ends: the verified answer from the best roster, or the infeasibility
// explanation. Every roster the solver returns passes through `finish`, which checks it with the
// verifier and throws on a hard violation (that would be a bug). Internal to the solver.
import type { MipEngine } from '../engine/mip-model.js';
import {
  type Grid,
  type IndexedCurtois,
  emptyGrid,
  gridAssignments,
  provesOptimal,
} from './curtois-index.js';
import type { CurtoisInfeasibility } from './curtois-infeasibility.js';
import { buildCurtoisModel } from './curtois-model.js';
import { soloInfeasible } from './curtois-search.js';
import type { CurtoisSolveResult } from './curtois-solve-options.js';
import { type CurtoisViolation, verifyCurtoisSolution } from './verify-curtois.js';

/** A solve's result before the solver adds how many threads worked. */
export type Answer = Omit<CurtoisSolveResult, 'threads'>;

/**
 * The answer for the best roster `grid` (status `timeout` without one), checked against every hard
 * constraint and its objective recomputed; throws when the roster breaks a hard rule or its
 * objective is not `best`.
 */
export function finish(
  ix: IndexedCurtois,
  grid: Grid | undefined,
  best: number,
  bound: number | undefined,
  iterations: number,
  method: CurtoisSolveResult['method'],
  started: number,
): Answer {
  const lowerBound = bound !== undefined ? { lowerBound: Math.min(bound, best) } : {};
  if (!grid) {
    return {
      status: 'timeout',
      assignments: [],
      objective: Number.NaN,
      ...(bound !== undefined ? { lowerBound: bound } : {}),
      elapsedMs: performance.now() - started,
      iterations,
      method,
    };
  }
  const assignments = gridAssignments(ix, grid);
  const check = verifyCurtoisSolution(ix.instance, assignments);
  if (!check.feasible || check.objective.total !== best) {
    throw new Error(
      `internal error: the Curtois–Qu solver built an invalid roster (${describe(check.violations)}; objective ${check.objective.total} vs ${best})`,
    );
  }
  return {
    status: provesOptimal(bound, best) ? 'optimal' : 'feasible',
    assignments,
    objective: best,
    ...lowerBound,
    elapsedMs: performance.now() - started,
    iterations,
    method,
  };
}

/** The answer for an infeasible instance, with why. */
export function infeasible(explanation: CurtoisInfeasibility[], started: number): Answer {
  return {
    status: 'infeasible',
    explanation,
    assignments: [],
    objective: Number.NaN,
    elapsedMs: performance.now() - started,
    iterations: 0,
    method: 'mip',
  };
}

/** Finds the employees whose own hard constraints are infeasible (each solved alone). */
export async function explainInfeasible(
  ix: IndexedCurtois,
  engine: MipEngine,
  remaining: () => number,
): Promise<CurtoisInfeasibility[]> {
  const found: CurtoisInfeasibility[] = [];
  for (let e = 0; e < ix.E && remaining() > 0; e++) {
    const mip = buildCurtoisModel(ix, emptyGrid(ix), { employees: [e], from: 0, to: ix.H });
    const result = await engine.solve(mip.model, {
      timeLimitSeconds: Math.max(0.2, remaining() / ix.E),
      mipGap: 1,
    });
    if (result.status === 'infeasible') found.push(soloInfeasible(ix, e));
  }
  if (found.length > 0) return found;
  return [
    {
      employee: '',
      message: 'HiGHS proved the hard constraints infeasible; no single employee is infeasible alone',
    },
  ];
}

function describe(violations: readonly CurtoisViolation[]): string {
  return (
    violations
      .slice(0, 5)
      .map((v) => v.message)
      .join('; ') || 'no hard violations'
  );
}
