import type { CurtoisAssignment, CurtoisInstance } from './curtois-instance.js';

/**
 * A Curtois–Qu instance in index form for the solver: employees, days and shift types are
 * numbers, requests and cover are dense arrays. Internal to the solver.
 */
export interface IndexedCurtois {
  readonly instance: CurtoisInstance;
  readonly E: number;
  readonly H: number;
  readonly S: number;
  readonly minutes: readonly number[];
  /** forbidden[s] = shift types that may not follow s on the next day. */
  readonly forbidden: readonly (readonly number[])[];
  /** maxShifts[e][s] (Infinity when not limited). */
  readonly maxShifts: readonly (readonly number[])[];
  /** dayOff[e][d]. */
  readonly dayOff: readonly (readonly boolean[])[];
  /** Request weight per e, d, s: on requests (weight lost when not worked) and off requests. */
  readonly onWeight: Float64Array;
  readonly offWeight: Float64Array;
  /** Cover per d, s: requirement, under weight, over weight (-1 requirement: no cover entry). */
  readonly requirement: Int32Array;
  readonly underWeight: Float64Array;
  readonly overWeight: Float64Array;
}

/** Index of (e, d, s) in the request arrays. */
export function eds(ix: IndexedCurtois, e: number, d: number, s: number): number {
  return (e * ix.H + d) * ix.S + s;
}

/** Builds the index form of an instance. */
export function indexCurtois(instance: CurtoisInstance): IndexedCurtois {
  const E = instance.staff.length;
  const H = instance.horizon;
  const S = instance.shifts.length;
  const shiftIndex = new Map(instance.shifts.map((s, i) => [s.id, i]));
  const staffIndex = new Map(instance.staff.map((s, i) => [s.id, i]));
  const forbidden = instance.shifts.map((s) => s.forbiddenNext.map((id) => shiftIndex.get(id)!));
  const maxShifts = instance.staff.map((p) =>
    instance.shifts.map((s) => p.maxShifts[s.id] ?? Number.POSITIVE_INFINITY),
  );
  const dayOff = instance.staff.map((p) => {
    const row = new Array<boolean>(H).fill(false);
    for (const d of instance.daysOff[p.id] ?? []) row[d] = true;
    return row;
  });
  const onWeight = new Float64Array(E * H * S);
  const offWeight = new Float64Array(E * H * S);
  const ix0 = { H, S } as IndexedCurtois;
  for (const r of instance.onRequests) {
    onWeight[eds(ix0, staffIndex.get(r.employee)!, r.day, shiftIndex.get(r.shift)!)]! += r.weight;
  }
  for (const r of instance.offRequests) {
    offWeight[eds(ix0, staffIndex.get(r.employee)!, r.day, shiftIndex.get(r.shift)!)]! += r.weight;
  }
  const requirement = new Int32Array(H * S).fill(-1);
  const underWeight = new Float64Array(H * S);
  const overWeight = new Float64Array(H * S);
  for (const c of instance.cover) {
    const k = c.day * S + shiftIndex.get(c.shift)!;
    requirement[k] = c.requirement;
    underWeight[k] = c.underWeight;
    overWeight[k] = c.overWeight;
  }
  return {
    instance,
    E,
    H,
    S,
    minutes: instance.shifts.map((s) => s.minutes),
    forbidden,
    maxShifts,
    dayOff,
    onWeight,
    offWeight,
    requirement,
    underWeight,
    overWeight,
  };
}

/** A roster in index form: grid[e][d] = shift index, or -1 for a day off. */
export type Grid = Int16Array[];

/** An empty roster (everyone off). */
export function emptyGrid(ix: IndexedCurtois): Grid {
  return Array.from({ length: ix.E }, () => new Int16Array(ix.H).fill(-1));
}

/**
 * True when a lower bound proves a roster of this objective optimal: objectives are integers, so
 * a bound above `objective − 1` (up to rounding noise) leaves nothing better.
 */
export function provesOptimal(bound: number | undefined, objective: number): boolean {
  return bound !== undefined && objective <= Math.ceil(bound - 1e-6);
}

/** Objective of a roster (on/off requests and cover), from the index form. */
export function gridObjective(ix: IndexedCurtois, grid: Grid): number {
  let total = 0;
  const counts = new Int32Array(ix.H * ix.S);
  for (let e = 0; e < ix.E; e++) {
    const row = grid[e]!;
    for (let d = 0; d < ix.H; d++) {
      const worked = row[d]!;
      for (let s = 0; s < ix.S; s++) {
        const k = eds(ix, e, d, s);
        if (worked === s) total += ix.offWeight[k]!;
        else total += ix.onWeight[k]!;
      }
      if (worked >= 0) counts[d * ix.S + worked]!++;
    }
  }
  for (let k = 0; k < ix.H * ix.S; k++) {
    const need = ix.requirement[k]!;
    if (need < 0) continue;
    const have = counts[k]!;
    total += have < need ? (need - have) * ix.underWeight[k]! : (have - need) * ix.overWeight[k]!;
  }
  return total;
}

/** The roster as a list of assignments. */
export function gridAssignments(ix: IndexedCurtois, grid: Grid): CurtoisAssignment[] {
  const result: CurtoisAssignment[] = [];
  for (let e = 0; e < ix.E; e++) {
    for (let d = 0; d < ix.H; d++) {
      const s = grid[e]![d]!;
      if (s >= 0)
        result.push({ employee: ix.instance.staff[e]!.id, day: d, shift: ix.instance.shifts[s]!.id });
    }
  }
  return result;
}
