// The cheapest legal row of one Curtois–Qu employee by labelling: the same states as the dense
// program (curtois-row-program.ts), the run that each day ends and the minutes so far, but the
// weekends and the type counts are carried on labels instead of table dimensions. A label is
// dropped when another label of the same state costs no more and has used no more of every
// tracked resource; those limits are upper bounds only, so whatever row the dropped label leads
// to, the other leads to one as cheap, and the answer stays exact. The minutes stay in the state
// (their limits are two-sided). A resource a label can no longer overdraw is set to 0 so that such
// labels dominate each other, and labels that cannot end below a given value (a lower bound on the
// rest of the row from the dense program over the reversed days) are cut. Where the dense table
// would be tens of millions of states or more (Instance8, 10, 13–15, 17–19), a call holds up to a
// few hundred thousand labels. Internal to the solver.
import type { DenseTable } from './curtois-row-program.js';
import { type RowRules, type Tracked, runStatesOf } from './curtois-row-rules.js';

/** One labelling program: the cheapest row under per-cell costs, or undefined without one. */
export interface LabelTable {
  /**
   * The cheapest row cheaper than `below` (default +∞) under the tracked limits, or undefined when
   * there is none: labels that cannot end below it are dropped.
   */
  solve(
    cost: Float64Array,
    mustWork?: Uint8Array,
    below?: number,
  ): { value: number; row: Int16Array } | undefined;
}

/** Above this many labels in one call (by default) the program gives up ({@link LabelsExhausted}). */
export const MAX_LABELS = 8_000_000;

/** Thrown when one call would need more than {@link MAX_LABELS} labels. */
export class LabelsExhausted extends Error {}

/**
 * The label arena, shared by every program of the thread (a call runs to its end synchronously).
 * A label's resources are packed into `stride` 32-bit words, several fields to a word, so that one
 * subtraction compares them all (see `noMore`).
 */
let arena = makeArena(1 << 16, 1);

function makeArena(size: number, stride: number) {
  return {
    size,
    stride,
    cost: new Float64Array(size),
    key: new Int32Array(size),
    parent: new Int32Array(size),
    next: new Int32Array(size),
    dead: new Uint8Array(size),
    res: new Int32Array(size * stride),
  };
}

function grow(): void {
  const old = arena;
  arena = makeArena(old.size * 2, old.stride);
  arena.cost.set(old.cost);
  arena.key.set(old.key);
  arena.parent.set(old.parent);
  arena.next.set(old.next);
  arena.dead.set(old.dead);
  arena.res.set(old.res);
}

/**
 * The labelling program of `rules`, exact over the resources `tracked` holds and a relaxation of
 * the other limits (the caller checks its row against them, see curtois-row-rules.ts).
 *
 * @example
 * ```ts
 * const table = labelTable(rowRulesOf(ix, 8), trackAll(rowRulesOf(ix, 8)));
 * const found = table.solve(costs);
 * ```
 */
