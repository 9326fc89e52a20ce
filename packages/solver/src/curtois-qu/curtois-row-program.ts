// The cheapest legal row of one Curtois–Qu employee under per-cell costs, by dynamic programming
// over the days: column generation's pricing problem. A state after day d is the run that day d
// ends (worked with its length and shift type, or off with its length up to the minimum that
// matters), whether that run began on day 0 (runs at the horizon's edges are exempt from the
// minimum lengths), and the resources used so far: minutes (in units of the shifts' greatest
// common divisor), weekends worked, and the count of each shift type whose limit can bind. The
// dense table keeps every state (no dominance: the minute limits are two-sided), so the answer is
// exact; only states that can no longer reach the minimum minutes are not expanded (1.3–1.5 times
// faster on Instance12, 16 and 17). On the benchmark's small instances a call takes milliseconds.
// Where the table would be too large, labelling (curtois-row-labels.ts) answers instead. The rules
// are written out here and in curtois-row-rules.ts on their own, apart from the annealer's row
// score and the verifier. Internal to the solver.
import type { IndexedCurtois } from './curtois-index.js';
import { labelTable } from './curtois-row-labels.js';
import {
  type RowRules,
  type Tracked,
  overdrawn,
  reversedRules,
  rowRulesOf,
  runStatesOf,
  trackAll,
} from './curtois-row-rules.js';

/** A priced row: its value, or with no row a lower bound at least the `below` asked for. */
export type Priced = { value: number; row: Int16Array } | { value: number; row?: undefined };

/** The pricing program of one employee (see {@link rowProgram}). */
export interface RowProgram {
  /** How it prices: a dense table over every state, or labelling (see {@link rowProgram}). */
  readonly kind: 'table' | 'labels';
  /**
   * The cheapest legal row when working shift s on day d costs `cost[d * S + s]`: its value (the
   * sum of the costs of its worked cells) and the row (−1 off), or undefined when the employee has
   * no legal row at all. An infinite cost forbids its cell; with `mustWork`, a day d with
   * `mustWork[d] = 1` may not be off (branching fixes cells both ways this way). With `below`,
   * a program may answer `{ value: below }` without a row when no legal row is cheaper than
   * `below` (column generation needs no more to know that an employee has no improving row).
   */
  cheapest(cost: Float64Array, mustWork?: Uint8Array, below?: number): Priced | undefined;
}

/** Above this many states per day times days, {@link rowProgram} labels instead of a dense table. */
export const MAX_TABLE = 4_000_000;

/** A call's tables: two days of values, and each state's predecessor on every day. */
interface Tables {
  readonly value: Float64Array[];
  readonly back: Int32Array[];
}

/**
 * One set of buffers, grown as needed, serves every program of the thread: a call runs to its end
 * synchronously, and the pricing of column generation calls them one employee after another.
 */
let buffers: { values: Float64Array[]; backing: Int32Array } | undefined;
let shaped: (Tables & { N: number; H: number }) | undefined;

function tables(N: number, H: number): Tables {
  if (shaped?.N === N && shaped.H === H) return shaped;
  if (!buffers || buffers.values[0]!.length < N || buffers.backing.length < N * H) {
    const size = Math.max(N, buffers?.values[0]!.length ?? 0);
    const backing = Math.max(N * H, buffers?.backing.length ?? 0);
    buffers = { values: [new Float64Array(size), new Float64Array(size)], backing: new Int32Array(backing) };
  }
  const { values, backing } = buffers;
  shaped = {
    value: values.map((v) => v.subarray(0, N)),
    back: Array.from({ length: H }, (_, d) => backing.subarray(d * N, (d + 1) * N)),
    N,
    H,
  };
  return shaped;
}

/** A dense table; `byDay` also gets the cheapest value after each day d at each units u. */
export interface DenseTable {
  cheapest(
    cost: Float64Array,
    mustWork?: Uint8Array,
    byDay?: Float64Array,
  ): { value: number; row: Int16Array } | undefined;
}

/**
 * The dense table over every state, exact over the resources `tracked` holds; undefined when its
 * states over all days exceed `maxTable`. With `byDay`, `byDay[d · (maxUnits + 1) + u]` gets the
 * cheapest value of the states after day d with u units.
 *
 * @example
 * ```ts
 * const dense = table(rules, trackAll(rules), MAX_TABLE);
 * dense?.cheapest(costs);
 * ```
 */
