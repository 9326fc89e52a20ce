import { optionTable } from './model/day-options.js';
import { employeeViolations } from './model/legality.js';
import type { RotaState } from './model/rota-state.js';

/**
 * Brings every employee's contract hours inside the tolerance after the search, when the
 * annealing left one slightly outside: repeatedly makes the legal single-day change (add, remove
 * or change a shift) that moves the hours towards the contract at the least cost. Deterministic.
 * Returns how many employees still miss.
 *
 * @example
 * ```ts
 * repairContracts(state); // 0 when every contract holds
 * ```
 */
export function repairContracts(st: RotaState): number {
  const p = st.p;
  let table: ReturnType<typeof optionTable> | null = null;
  let missing = 0;
  for (let e = 0; e < p.E; e++) {
    for (let step = 0; step < 40 && st.contractExcess(e) > 0; step++) {
      table ??= optionTable(p, st.phases);
      const dev = Math.abs(st.paid[e]! - p.targetPaid[e]!);
      let best: { d: number; v: number; delta: number } | null = null;
      for (let d = 0; d < p.days; d++) {
        const old = st.rows[e]![d]!;
        for (const v of table.values[e * p.days + d]!) {
          if (v === old) continue;
          // Never a flexi shift beyond what is asked for that day and shift.
          if (v >= p.S && st.flexi[d * p.S + (v - p.S)]! >= p.flexiAsked[d * p.S + (v - p.S)]!) continue;
          const paid =
            st.paid[e]! - (old < 0 ? 0 : p.shifts[old % p.S]!.paid) + (v < 0 ? 0 : p.shifts[v % p.S]!.paid);
          if (Math.abs(paid - p.targetPaid[e]!) >= dev) continue;
          const delta = st.set(e, d, v);
          const legal = employeeViolations(p, e, st.rows[e]!, d, d) === 0;
          st.set(e, d, old);
          if (legal && (!best || delta < best.delta)) best = { d, v, delta };
        }
      }
      if (!best) break;
      st.set(e, best.d, best.v);
    }
    if (st.contractExcess(e) > 0) missing++;
  }
  return missing;
}

/**
 * Turns flexi shifts beyond what a day asks for into ordinary shifts of the same type (same times,
 * so legality is unchanged; they then count towards demand instead of over-filling flexi).
 *
 * @example
 * ```ts
 * normaliseFlexi(state); // number of shifts changed
 * ```
 */
export function normaliseFlexi(st: RotaState): number {
  const p = st.p;
  let changed = 0;
  for (let d = 0; d < p.days; d++)
    for (let s = 0; s < p.S; s++)
      for (let e = 0; e < p.E && st.flexi[d * p.S + s]! > p.flexiAsked[d * p.S + s]!; e++)
        if (st.rows[e]![d] === s + p.S) {
          st.set(e, d, s);
          changed++;
        }
  return changed;
}