export function labelTable(
  rules: RowRules,
  tracked: Tracked,
  backward?: DenseTable,
  maxLabels = MAX_LABELS,
): LabelTable {
  const { H, S, types, units, minUnits, maxUnits, dayOff, unitsAfter } = rules;
  // Resources on a label: field 0 the weekends (0 when not tracked), then the tracked type counts,
  // packed F bits to a field (the top bit of each kept clear as a guard), 32 / F fields to a word.
  const K = 1 + tracked.counts.length;
  const weekendLimit = tracked.weekends ? rules.maxWeekends : Number.POSITIVE_INFINITY;
  const slotOf = new Int32Array(S).fill(-1);
  const limitOf = new Int32Array(S);
  tracked.counts.forEach((s, k) => {
    slotOf[s] = k + 1;
    limitOf[s] = rules.limit.get(s)!;
  });
  const largest = Math.max(rules.maxWeekends, ...tracked.counts.map((s) => limitOf[s]!));
  const F = largest < 128 ? 8 : 16;
  const P = 32 / F;
  const words = Math.ceil(K / P);
  /** Word and bit of each field, and the field's increment. */
  const wordOf = (k: number) => Math.floor(k / P);
  const shiftOf = (k: number) => (k % P) * F;
  const mask = (1 << F) - 1;
  let guard = 0;
  for (let k = 0; k < P; k++) guard |= 1 << (k * F + F - 1);
  const U1 = maxUnits + 1;
  const { count: runStates, isOff, typeOf, offNext, workNext, firstOff, firstWorked } = runStatesOf(rules);
  const head = new Int32Array(runStates * U1).fill(-1);
  const candidate = new Int32Array(words);
  // A resource a label can no longer overdraw, whatever the rest of the row does, is set to 0 on it:
  // labels that differ only there lead to the same rows, and then one dominates the other. The most
  // a field can still grow after day d: the weekends still to come, or for a type count the
  // workable days left and the shifts of that type the units left allow.
  const fieldLimit = Int32Array.from({ length: K }, (_, k) =>
    k === 0 ? rules.maxWeekends : limitOf[tracked.counts[k - 1]!]!,
  );
  const fieldUnits = Int32Array.from({ length: K }, (_, k) => (k === 0 ? 0 : units[tracked.counts[k - 1]!]!));
  const workableAfter = new Int32Array(H);
  const weekendsAfter = new Int32Array(H);
  for (let d = H - 2; d >= 0; d--) workableAfter[d] = workableAfter[d + 1]! + (dayOff[d + 1] ? 0 : 1);
  // A weekend can still be added after day d when one of its days lies after d.
  for (let d = 0; d < H; d++) {
    for (let saturday = 5; saturday < H; saturday += 7) {
      if (Math.min(saturday + 1, H - 1) > d) weekendsAfter[d]!++;
    }
  }
  /** Field k of label l. */
  const field = (l: number, k: number) => (arena.res[l * arena.stride + wordOf(k)]! >>> shiftOf(k)) & mask;
  const dayStart = new Int32Array(H + 1);
  // rest[d · U1 + u]: a lower bound on what the days after d can add to a label of day d with u
  // units. With `backward` (the dense program over the reversed days, weekends and counts relaxed),
  // the cheapest legal ending of the row on its own with the units still allowed; else the cheapest
  // one shift a day within those units (tail[d · U1 + r]: the days d.. within r units).
  const rest = new Float64Array(H * U1);
  const tail = new Float64Array((H + 1) * U1);
  const reversedCost = new Float64Array(H * S);
  const ending = new Float64Array(H * U1);
  const bounds = (cost: Float64Array) => {
    if (backward) {
      for (let j = 0; j < H; j++)
        for (let s = 0; s < S; s++) reversedCost[j * S + s] = cost[(H - 1 - j) * S + s]!;
      backward.cheapest(reversedCost, undefined, ending);
      for (let d = 0; d < H; d++) {
        for (let u = 0; u < U1; u++) {
          let best = d === H - 1 ? (u >= minUnits ? 0 : Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
          if (d < H - 1) {
            const at = (H - 2 - d) * U1;
            for (let v = Math.max(0, minUnits - u); v <= maxUnits - u; v++)
              best = Math.min(best, ending[at + v]!);
          }
          rest[d * U1 + u] = best;
        }
      }
      return;
    }
    for (let d = H - 1; d >= 0; d--) {
      for (let r = 0; r < U1; r++) {
        let best = tail[(d + 1) * U1 + r]!;
        if (!dayOff[d]) {
          for (const s of types) {
            const m = units[s]!;
            if (m <= r) best = Math.min(best, cost[d * S + s]! + tail[(d + 1) * U1 + r - m]!);
          }
        }
        tail[d * U1 + r] = best;
      }
    }
    for (let d = 0; d < H; d++)
      for (let u = 0; u < U1; u++) rest[d * U1 + u] = tail[(d + 1) * U1 + maxUnits - u]!;
  };

  return {
    solve(cost, mustWork, below = Number.POSITIVE_INFINITY) {
      if (arena.stride < words) arena = makeArena(arena.size, words);
      const stride = arena.stride;
      // Without an upper bound the knapsack bound prunes nothing; the backward one still drops
      // labels that no legal ending completes.
      const pruning = below < Number.POSITIVE_INFINITY || backward !== undefined;
      if (pruning) bounds(cost);
      /** Where the bounds of the labels being made start: their day's. */
      let restAt = 0;
      let day = 0;
      let n = 0;
      const touched: number[] = [];
      /** Whether label m has used no more of every resource than `candidate` (or the reverse). */
      const noMore = (m: number, reverse: boolean) => {
        const { res } = arena;
        for (let w = 0; w < words; w++) {
          const a = res[m * stride + w]!;
          const b = candidate[w]!;
          // Per field: (b | guard) − a keeps its guard bit exactly when the field of a ≤ b's.
          if (reverse ? (((a | guard) - b) & guard) ^ guard : (((b | guard) - a) & guard) ^ guard)
            return false;
        }
        return true;
      };
      /** Drops label m from its bucket, after `prev` (−1: m is the bucket's head). */
      const unlink = (key: number, m: number, prev: number) => {
        arena.dead[m] = 1;
        if (prev < 0) head[key] = arena.next[m]!;
        else arena.next[prev] = arena.next[m]!;
      };
      /**
       * Adds a label at `key` with resources `candidate`, unless it cannot end below `below` or a
       * label there dominates it; drops the labels it dominates. A bucket is kept in cost order, so
       * only the labels no dearer than the new one can dominate it.
       */
      const insert = (key: number, v: number, parent: number) => {
        const u = key % U1;
        if (pruning && !(v + rest[restAt + u]! < below)) return;
        for (let k = tracked.weekends ? 0 : 1; k < K; k++) {
          const w = wordOf(k);
          const shift = shiftOf(k);
          const value = (candidate[w]! >>> shift) & mask;
          if (value === 0) continue;
          const more =
            k === 0
              ? weekendsAfter[day]!
              : Math.min(workableAfter[day]!, Math.floor((maxUnits - u) / fieldUnits[k]!));
          if (value + more <= fieldLimit[k]!) candidate[w] = candidate[w]! & ~(mask << shift);
        }
        let prev = -1;
        let m = head[key]!;
        for (; m >= 0 && arena.cost[m]! <= v; m = arena.next[m]!) {
          if (noMore(m, false)) return;
          if (arena.cost[m] === v && noMore(m, true)) unlink(key, m, prev);
          else prev = m;
        }
        if (n >= maxLabels) throw new LabelsExhausted(`more than ${maxLabels} labels`);
        if (n === arena.size) grow();
        if (head[key] === -1) touched.push(key);
        arena.cost[n] = v;
        arena.key[n] = key;
        arena.parent[n] = parent;
        arena.dead[n] = 0;
        arena.res.set(candidate, n * stride);
        arena.next[n] = m;
        if (prev < 0) head[key] = n;
        else arena.next[prev] = n;
        // The dearer labels that have used no less of every resource are dominated.
        prev = n;
        for (; m >= 0; m = arena.next[m]!) {
          if (noMore(m, true)) unlink(key, m, prev);
          else prev = m;
        }
        n++;
      };
      const nextDay = (d: number) => {
        dayStart[d] = n;
        for (const key of touched) head[key] = -1;
        touched.length = 0;
      };
      // Day 0 (a Monday: no weekend).
      nextDay(0);
      candidate.fill(0);
      if (!mustWork?.[0]) insert(firstOff * U1, 0, -1);
      const bump = (k: number) => {
        candidate[wordOf(k)] = candidate[wordOf(k)]! + (1 << shiftOf(k));
      };
      if (!dayOff[0]) {
        for (const s of types) {
          if (!(cost[s]! < Number.POSITIVE_INFINITY) || units[s]! > maxUnits) continue;
          if (slotOf[s]! >= 0 && limitOf[s]! < 1) continue;
          candidate.fill(0);
          if (slotOf[s]! >= 0) bump(slotOf[s]!);
          insert(firstWorked[s]! * U1 + units[s]!, cost[s]!, -1);
        }
      }
      for (let d = 1; d < H; d++) {
        nextDay(d);
        restAt = d * U1;
        day = d;
        const weekday = d % 7;
        const closed = dayOff[d]!;
        const offAllowed = !mustWork?.[d];
        const needed = minUnits - unitsAfter[d - 1]!;
        for (let l = dayStart[d - 1]!; l < dayStart[d]!; l++) {
          if (arena.dead[l]) continue;
          const key = arena.key[l]!;
          const q = Math.floor(key / U1);
          const u = key - q * U1;
          if (u < needed) continue;
          const v = arena.cost[l]!;
          const base = l * stride;
          if (offNext[q]! >= 0 && offAllowed) {
            for (let w = 0; w < words; w++) candidate[w] = arena.res[base + w]!;
            insert(offNext[q]! * U1 + u, v, l);
          }
          if (closed) continue;
          const newWeekend = weekday === 5 || (weekday === 6 && isOff[q]) ? 1 : 0;
          if (newWeekend && field(l, 0) >= weekendLimit) continue;
          for (const s of types) {
            const q1 = workNext[q * S + s]!;
            const c = cost[d * S + s]!;
            if (q1 < 0 || u + units[s]! > maxUnits || !(c < Number.POSITIVE_INFINITY)) continue;
            const slot = slotOf[s]!;
            if (slot >= 0 && field(l, slot) >= limitOf[s]!) continue;
            for (let w = 0; w < words; w++) candidate[w] = arena.res[base + w]!;
            if (tracked.weekends && newWeekend) bump(0);
            if (slot >= 0) bump(slot);
            insert(q1 * U1 + u + units[s]!, v + c, l);
          }
        }
      }
      dayStart[H] = n;
      for (const key of touched) head[key] = -1;
      // The last run is exempt from the minimum lengths; the minutes must reach their minimum.
      let at = -1;
      for (let l = dayStart[H - 1]!; l < n; l++) {
        if (arena.dead[l] || arena.key[l]! % U1 < minUnits) continue;
        if (at < 0 || arena.cost[l]! < arena.cost[at]!) at = l;
      }
      if (at < 0) return undefined;
      const value = arena.cost[at]!;
      const row = new Int16Array(H).fill(-1);
      for (let d = H - 1; d >= 0; d--) {
        row[d] = typeOf[Math.floor(arena.key[at]! / U1)]!;
        at = arena.parent[at]!;
      }
      return { value, row };
    },
  };
}