export function table(rules: RowRules, tracked: Tracked, maxTable: number): DenseTable | undefined {
  const { H, S, types, units, minUnits, maxUnits, dayOff } = rules;
  const maxWeekends = tracked.weekends ? rules.maxWeekends : 0;
  const weekendLimit = tracked.weekends ? maxWeekends : Number.POSITIVE_INFINITY;
  // Resource index: units + (maxUnits + 1) · (weekends + (maxWeekends + 1) · (counts …)).
  const weekendStride = maxUnits + 1;
  const weekendStep = tracked.weekends ? weekendStride : 0;
  const countStride: number[] = [];
  let R = weekendStride * (maxWeekends + 1);
  for (const s of tracked.counts) {
    countStride.push(R);
    R *= rules.limit.get(s)! + 1;
  }
  const { count: runStates, isOff, typeOf, offNext, workNext, firstOff, firstWorked } = runStatesOf(rules);
  const N = runStates * R;
  if (!(N * H <= maxTable)) return undefined;

  // What adding one shift of type s does to a resource index: the index step, and which indices
  // can take it (minutes and the type's limit when tracked; the weekend is checked on its own).
  const step = new Int32Array(S);
  const fits: Uint8Array[] = [];
  const unitsOf = new Int32Array(R);
  const weekendsOf = new Int32Array(R);
  for (let r = 0; r < R; r++) {
    unitsOf[r] = r % weekendStride;
    weekendsOf[r] = Math.floor(r / weekendStride) % (maxWeekends + 1);
  }
  for (let s = 0; s < S; s++) {
    const k = tracked.counts.indexOf(s);
    const m = units[s]!;
    const limit = k >= 0 ? rules.limit.get(s)! : 0;
    step[s] = m + (k >= 0 ? countStride[k]! : 0);
    const ok = new Uint8Array(R);
    for (let r = 0; r < R; r++) {
      const count = k >= 0 ? Math.floor(r / countStride[k]!) % (limit + 1) : -1;
      ok[r] = Number(unitsOf[r]! + m <= maxUnits && (k < 0 || count + 1 <= limit));
    }
    fits.push(ok);
  }
  const { unitsAfter } = rules;

  return {
    cheapest(cost, mustWork, byDay) {
      const { value, back } = tables(N, H);
      /** Writes the cheapest value per units after day d into byDay. */
      const record = (d: number, values: Float64Array) => {
        if (!byDay) return;
        const out = byDay.subarray(d * weekendStride, (d + 1) * weekendStride);
        out.fill(Number.POSITIVE_INFINITY);
        for (let i = 0; i < N; i++) {
          const u = unitsOf[i % R]!;
          if (values[i]! < out[u]!) out[u] = values[i]!;
        }
      };
      let prev = value[0]!;
      let next = value[1]!;
      prev.fill(Number.POSITIVE_INFINITY);
      back[0]!.fill(-1);
      // Day 0 (a Monday: no weekend).
      if (!mustWork?.[0]) prev[firstOff * R] = 0;
      if (!dayOff[0]) {
        for (const s of types) {
          if (!fits[s]![0]) continue;
          const i = firstWorked[s]! * R + step[s]!;
          prev[i] = cost[s]!;
        }
      }
      record(0, prev);
      for (let d = 1; d < H; d++) {
        next.fill(Number.POSITIVE_INFINITY);
        const from = back[d]!;
        from.fill(-1);
        const weekday = d % 7;
        const closed = dayOff[d]!;
        const offAllowed = !mustWork?.[d];
        // Units a state of day d - 1 needs so that it can still reach the minimum.
        const needed = minUnits - unitsAfter[d - 1]!;
        const relax = (i: number, v: number, at: number) => {
          if (v < next[i]!) {
            next[i] = v;
            from[i] = at;
          }
        };
        for (let q = 0; q < runStates; q++) {
          const offTo = offNext[q]!;
          // The weekend counts once, on its first worked day.
          const newWeekend = weekday === 5 || (weekday === 6 && isOff[q]) ? 1 : 0;
          const base = q * R;
          for (let r = 0; r < R; r++) {
            const v = prev[base + r]!;
            if (v === Number.POSITIVE_INFINITY || unitsOf[r]! < needed) continue;
            if (offTo >= 0 && offAllowed) relax(offTo * R + r, v, base + r);
            if (closed) continue;
            if (newWeekend && weekendsOf[r]! >= weekendLimit) continue;
            const r0 = r + newWeekend * weekendStep;
            for (const s of types) {
              const q1 = workNext[q * S + s]!;
              if (q1 < 0 || !fits[s]![r]) continue;
              relax(q1 * R + r0 + step[s]!, v + cost[d * S + s]!, base + r);
            }
          }
        }
        record(d, next);
        [prev, next] = [next, prev];
      }
      // The last run is exempt from the minimum lengths; the minutes must reach their minimum.
      let best = Number.POSITIVE_INFINITY;
      let at = -1;
      for (let i = 0; i < N; i++) {
        if (prev[i]! < best && unitsOf[i % R]! >= minUnits) {
          best = prev[i]!;
          at = i;
        }
      }
      if (at < 0) return undefined;
      const row = new Int16Array(H).fill(-1);
      for (let d = H - 1; d >= 0; d--) {
        row[d] = typeOf[Math.floor(at / R)]!;
        at = back[d]![at]!;
      }
      return { value: best, row };
    },
  };
}

