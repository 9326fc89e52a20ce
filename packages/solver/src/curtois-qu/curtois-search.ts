// Construction and neighbourhoods of the Curtois–Qu large-neighbourhood search. Internal to the solver.
import type { MipEngine } from '../engine/mip-model.js';
import { type Grid, type IndexedCurtois, emptyGrid } from './curtois-index.js';
import type { CurtoisInfeasibility } from './curtois-infeasibility.js';
import { disagreement, weightedPick } from './curtois-lp-guide.js';
import { type CurtoisScope, buildCurtoisModel } from './curtois-model.js';

/** Number of binaries of employee e on days from..to−1 (cells not on days off, allowed shift types). */
export function employeeBinaries(ix: IndexedCurtois, e: number, from: number, to: number): number {
  const allowed = ix.maxShifts[e]!.filter((m) => m > 0).length;
  let days = 0;
  for (let d = from; d < to; d++) if (!ix.dayOff[e]![d]) days++;
  return days * allowed;
}

/**
 * Schedules employees group by group, each group a sub-MIP that sees the groups before it. Long
 * horizons restrict each employee to the two shift types with the largest capacity (small
 * sub-MIPs); the neighbourhood search brings the other types in. An employee whose sub-MIP fails
 * is retried alone with all types as a pure feasibility problem.
 */
export async function construct(
  ix: IndexedCurtois,
  engine: MipEngine,
  random: () => number,
  perEmployee: readonly number[],
  remaining: () => number,
  seed: number,
): Promise<{ grid: Grid } | { explanation: CurtoisInfeasibility[] } | undefined> {
  const grid = emptyGrid(ix);
  const restrict = ix.H > 28 && ix.S > 2;
  const types = (e: number) =>
    ix.instance.shifts
      .map((shift, s) => ({
        s,
        capacity: Math.min(ix.maxShifts[e]![s]!, ix.H) * shift.minutes,
        self: ix.forbidden[s]!.includes(s),
      }))
      .filter((t) => t.capacity > 0)
      .sort((a, b) => Number(a.self) - Number(b.self) || b.capacity - a.capacity)
      .slice(0, 2)
      .map((t) => t.s);
  const size = (e: number) => (restrict ? Math.min(perEmployee[e]!, 2 * ix.H) : perEmployee[e]!);
  const order = shuffle(
    ix.instance.staff.map((_, e) => e),
    random,
  );
  const groups: number[][] = [];
  let current: number[] = [];
  let total = 0;
  for (const e of order) {
    if (current.length > 0 && total + size(e) > 300) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(e);
    total += size(e);
  }
  if (current.length > 0) groups.push(current);
  const attempt = async (
    employees: number[],
    seconds: number,
    feasibilityOnly: boolean,
    restricted: boolean,
  ) => {
    const mip = buildCurtoisModel(ix, grid, {
      employees,
      from: 0,
      to: ix.H,
      feasibilityOnly,
      ...(restricted ? { types } : {}),
    });
    const result = await engine.solve(mip.model, {
      timeLimitSeconds: seconds,
      mipGap: 0.1,
      randomSeed: seed,
    });
    if (result.status !== 'optimal' && result.status !== 'feasible') return result.status;
    mip.decode(result.values, grid);
    return 'ok';
  };
  for (let g = 0; g < groups.length; g++) {
    const pending = groups.length - g;
    const seconds = Math.min(Math.max(0.3, (remaining() * 0.5) / pending), 2);
    // Long horizons: a first feasible roster fast (the search then repairs cover window by window).
    if ((await attempt(groups[g]!, seconds, true, restrict)) === 'ok') continue;
    for (const e of groups[g]!) {
      if ((await attempt([e], seconds, restrict, restrict)) === 'ok') continue;
      const outcome = await attempt([e], Math.max(1, Math.min(remaining() * 0.3, 20)), true, false);
      if (outcome === 'infeasible') return { explanation: [soloInfeasible(ix, e)] };
      if (outcome !== 'ok') return undefined;
    }
  }
  return { grid };
}

