// The cheapest legal row of one Curtois–Qu employee under per-cell costs, by dynamic programming
// over the days. A state after day d is the run that day d ends (worked with its length and shift
// type, or off with its length up to the minimum that matters), whether that run began on day 0
// (runs at the horizon's edges are exempt from the minimum lengths), and the resources used so far:
// minutes (in units of the shifts' greatest common divisor), weekends worked, and the count of each
// shift type whose limit can bind. Every state is kept (no dominance: the minute limits are
// two-sided), so the answer is exact; only states that can no longer reach the minimum minutes are
// not expanded (1.3–1.5 times faster on Instance12, 16 and 17). It is column generation's pricing problem; on the
// benchmark's small instances it takes milliseconds where the single-employee MIP takes a tenth of
// a second. Its rules are written out here on their own, apart from the annealer's row score and the
// verifier. Internal to the solver.
import type { IndexedCurtois } from './curtois-index.js';

/** The dynamic program of one employee (see {@link rowProgram}). */
export interface RowProgram {
  /** States per day: the size of one day's table. */
  readonly states: number;
  /**
   * The cheapest legal row when working shift s on day d costs `cost[d * S + s]`: its value (the
   * sum of the costs of its worked cells) and the row (−1 off), or undefined when the employee has
   * no legal row at all. An infinite cost forbids its cell; with `mustWork`, a day d with
   * `mustWork[d] = 1` may not be off (branching fixes cells both ways this way).
   */
  cheapest(cost: Float64Array, mustWork?: Uint8Array): { value: number; row: Int16Array } | undefined;
}

/** Above this many states per day times days, {@link rowProgram} declines (memory and time). */
export const MAX_TABLE = 4_000_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

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

/**
 * Builds the dynamic program of employee e, or returns undefined when its table would exceed
 * `maxTable` states over all days (many binding shift-type limits or long horizons); the caller
 * then prices with the MIP.
 *
 * @example
 * ```ts
 * const program = rowProgram(ix, 0);
 * const cost = new Float64Array(ix.H * ix.S).fill(-1); // every worked cell earns 1
 * program?.cheapest(cost); // { value: −(most shifts a legal row holds), row }
 * ```
 */