/**
 * Builds the pricing program of employee e: the dense table when its states over all days stay
 * within `maxTable`, else labelling (curtois-row-labels.ts). Labelling tracks the weekends and the
 * type counts only once a cheapest row overdraws them (decremental state-space relaxation): a
 * program that leaves a limit out is a relaxation, so a row of it that keeps every limit is the
 * exact answer, and otherwise the program tracks the limits that row broke and solves again. It
 * keeps what it has learnt for later calls.
 *
 * @example
 * ```ts
 * const program = rowProgram(ix, 0);
 * const cost = new Float64Array(ix.H * ix.S).fill(-1); // every worked cell earns 1
 * program.cheapest(cost); // { value: −(most shifts a legal row holds), row }
 * ```
 */
export function rowProgram(
  ix: IndexedCurtois,
  e: number,
  limits: { readonly table?: number; readonly backward?: number; readonly labels?: number } = {},
): RowProgram {
  const rules = rowRulesOf(ix, e);
  if (rules.minUnits > rules.maxUnits) return { kind: 'table', cheapest: () => undefined };
  const dense = table(rules, trackAll(rules), limits.table ?? MAX_TABLE);
  if (dense) return { kind: 'table', cheapest: (cost, mustWork) => dense.cheapest(cost, mustWork) };
  let tracked: Tracked = { weekends: false, counts: [] };
  const backward = table(reversedRules(rules), { weekends: false, counts: [] }, limits.backward ?? MAX_TABLE);
  let labels = labelTable(rules, tracked, backward, limits.labels);
  // Rows this program returned lately: each is legal, so the cheapest of them under the call's
  // costs (and fixings) bounds the answer from above, and labels that cannot beat it are dropped.
  const recent: Int16Array[] = [];
  /** The cheapest of the recent rows under `cost` and the fixings, with its value. */
  const bestKnown = (cost: Float64Array, mustWork?: Uint8Array) => {
    let known: { value: number; row: Int16Array } | undefined;
    for (const row of recent) {
      let value = 0;
      for (let d = 0; d < rules.H && value < Number.POSITIVE_INFINITY; d++) {
        if (row[d]! >= 0) value += cost[d * rules.S + row[d]!]!;
        else if (mustWork?.[d]) value = Number.POSITIVE_INFINITY;
      }
      if (value < (known?.value ?? Number.POSITIVE_INFINITY)) known = { value, row };
    }
    return known;
  };
  return {
    kind: 'labels',
    cheapest(cost, mustWork, below = Number.POSITIVE_INFINITY) {
      const known = bestKnown(cost, mustWork);
      const threshold = Math.min(below, known?.value ?? Number.POSITIVE_INFINITY);
      for (;;) {
        const found = labels.solve(cost, mustWork, threshold);
        if (!found) {
          // Nothing cheaper than the threshold: the known row is the cheapest when it set it.
          if (known && known.value <= below) return { value: known.value, row: known.row.slice() };
          return below < Number.POSITIVE_INFINITY ? { value: below } : undefined;
        }
        const wider = overdrawn(rules, tracked, found.row);
        if (!wider) {
          recent.unshift(found.row.slice());
          if (recent.length > RECENT) recent.pop();
          return found;
        }
        tracked = wider;
        labels = labelTable(rules, tracked, backward, limits.labels);
      }
    },
  };
}

/** Rows a labelling program keeps as upper bounds. */
const RECENT = 8;

/**
 * Above this many labelling keys (run state × units × day, summed over the employees) column
 * generation is not expected to converge in a minute. Measured roots: Instance8 (0.9 M keys) 5 s,
 * 10 (4.4 M) 8 s, 17 (2.9 M) 17 s, 18 (3.5 M) 23 s, 14 (6.4 M) 20 s; 15 (13 M), 19 (39 M) and
 * 13 (45 M) had not converged after 60 s.
 */
export const MAX_KEYS = 8_000_000;

/**
 * How column generation prices the instance: `table` when every employee's dense table fits
 * {@link MAX_TABLE} (the root converges in seconds, and branch-and-price proves the small
 * instances), `labels` when some employee needs labelling but the keys stay within
 * {@link MAX_KEYS}, else undefined.
 *
 * @example
 * ```ts
 * if (pricingKind(indexCurtois(instance)) === 'table') console.log('branch-and-price applies');
 * ```
 */
export function pricingKind(ix: IndexedCurtois): 'table' | 'labels' | undefined {
  let keys = 0;
  let dense = true;
  for (let e = 0; e < ix.E; e++) {
    const rules = rowRulesOf(ix, e);
    if (rules.minUnits > rules.maxUnits) continue;
    const perUnit = runStatesOf(rules).count * ix.H;
    keys += perUnit * (rules.maxUnits + 1);
    let R = (rules.maxUnits + 1) * (rules.maxWeekends + 1);
    for (const limit of rules.limit.values()) R *= limit + 1;
    if (!(perUnit * R <= MAX_TABLE)) dense = false;
  }
  if (dense) return 'table';
  return keys <= MAX_KEYS ? 'labels' : undefined;
}
