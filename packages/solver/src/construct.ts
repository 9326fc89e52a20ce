import { optionTable } from './model/day-options.js';
import { employeeViolations } from './model/legality.js';
import type { RotaState } from './model/rota-state.js';
import { type Problem, weekday } from './problem.js';

/** Tries value v on cell (e, d); keeps it when the employee's row stays legal. */
export function tryPlace(st: RotaState, e: number, d: number, v: number): boolean {
  const old = st.rows[e]![d]!;
  st.set(e, d, v);
  if (employeeViolations(st.p, e, st.rows[e]!, d, d) === 0) return true;
  st.set(e, d, old);
  return false;
}

function need(st: RotaState, d: number, s: number, target: Int32Array): number {
  return target[d * st.p.S + s]! - st.cover[d * st.p.S + s]!;
}

function compNeed(st: RotaState, d: number, s: number, comp: number): number {
  const i = d * st.p.S + s;
  let n = 0;
  for (const m of st.p.compMin[i]!) if (m.comp === comp) n = Math.max(n, m.count - st.comp[i * st.C + comp]!);
  return n;
}

/**
 * Greedy legal construction (most constrained first): worked weekends first, as the weekend
 * pattern forces them, then each day's demand slot by slot, each time giving the slot to the
 * legal employee with the most contract hours left (competence minimums first), then flexi shifts,
 * then remaining contract hours on the days with the least surplus. Every placement is checked
 * with the legality model, so the result is legal; demand may stay uncovered.
 *
 * @param target staff wanted per `day * S + shift` (the demand, or the chosen døgnrytme mix)
 * @example
 * ```ts
 * construct(state, problem.demand);
 * ```
 */
export function construct(st: RotaState, target: Int32Array, deadline: number): void {
  const p = st.p;
  const left = (e: number) => p.targetPaid[e]! - st.paid[e]!;
  const table = optionTable(p, st.phases);
  const opts = (e: number, d: number) => ({
    values: table.values[e * p.days + d]!,
    forced: table.forced[e * p.days + d] === 1,
  });
  // 1. Forced weekend days.
  for (let w = 0; w < p.weeks; w++) {
    for (const d of [w * 7 + 5, w * 7 + 6]) {
      const forced = [...Array(p.E).keys()].filter((e) => opts(e, d).forced);
      forced.sort((a, b) => opts(a, d).values.length - opts(b, d).values.length || a - b);
      // A Sunday shift reaching into a holiday Monday's window counts as one more holiday worked
      // (and a late Saturday shift rules out an early Sunday one), so early shifts go first then.
      const monday = d - weekday(p, d) + 7;
      const nextHoliday = monday < p.days && p.sundayLike[monday] === true;
      const reach = (v: number) => (nextHoliday ? p.shifts[v]!.end : 0);
      for (const e of forced) {
        const vals = opts(e, d).values.filter((v) => v < p.S);
        // Before a holiday Monday, shifts that stay out of its window first (as the weekend phase
        // check assumed), so the Sunday/holiday allowance is not used up by construction.
        vals.sort(
          (a, b) =>
            reach(a) - reach(b) ||
            compNeed(st, d, b, p.compOf[e]!) - compNeed(st, d, a, p.compOf[e]!) ||
            need(st, d, b, target) - need(st, d, a, target) ||
            a - b,
        );
        let placed = false;
        for (const v of vals)
          if (tryPlace(st, e, d, v)) {
            placed = true;
            break;
          }
        if (!placed && d === w * 7 + 6) placePair(st, e, d - 1, opts(e, d - 1).values, vals);
      }
    }
  }
  // 2. Weekday demand, slot by slot.
  for (let d = 0; d < p.days; d++) {
    if (performance.now() > deadline) return;
    if (weekday(p, d) >= 5) continue;
    const order = [...Array(p.S).keys()].sort((a, b) => p.shifts[b]!.start - p.shifts[a]!.start || a - b);
    let progress = true;
    while (progress) {
      progress = false;
      for (const s of order) {
        if (need(st, d, s, target) <= 0) continue;
        const cands = [...Array(p.E).keys()].filter(
          (e) => st.rows[e]![d] === -1 && left(e) > p.shifts[s]!.paid / 2 && opts(e, d).values.includes(s),
        );
        cands.sort(
          (a, b) =>
            compNeed(st, d, s, p.compOf[b]!) - compNeed(st, d, s, p.compOf[a]!) ||
            left(b) / p.targetPaid[b]! - left(a) / p.targetPaid[a]! ||
            a - b,
        );
        for (const e of cands)
          if (tryPlace(st, e, d, s)) {
            progress = true;
            break;
          }
      }
    }
  }
  // 3. Flexi shifts, to those with most hours left.
  for (let d = 0; d < p.days; d++) {
    for (let s = 0; s < p.S; s++) {
      while (st.flexi[d * p.S + s]! < p.flexiAsked[d * p.S + s]!) {
        const cands = [...Array(p.E).keys()].filter(
          (e) =>
            st.rows[e]![d] === -1 && left(e) > p.shifts[s]!.paid / 2 && opts(e, d).values.includes(s + p.S),
        );
        cands.sort((a, b) => left(b) / p.targetPaid[b]! - left(a) / p.targetPaid[a]! || a - b);
        let placed = false;
        for (const e of cands)
          if (tryPlace(st, e, d, s + p.S)) {
            placed = true;
            break;
          }
        if (!placed) break;
      }
    }
  }
  // 4. Remaining contract hours, on the days with least surplus.
  for (let e = 0; e < p.E; e++) {
    if (performance.now() > deadline) return;
    const days = [...Array(p.days).keys()].filter((d) => st.rows[e]![d] === -1 && weekday(p, d) < 5);
    days.sort((a, b) => surplusOn(st, a, target) - surplusOn(st, b, target) || a - b);
    for (const d of days) {
      if (left(e) <= p.tolerance / 2) break;
      const vals = opts(e, d).values.filter(
        (v) => v >= 0 && v < p.S && p.shifts[v]!.paid <= left(e) + p.tolerance,
      );
      vals.sort((a, b) => need(st, d, b, target) - need(st, d, a, target) || a - b);
      for (const v of vals) if (tryPlace(st, e, d, v)) break;
    }
  }
}

/** Re-places a forced Saturday–Sunday pair together when Sunday found no value after Saturday's choice. */
function placePair(
  st: RotaState,
  e: number,
  sat: number,
  satValues: readonly number[],
  sunValues: number[],
): void {
  const old = st.rows[e]![sat]!;
  for (const a of satValues) {
    if (a < 0 || a >= st.p.S) continue;
    st.set(e, sat, a);
    if (employeeViolations(st.p, e, st.rows[e]!, sat, sat) > 0) continue;
    for (const b of sunValues) if (tryPlace(st, e, sat + 1, b)) return;
  }
  st.set(e, sat, old);
}

function surplusOn(st: RotaState, d: number, target: Int32Array): number {
  let x = 0;
  for (let s = 0; s < st.p.S; s++) x += st.cover[d * st.p.S + s]! - Math.max(0, target[d * st.p.S + s]!);
  return x;
}

/** The problem's own demand as a construction target. */
export function demandTarget(p: Problem): Int32Array {
  return p.demand;
}
