// One Curtois–Qu employee's hard rules in the form the pricing programs need (curtois-row-program.ts
// and curtois-row-labels.ts): minutes in units of the shifts' greatest common divisor, the limits
// that can bind, and which of them a program tracks. Written apart from the annealer's row score
// and the verifier. Internal to the solver.
import type { IndexedCurtois } from './curtois-index.js';

/** One employee's rules in the programs' units. */
export interface RowRules {
  readonly H: number;
  readonly S: number;
  /** Shift types the employee may work. */
  readonly types: readonly number[];
  /** Minutes of each shift type in units. */
  readonly units: Int32Array;
  readonly minUnits: number;
  readonly maxUnits: number;
  /** Weekends the employee may work (at most the horizon's weekends). */
  readonly maxWeekends: number;
  /** Each type's limit, for the types whose limit is below the days the employee can work. */
  readonly limit: ReadonlyMap<number, number>;
  readonly maxRun: number;
  readonly minRun: number;
  readonly minOff: number;
  /** Off-run lengths a state tells apart (1 up to the minimum days off). */
  readonly offCap: number;
  readonly dayOff: readonly boolean[];
  /** Units the days after d can still add at most (the longest shift on every workable day). */
  readonly unitsAfter: Int32Array;
  /** forbidden[s · S + t] = 1 when t may not follow s. */
  readonly forbidden: Uint8Array;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Employee e's rules.
 *
 * @example
 * ```ts
 * const rules = rowRulesOf(ix, 0);
 * console.log(rules.minUnits, rules.maxUnits, [...rules.limit]);
 * ```
 */
export function rowRulesOf(ix: IndexedCurtois, e: number): RowRules {
  const { H, S } = ix;
  const person = ix.instance.staff[e]!;
  const dayOff = ix.dayOff[e]!;
  const workable = dayOff.filter((off) => !off).length;
  const maxRun = Math.max(0, Math.min(person.maxConsecutiveShifts, H));
  const types: number[] = [];
  for (let s = 0; s < S && maxRun > 0; s++) if (ix.maxShifts[e]![s]! > 0) types.push(s);
  const unit = types.reduce((g, s) => gcd(g, ix.minutes[s]!), 0) || 1;
  const longest = types.reduce((m, s) => Math.max(m, ix.minutes[s]!), 0) / unit;
  const unitsAfter = new Int32Array(H);
  for (let d = H - 2; d >= 0; d--) unitsAfter[d] = unitsAfter[d + 1]! + (dayOff[d + 1] ? 0 : longest);
  const forbidden = new Uint8Array(S * S);
  for (let s = 0; s < S; s++) for (const t of ix.forbidden[s]!) forbidden[s * S + t] = 1;
  return {
    H,
    S,
    types,
    units: Int32Array.from(ix.minutes, (m) => Math.floor(m / unit)),
    minUnits: Math.max(0, Math.ceil(person.minTotalMinutes / unit)),
    maxUnits: Math.floor(Math.min(person.maxTotalMinutes / unit, H * longest)),
    maxWeekends: Math.max(0, Math.min(person.maxWeekends, Math.floor((H + 1) / 7))),
    limit: new Map(
      types.filter((s) => ix.maxShifts[e]![s]! < workable).map((s) => [s, ix.maxShifts[e]![s]!]),
    ),
    maxRun,
    minRun: person.minConsecutiveShifts,
    minOff: person.minConsecutiveDaysOff,
    offCap: Math.max(1, Math.min(person.minConsecutiveDaysOff, H)),
    dayOff,
    unitsAfter,
    forbidden,
  };
}

/**
 * The resources a program tracks besides minutes: the weekends worked, and the count of some shift
 * types (with a limit in {@link RowRules.limit}). A program that leaves one out relaxes its limit.
 */
export interface Tracked {
  readonly weekends: boolean;
  readonly counts: readonly number[];
}

/** Every resource whose limit can bind: an exact program. */
export function trackAll(rules: RowRules): Tracked {
  return { weekends: true, counts: [...rules.limit.keys()] };
}

/**
 * `tracked` with the resources added that `row` overdraws and `tracked` leaves out; undefined when
 * the row keeps every limit (then a relaxation's cheapest row is the exact answer).
 *
 * @example
 * ```ts
 * const wider = overdrawn(rules, { weekends: false, counts: [] }, row);
 * if (wider) console.log('track', wider);
 * ```
 */
export function overdrawn(rules: RowRules, tracked: Tracked, row: Int16Array): Tracked | undefined {
  const { H, S } = rules;
  let weekends = tracked.weekends;
  if (!weekends) {
    let worked = 0;
    for (let d = 5; d < H; d += 7) if (row[d]! >= 0 || (d + 1 < H && row[d + 1]! >= 0)) worked++;
    weekends = worked > rules.maxWeekends;
  }
  const count = new Int32Array(S);
  for (const s of row) if (s >= 0) count[s]!++;
  const counts = [...tracked.counts];
  for (const [s, limit] of rules.limit) if (count[s]! > limit && !counts.includes(s)) counts.push(s);
  if (weekends === tracked.weekends && counts.length === tracked.counts.length) return undefined;
  return { weekends, counts };
}

/**
 * The rules of the same employee over the days in reverse order (forbidden successions turned
 * round), with no minimum minutes: a program over them prices the last days of a row on their own,
 * which bounds what a row's first days can still add (curtois-row-labels.ts).
 *
 * @example
 * ```ts
 * const back = reversedRules(rowRulesOf(ix, 0));
 * ```
 */
export function reversedRules(rules: RowRules): RowRules {
  const { H, S, types, units } = rules;
  const dayOff = [...rules.dayOff].reverse();
  const forbidden = new Uint8Array(S * S);
  for (let s = 0; s < S; s++) for (let t = 0; t < S; t++) forbidden[t * S + s] = rules.forbidden[s * S + t]!;
  const longest = types.reduce((m, s) => Math.max(m, units[s]!), 0);
  const unitsAfter = new Int32Array(H);
  for (let d = H - 2; d >= 0; d--) unitsAfter[d] = unitsAfter[d + 1]! + (dayOff[d + 1] ? 0 : longest);
  return { ...rules, minUnits: 0, dayOff, forbidden, unitsAfter };
}

/**
 * The run states of an employee's programs: off runs (length 1 up to `offCap`) then worked runs
 * (length 1 up to `maxRun`, and the type), each twice: begun after day 0, and begun on day 0
 * (runs at the horizon's edges are exempt from the minimum lengths). With each state, what one
 * more day does to it.
 */
export interface RunStates {
  readonly count: number;
  /** 1 for the off runs. */
  readonly isOff: Uint8Array;
  /** The shift type of a worked run, −1 for an off run. */
  readonly typeOf: Int32Array;
  /** The state an off day leads to (−1: a worked run too short to end). */
  readonly offNext: Int32Array;
  /**
   * The state a shift of type s leads to, at q · S + s (−1: no shift may follow q: an off run too
   * short, a worked run at its maximum, or a forbidden succession).
   */
  readonly workNext: Int32Array;
  /** Day 0's state when it is off. */
  readonly firstOff: number;
  /** Day 0's state when it works type s, at s. */
  readonly firstWorked: Int32Array;
}

/**
 * The run states of `rules` (the dense and the labelling program share them).
 *
 * @example
 * ```ts
 * const runs = runStatesOf(rowRulesOf(ix, 0));
 * runs.workNext[runs.firstOff * ix.S + 0]; // the state after an off Monday and a shift of type 0 (−1 when not allowed)
 * ```
 */
export function runStatesOf(rules: RowRules): RunStates {
  const { S, types, forbidden, offCap, maxRun, minRun, minOff } = rules;
  const offStates = 2 * offCap;
  const count = offStates + 2 * maxRun * S;
  const off = (length: number, fromStart: boolean) => (fromStart ? offCap : 0) + length - 1;
  const worked = (length: number, type: number, fromStart: boolean) =>
    offStates + ((fromStart ? maxRun : 0) + length - 1) * S + type;
  const isOff = new Uint8Array(count);
  const typeOf = new Int32Array(count).fill(-1);
  const offNext = new Int32Array(count);
  const workNext = new Int32Array(count * S).fill(-1);
  for (let q = 0; q < count; q++) {
    let length: number;
    let type = -1;
    let fromStart: boolean;
    if (q < offStates) {
      fromStart = q >= offCap;
      length = q - (fromStart ? offCap : 0) + 1;
      isOff[q] = 1;
      // An off run goes on.
      offNext[q] = off(Math.min(length + 1, offCap), fromStart);
    } else {
      const w = q - offStates;
      type = w % S;
      const rest = (w - type) / S;
      fromStart = rest >= maxRun;
      length = rest - (fromStart ? maxRun : 0) + 1;
      // A worked run ends, long enough unless it began on day 0.
      offNext[q] = fromStart || length >= minRun ? off(1, false) : -1;
    }
    typeOf[q] = type;
    // A shift follows an off run long enough (or begun on day 0), or a worked run not yet at its
    // maximum, unless the succession is forbidden.
    const canStart = type < 0 ? fromStart || length >= minOff : length < maxRun;
    if (!canStart) continue;
    for (const s of types) {
      if (type >= 0 && forbidden[type * S + s]) continue;
      workNext[q * S + s] = type < 0 ? worked(1, s, false) : worked(length + 1, s, fromStart);
    }
  }
  const firstWorked = Int32Array.from({ length: S }, (_, s) => worked(1, s, true));
  return { count, isOff, typeOf, offNext, workNext, firstOff: off(1, true), firstWorked };
}
