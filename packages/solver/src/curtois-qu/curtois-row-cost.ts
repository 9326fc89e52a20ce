// One employee's row of a Curtois–Qu roster scored in a single pass: how far it is from its hard
// constraints and what its requests cost. The annealer calls this millions of times, so it works on
// flat typed arrays and allocates nothing. Internal to the solver (the verifier has its own rules).
import type { Grid, IndexedCurtois } from './curtois-index.js';

/** Flat, per-employee form of an instance's hard rules and request weights. */
export interface RowRules {
  readonly E: number;
  readonly H: number;
  readonly S: number;
  readonly minutes: Int32Array;
  /** forbidden[s * S + t] = 1 when t may not follow s on the next day. */
  readonly forbidden: Uint8Array;
  /** maxShifts[e * S + s] (a large number when unlimited). */
  readonly maxShifts: Int32Array;
  readonly minMinutes: Int32Array;
  readonly maxMinutes: Int32Array;
  readonly maxConsecutive: Int32Array;
  readonly minConsecutive: Int32Array;
  readonly minDaysOff: Int32Array;
  readonly maxWeekends: Int32Array;
  /** dayOff[e * H + d] = 1 on a fixed day off. */
  readonly dayOff: Uint8Array;
  /** Request cost of working s on day d: off-request weight − on-request weight, at (e·H + d)·S + s. */
  readonly cellCost: Float64Array;
  /** Shift types each employee may work at all. */
  readonly allowed: readonly Int16Array[];
  /** Minutes that count as one unit of hard violation of the minute limits (the shortest shift). */
  readonly minuteUnit: number;
}

const UNLIMITED = 1 << 30;

const built = new WeakMap<IndexedCurtois, RowRules>();

/** The flat rules of an indexed instance (built once per instance; every annealing phase reuses them). */
export function rowRules(ix: IndexedCurtois): RowRules {
  let rules = built.get(ix);
  if (!rules) {
    rules = buildRowRules(ix);
    built.set(ix, rules);
  }
  return rules;
}

function buildRowRules(ix: IndexedCurtois): RowRules {
  const { E, H, S } = ix;
  const forbidden = new Uint8Array(S * S);
  for (let s = 0; s < S; s++) for (const t of ix.forbidden[s]!) forbidden[s * S + t] = 1;
  const maxShifts = new Int32Array(E * S);
  const dayOff = new Uint8Array(E * H);
  const cellCost = new Float64Array(E * H * S);
  for (let e = 0; e < E; e++) {
    for (let s = 0; s < S; s++) {
      const limit = ix.maxShifts[e]![s]!;
      maxShifts[e * S + s] = Number.isFinite(limit) ? limit : UNLIMITED;
    }
    for (let d = 0; d < H; d++) if (ix.dayOff[e]![d]) dayOff[e * H + d] = 1;
  }
  for (let k = 0; k < E * H * S; k++) cellCost[k] = ix.offWeight[k]! - ix.onWeight[k]!;
  const staff = ix.instance.staff;
  const perEmployee = (pick: (e: number) => number) => Int32Array.from(staff, (_, e) => pick(e));
  return {
    E,
    H,
    S,
    minutes: Int32Array.from(ix.minutes),
    forbidden,
    maxShifts,
    minMinutes: perEmployee((e) => staff[e]!.minTotalMinutes),
    maxMinutes: perEmployee((e) => staff[e]!.maxTotalMinutes),
    maxConsecutive: perEmployee((e) => staff[e]!.maxConsecutiveShifts),
    minConsecutive: perEmployee((e) => staff[e]!.minConsecutiveShifts),
    minDaysOff: perEmployee((e) => staff[e]!.minConsecutiveDaysOff),
    maxWeekends: perEmployee((e) => staff[e]!.maxWeekends),
    dayOff,
    cellCost,
    allowed: staff.map((_, e) =>
      Int16Array.from(Array.from({ length: S }, (_, s) => s).filter((s) => maxShifts[e * S + s]! > 0)),
    ),
    minuteUnit: Math.max(1, Math.min(...ix.minutes)),
  };
}

/**
 * Hard-constraint distance of employee e's row: 0 when the row obeys every hard rule, otherwise the
 * sum of how far each rule is broken (shifts over a limit, runs too long or too short, minutes
 * outside the limits as one plus the shortfall or excess in units of the shortest shift, weekends over the limit, forbidden
 * successions). Runs cut by the horizon edge are not measured by the minimum rules; days outside
 * the horizon count as off. Fixed days off are never assigned by the search and are not checked.
 */