export function rowProgram(ix: IndexedCurtois, e: number, maxTable = MAX_TABLE): RowProgram | undefined {
  const { H, S } = ix;
  const person = ix.instance.staff[e]!;
  const dayOff = ix.dayOff[e]!;
  const workable = dayOff.filter((off) => !off).length;
  const maxRun = Math.max(0, Math.min(person.maxConsecutiveShifts, H));
  const types: number[] = [];
  for (let s = 0; s < S && maxRun > 0; s++) if (ix.maxShifts[e]![s]! > 0) types.push(s);
  const unit = types.reduce((g, s) => gcd(g, ix.minutes[s]!), 0) || 1;
  const longest = types.reduce((m, s) => Math.max(m, ix.minutes[s]!), 0);
  const maxUnits = Math.floor(Math.min(person.maxTotalMinutes, H * longest) / unit);
  const minUnits = Math.max(0, Math.ceil(person.minTotalMinutes / unit));
  const weekends = Math.floor((H + 1) / 7);
  const maxWeekends = Math.max(0, Math.min(person.maxWeekends, weekends));
  const minRun = person.minConsecutiveShifts;
  const minOff = person.minConsecutiveDaysOff;
  const offCap = Math.max(1, Math.min(minOff, H));
  // Shift types whose limit is below the days the employee can work get a count dimension.
  const binding = types.filter((s) => ix.maxShifts[e]![s]! < workable);
  const limits = binding.map((s) => ix.maxShifts[e]![s]!);

  // Resource index: units + (maxUnits + 1) · (weekends + (maxWeekends + 1) · (counts …)).
  const weekendStride = maxUnits + 1;
  const countStride: number[] = [];
  let R = weekendStride * (maxWeekends + 1);
  for (const limit of limits) {
    countStride.push(R);
    R *= limit + 1;
  }
  // Run states: off runs (length 1..offCap) then worked runs (length 1..maxRun, type), each twice:
  // begun after day 0, and begun on day 0.
  const offStates = 2 * offCap;
  const runStates = offStates + 2 * maxRun * S;
  const N = runStates * R;
  if (!(N * H <= maxTable) || minUnits > maxUnits) {
    if (minUnits > maxUnits) return { states: 0, cheapest: () => undefined };
    return undefined;
  }
  const off = (length: number, fromStart: boolean) => (fromStart ? offCap : 0) + length - 1;
  const worked = (length: number, type: number, fromStart: boolean) =>
    offStates + ((fromStart ? maxRun : 0) + length - 1) * S + type;

  // What adding one shift of type s does to a resource index: the index step, and which indices
  // can take it (minutes and the type's limit; the weekend is checked on its own).
  const step = new Int32Array(S);
  const fits: Uint8Array[] = [];
  const unitsOf = new Int32Array(R);
  const weekendsOf = new Int32Array(R);
  for (let r = 0; r < R; r++) {
    unitsOf[r] = r % weekendStride;
    weekendsOf[r] = Math.floor(r / weekendStride) % (maxWeekends + 1);
  }
  for (let s = 0; s < S; s++) {
    const k = binding.indexOf(s);
    const m = ix.minutes[s]! / unit;
    step[s] = m + (k >= 0 ? countStride[k]! : 0);
    const ok = new Uint8Array(R);
    if (ix.maxShifts[e]![s]! > 0) {
      for (let r = 0; r < R; r++) {
        const count = k >= 0 ? Math.floor(r / countStride[k]!) % (limits[k]! + 1) : -1;
        ok[r] = Number(unitsOf[r]! + m <= maxUnits && (k < 0 || count + 1 <= limits[k]!));
      }
    }
    fits.push(ok);
  }
  // Units the days after d can still add at most (the longest shift on every workable day): a
  // state below minUnits less that can never reach the minimum minutes, and is not expanded.
  const unitsAfter = new Int32Array(H);
  for (let d = H - 2; d >= 0; d--) unitsAfter[d] = unitsAfter[d + 1]! + (dayOff[d + 1] ? 0 : longest / unit);
  const forbidden = new Uint8Array(S * S);
  for (let s = 0; s < S; s++) for (const t of ix.forbidden[s]!) forbidden[s * S + t] = 1;

  return {
    states: N,
    cheapest(cost, mustWork) {
      const { value, back } = tables(N, H);
      let prev = value[0]!;
      let next = value[1]!;
      prev.fill(Number.POSITIVE_INFINITY);
      back[0]!.fill(-1);
      // Day 0 (a Monday: no weekend).
      if (!mustWork?.[0]) prev[off(1, true) * R] = 0;
      if (!dayOff[0]) {
        for (const s of types) {
          if (!fits[s]![0]) continue;
          const i = worked(1, s, true) * R + step[s]!;
          prev[i] = cost[s]!;
        }
      }
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
          const isOff = q < offStates;
          let length: number;
          let type = -1;
          let fromStart: boolean;
          if (isOff) {
            fromStart = q >= offCap;
            length = q - (fromStart ? offCap : 0) + 1;
          } else {
            const w = q - offStates;
            type = w % S;
            const rest = (w - type) / S;
            fromStart = rest >= maxRun;
            length = rest - (fromStart ? maxRun : 0) + 1;
          }
          // Off today: an off run goes on; a worked run ends, long enough unless it began on day 0.
          const offNext = isOff
            ? off(Math.min(length + 1, offCap), fromStart)
            : fromStart || length >= minRun
              ? off(1, false)
              : -1;
          // Worked today: after an off run long enough (or begun on day 0), or a worked run not yet
          // at its maximum; the weekend counts once, on its first worked day.
          const canStart = isOff ? fromStart || length >= minOff : length < maxRun;
          const newWeekend = weekday === 5 || (weekday === 6 && isOff) ? 1 : 0;
          const base = q * R;
          for (let r = 0; r < R; r++) {
            const v = prev[base + r]!;
            if (v === Number.POSITIVE_INFINITY || unitsOf[r]! < needed) continue;
            if (offNext >= 0 && offAllowed) relax(offNext * R + r, v, base + r);
            if (closed || !canStart) continue;
            if (newWeekend && weekendsOf[r]! >= maxWeekends) continue;
            const r0 = r + newWeekend * weekendStride;
            for (const s of types) {
              if (!fits[s]![r] || (!isOff && forbidden[type * S + s])) continue;
              const q1 = isOff ? worked(1, s, false) : worked(length + 1, s, fromStart);
              relax(q1 * R + r0 + step[s]!, v + cost[d * S + s]!, base + r);
            }
          }
        }
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
        const q = Math.floor(at / R);
        if (q >= offStates) row[d] = (q - offStates) % S;
        at = back[d]![at]!;
      }
      return { value: best, row };
    },
  };
}

/**
 * Whether the dynamic program can price every employee of the instance (then column generation
 * converges in seconds and branch-and-price can run).
 *
 * @example
 * ```ts
 * if (pricedByProgram(indexCurtois(instance))) console.log('branch-and-price applies');
 * ```
 */
export function pricedByProgram(ix: IndexedCurtois): boolean {
  return ix.instance.staff.every((_, e) => rowProgram(ix, e) !== undefined);
}