/** Options of {@link neighbourhood}. */
export interface NeighbourhoodOptions {
  /** Share of neighbourhoods with fewer employees over a longer window (default 0.15). */
  readonly longShare?: number;
  /**
   * The LP relaxation's cell values (`lpCells`) and the current roster. With them, a share
   * `guidedShare` (default 0.7) of the neighbourhoods picks its window and employees with
   * probability growing with their disagreement with the LP.
   */
  readonly guide?: { readonly lp: Float64Array; readonly roster: Grid; readonly guidedShare?: number };
}

/**
 * A random neighbourhood of about `target` binaries: a window of days (a whole number of weeks
 * when possible, at a random start) and as many randomly chosen employees as fit, or, guided by
 * the LP, the window and employees that disagree most with it.
 */
export function neighbourhood(
  ix: IndexedCurtois,
  random: () => number,
  perEmployee: readonly number[],
  target: number,
  options: NeighbourhoodOptions = {},
): CurtoisScope {
  const perDay = Math.max(1e-9, perEmployee.reduce((a, b) => a + b, 0) / Math.max(1, ix.E) / ix.H);
  let length: number;
  if (random() < 1 - (options.longShare ?? 0.15)) {
    // Everyone (or as many as fit) over a short window: swaps between employees repair cover.
    length = Math.max(2, Math.min(ix.H, Math.floor(target / (ix.E * perDay))));
  } else {
    // Fewer employees over a longer window (whole weeks when possible).
    const longest = Math.max(3, Math.min(ix.H, Math.floor(target / (2 * perDay))));
    const weeks = Math.floor(longest / 7);
    length = weeks >= 1 ? 7 * (1 + Math.floor(random() * weeks)) : longest;
  }
  const count = Math.max(1, Math.min(ix.E, Math.round(target / (perDay * length))));
  const { guide } = options;
  if (guide && random() < (guide.guidedShare ?? 0.7)) return guided(ix, guide, random, length, count);
  const from = Math.floor(random() * (ix.H - length + 1));
  const employees = shuffle(
    ix.instance.staff.map((_, e) => e),
    random,
  ).slice(0, count);
  return { employees: employees.sort((a, b) => a - b), from, to: from + length };
}

/**
 * The window start, then `count` distinct employees, each drawn with weight growing with their
 * disagreement with the LP inside the window (small floors keep every choice possible).
 */
function guided(
  ix: IndexedCurtois,
  guide: { readonly lp: Float64Array; readonly roster: Grid },
  random: () => number,
  length: number,
  count: number,
): CurtoisScope {
  const { E, H } = ix;
  const far = disagreement(ix, guide.lp, guide.roster);
  const inWindow = (e: number, from: number) => {
    let sum = 0;
    for (let d = from; d < from + length; d++) sum += far[e * H + d]!;
    return sum;
  };
  const starts = new Float64Array(H - length + 1);
  for (let from = 0; from < starts.length; from++) {
    let sum = 0.01;
    for (let e = 0; e < E; e++) sum += inWindow(e, from);
    starts[from] = sum;
  }
  const from = weightedPick(starts, random);
  const weights = Float64Array.from({ length: E }, (_, e) => inWindow(e, from) + 0.05);
  const employees: number[] = [];
  for (let k = 0; k < count; k++) {
    const e = weightedPick(weights, random);
    employees.push(e);
    weights[e] = 0;
  }
  return { employees: employees.sort((a, b) => a - b), from, to: from + length };
}

export function soloInfeasible(ix: IndexedCurtois, e: number): CurtoisInfeasibility {
  const id = ix.instance.staff[e]!.id;
  return {
    employee: id,
    message: `no roster satisfies this employee's hard constraints (HiGHS proved it)`,
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