export function rowHardness(rules: RowRules, e: number, row: Int16Array, counts: Int32Array): number {
  const { H, S, minutes, forbidden } = rules;
  const maxCons = rules.maxConsecutive[e]!;
  const minCons = rules.minConsecutive[e]!;
  const minOff = rules.minDaysOff[e]!;
  counts.fill(0, 0, S);
  let hard = 0;
  let total = 0;
  let work = 0;
  let off = 0;
  let offStart = 0;
  let workStart = 0;
  let weekends = 0;
  for (let d = 0; d < H; d++) {
    const v = row[d]!;
    if (v >= 0) {
      counts[v]!++;
      total += minutes[v]!;
      if (d + 1 < H) {
        const next = row[d + 1]!;
        if (next >= 0 && forbidden[v * S + next] === 1) hard++;
      }
      if (work === 0) {
        if (off > 0 && offStart > 0 && off < minOff) hard += minOff - off;
        off = 0;
        workStart = d;
      }
      work++;
      const weekday = d % 7;
      // A weekend counts once: on its Saturday, or on its Sunday when the Saturday was free.
      if (weekday === 5 || (weekday === 6 && row[d - 1]! < 0)) weekends++;
    } else {
      if (work > 0) {
        if (work > maxCons) hard += work - maxCons;
        if (workStart > 0 && work < minCons) hard += minCons - work;
        work = 0;
      }
      if (off === 0) offStart = d;
      off++;
    }
  }
  if (work > maxCons) hard += work - maxCons;
  return hard + totalsHardness(rules, e, counts, 0, total, weekends);
}

/** Request cost of employee e's row (on/off requests, without the constant of all on-requests). */
export function rowRequests(rules: RowRules, e: number, row: Int16Array): number {
  const { H, S, cellCost } = rules;
  let cost = 0;
  const base = e * H * S;
  for (let d = 0; d < H; d++) {
    const v = row[d]!;
    if (v >= 0) cost += cellCost[base + d * S + v]!;
  }
  return cost;
}

/** Hard-constraint distance of a whole roster (0 when it is feasible). */
export function gridHardness(rules: RowRules, grid: Grid): number {
  const counts = new Int32Array(rules.S);
  let hard = 0;
  for (let e = 0; e < rules.E; e++) hard += rowHardness(rules, e, grid[e]!, counts);
  return hard;
}

/**
 * The run rules of employee e (consecutive shifts, consecutive days off, forbidden successions)
 * measured on the runs that touch days lo..hi: the window grows to the start of the run holding
 * day lo − 1 and the end of the run holding day hi + 1. Those ends depend only on days outside
 * lo..hi, so a move that changes days lo..hi changes the row's run score by exactly the difference
 * of this window's score before and after. The sum over the whole row equals the run part of
 * {@link rowHardness}.
 */
export function windowHardness(rules: RowRules, e: number, row: Int16Array, lo: number, hi: number): number {
  const { H, S, forbidden } = rules;
  let from = Math.max(0, lo - 1);
  const startWorked = row[from]! >= 0;
  while (from > 0 && row[from - 1]! >= 0 === startWorked) from--;
  let to = Math.min(H - 1, hi + 1);
  const endWorked = row[to]! >= 0;
  while (to < H - 1 && row[to + 1]! >= 0 === endWorked) to++;
  const maxCons = rules.maxConsecutive[e]!;
  const minCons = rules.minConsecutive[e]!;
  const minOff = rules.minDaysOff[e]!;
  let hard = 0;
  let d = from;
  while (d <= to) {
    const worked = row[d]! >= 0;
    let end = d;
    while (end < to && row[end + 1]! >= 0 === worked) end++;
    const length = end - d + 1;
    if (worked) {
      if (length > maxCons) hard += length - maxCons;
      if (d > 0 && end < H - 1 && length < minCons) hard += minCons - length;
      for (let j = d; j < end; j++) if (forbidden[row[j]! * S + row[j + 1]!] === 1) hard++;
    } else if (d > 0 && end < H - 1 && length < minOff) hard += minOff - length;
    d = end + 1;
  }
  return hard;
}

/** The whole-row rules of employee e (shifts per type, minutes, weekends) from running totals. */
export function totalsHardness(
  rules: RowRules,
  e: number,
  counts: Int32Array,
  offset: number,
  minutes: number,
  weekends: number,
): number {
  const { S } = rules;
  let hard = 0;
  for (let s = 0; s < S; s++) {
    const excess = counts[offset + s]! - rules.maxShifts[e * S + s]!;
    if (excess > 0) hard += excess;
  }
  const unit = rules.minuteUnit;
  if (minutes < rules.minMinutes[e]!) hard += 1 + (rules.minMinutes[e]! - minutes) / unit;
  else if (minutes > rules.maxMinutes[e]!) hard += 1 + (minutes - rules.maxMinutes[e]!) / unit;
  if (weekends > rules.maxWeekends[e]!) hard += weekends - rules.maxWeekends[e]!;
  return hard;
}
