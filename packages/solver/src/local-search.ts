import { optionTable } from './model/day-options.js';
import { employeeViolations } from './model/legality.js';
import type { RotaState } from './model/rota-state.js';
import type { Rng } from './rng.js';

/** Settings of one local-search run. */
export interface SearchOptions {
  /** Emergency stop (wall clock); the search normally ends after `iterations`. */
  readonly deadline: number;
  /** Iteration budget: the temperature schedule follows it, so a seed gives the same rota. */
  readonly iterations: number;
  readonly rng: Rng;
  readonly signal?: AbortSignal | undefined;
  readonly startTemperature?: number;
  readonly endTemperature?: number;
  readonly onImprove?: ((cost: number) => void) | undefined;
}

/**
 * Simulated annealing over legal rotas. Moves: change one day's shift, swap two employees' shifts
 * on a day, move a shift to another day, swap a block of days between two employees. Every move
 * keeps the structural rules (allowed shifts, absences, weekend pattern) by construction and is
 * checked with the legality model before it is kept, so the state is always legal; soft terms and
 * contract hours are penalties. Ends with the best state found. Returns iterations done.
 *
 * @example
 * ```ts
 * anneal(state, { deadline: performance.now() + 2000, iterations: 200_000, rng: createRng(1) });
 * ```
 */
export function anneal(st: RotaState, o: SearchOptions): number {
  const p = st.p;
  const { E, days } = p;
  if (E === 0 || days === 0) return 0; // nothing to search
  const { values, forced } = optionTable(p, st.phases);
  const opt = (e: number, d: number) => values[e * days + d]!;
  const rng = o.rng;
  const T0 = o.startTemperature ?? 20;
  const T1 = o.endTemperature ?? 0.2;
  const budget = Math.max(1, o.iterations);
  let T = T0;
  let best = st.cost;
  let bestRows: Int16Array[] | null = null;
  let curIsBest = true;
  let it = 0;
  const changed: [number, number, number][] = [];
  const setCell = (e: number, d: number, v: number): number => {
    changed.push([e, d, st.rows[e]![d]!]);
    return st.set(e, d, v);
  };
  const undo = () => {
    for (let i = changed.length - 1; i >= 0; i--) {
      const [e, d, v] = changed[i]!;
      st.set(e, d, v);
    }
    changed.length = 0;
  };
  const legal = (): boolean => {
    const lo = new Map<number, [number, number]>();
    for (const [e, d] of changed) {
      const r = lo.get(e);
      lo.set(e, r ? [Math.min(r[0], d), Math.max(r[1], d)] : [d, d]);
    }
    for (const [e, [a, b]] of lo) if (employeeViolations(p, e, st.rows[e]!, a, b) > 0) return false;
    return true;
  };
  for (;;) {
    if ((it & 255) === 0) {
      if (it >= budget || performance.now() >= o.deadline || o.signal?.aborted) break;
      T = T0 * (T1 / T0) ** (it / budget);
    }
    it++;
    changed.length = 0;
    let delta = 0;
    const kind = rng.next();
    const e = rng.int(E);
    const d = rng.int(days);
    if (kind < 0.3) {
      const vals = opt(e, d);
      if (vals.length < 2) continue;
      const v = vals[rng.int(vals.length)]!;
      if (v === st.rows[e]![d]) continue;
      delta = setCell(e, d, v);
    } else if (kind < 0.65) {
      const f = rng.int(E);
      if (f === e) continue;
      const a = st.rows[e]![d]!;
      const b = st.rows[f]![d]!;
      if (a === b || !opt(e, d).includes(b) || !opt(f, d).includes(a)) continue;
      delta = setCell(e, d, b) + setCell(f, d, a);
    } else if (kind < 0.9) {
      const d2 = rng.int(days);
      if (d2 === d || forced[e * days + d] || forced[e * days + d2]) continue;
      const a = st.rows[e]![d]!;
      if (a < 0 || st.rows[e]![d2] !== -1) continue;
      const vals = opt(e, d2).filter((v) => v >= 0);
      if (vals.length === 0) continue;
      const v = rng.next() < 0.5 && vals.includes(a) ? a : vals[rng.int(vals.length)]!;
      delta = setCell(e, d, -1) + setCell(e, d2, v);
    } else {
      const f = rng.int(E);
      if (f === e) continue;
      const len = 2 + rng.int(4);
      let ok = true;
      for (let k = 0; k < len && ok; k++) {
        const dd = (d + k) % days;
        if (!p.cyclic && d + k >= days) ok = false;
        else {
          const a = st.rows[e]![dd]!;
          const b = st.rows[f]![dd]!;
          if (!opt(e, dd).includes(b) || !opt(f, dd).includes(a)) ok = false;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < len; k++) {
        const dd = (d + k) % days;
        const a = st.rows[e]![dd]!;
        const b = st.rows[f]![dd]!;
        if (a !== b) delta += setCell(e, dd, b) + setCell(f, dd, a);
      }
      if (changed.length === 0) continue;
    }
    const accept = delta <= 0 || rng.next() < Math.exp(-delta / T);
    if (!accept || !legal()) {
      undo();
      continue;
    }
    if (delta > 0 && curIsBest) {
      // Leaving the best state: remember it (before this move).
      const redo = changed.map(([ce, cd]) => [ce, cd, st.rows[ce]![cd]!] as const);
      undo();
      bestRows = st.rows.map((r) => r.slice());
      for (const [ce, cd, v] of redo) st.set(ce, cd, v);
      curIsBest = false;
    }
    if (st.cost < best - 1e-9) {
      best = st.cost;
      curIsBest = true;
      bestRows = null;
      o.onImprove?.(best);
    }
  }
  if (!curIsBest && bestRows) restore(st, bestRows);
  return it;
}

/** Puts saved rows back into the state (keeping counters in step). */
export function restore(st: RotaState, rows: readonly Int16Array[]): void {
  rows.forEach((row, e) => {
    for (let d = 0; d < row.length; d++) if (st.rows[e]![d] !== row[d]) st.set(e, d, row[d]!);
  });
}
