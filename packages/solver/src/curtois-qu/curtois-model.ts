import type { MipConstraint, MipModel } from '../engine/mip-model.js';
import { type Grid, type IndexedCurtois, eds } from './curtois-index.js';

/**
 * Which part of the roster a model decides: the employees in `employees` on days `from`..`to`−1;
 * everything else is taken from `grid` as fixed. The full problem is all employees, all days.
 */
export interface CurtoisScope {
  readonly employees: readonly number[];
  readonly from: number;
  readonly to: number;
  /** Restricts the shift types each scope employee may take (construction uses a few types only). */
  readonly types?: (employee: number) => readonly number[];
  /** Drops the objective (a pure feasibility problem, fastest to a first roster). */
  readonly feasibilityOnly?: boolean;
}

/** A model of (part of) a Curtois–Qu instance and how to read a solution back. */
export interface CurtoisMip {
  readonly model: MipModel;
  /** Objective terms outside the model (only exact for the full scope). */
  readonly constant: number;
  /** Writes a solution of the model into the roster (the scope's cells only). */
  decode(values: Readonly<Record<string, number>>, grid: Grid): void;
  /** The current roster's scope cells as model values (a MIP start). */
  encode(grid: Grid): Record<string, number>;
  readonly binaries: number;
}

/** The model's variable name of cell (e, d, s): 1 when employee e works shift s on day d. */
export const cellVariable = (e: number, d: number, s: number) => `x_${e}_${d}_${s}`;
const x = cellVariable;

/**
 * The exact MIP of the Curtois–Qu model (the formulation of Curtois & Qu 2014) restricted to a
 * scope, with the rest of the roster fixed from `grid`. Hard constraints of the scope's employees
 * become rows (with fixed days moved to the right-hand side); cover is soft with under/over
 * variables, counting the fixed employees as constants.
 */
export function buildCurtoisModel(ix: IndexedCurtois, grid: Grid, scope: CurtoisScope): CurtoisMip {
  const { H, S } = ix;
  const { from, to } = scope;
  const inScope = new Set(scope.employees);
  const objective: Record<string, number> = {};
  const constraints: MipConstraint[] = [];
  const binaries: string[] = [];
  let constant = 0;
  // Free variables per employee and day; `undefined` means the cell is fixed to grid[e][d].
  const cellVars = (e: number, d: number): number[] | undefined => {
    if (!inScope.has(e) || d < from || d >= to || ix.dayOff[e]![d]) return undefined;
    const allowed = scope.types ? scope.types(e) : undefined;
    const list: number[] = [];
    for (let s = 0; s < S; s++)
      if (ix.maxShifts[e]![s]! > 0 && (!allowed || allowed.includes(s))) list.push(s);
    return list;
  };
  const coverTerms = new Map<number, Record<string, number>>();
  for (const e of scope.employees) {
    const person = ix.instance.staff[e]!;
    const vars: (number[] | undefined)[] = Array.from({ length: H }, (_, d) => cellVars(e, d));
    const fixed = (d: number) => (grid[e]![d]! >= 0 ? 1 : 0);
    for (let d = 0; d < H; d++) {
      const list = vars[d];
      if (!list) continue;
      const day: Record<string, number> = {};
      for (const s of list) {
        const name = x(e, d, s);
        binaries.push(name);
        day[name] = 1;
        const k = eds(ix, e, d, s);
        const weight = ix.offWeight[k]! - ix.onWeight[k]!;
        if (weight !== 0) objective[name] = weight;
        const c = d * S + s;
        if (ix.requirement[c]! >= 0) {
          const terms = coverTerms.get(c) ?? {};
          terms[name] = 1;
          coverTerms.set(c, terms);
        }
      }
      if (list.length > 1) constraints.push({ name: `one_${e}_${d}`, terms: day, hi: 1 });
    }
    // Forbidden successions, aggregated: x[d,s] + Σ_{t ∈ F(s)} x[d+1,t] ≤ 1.
    for (let d = 0; d + 1 < H; d++) {
      if (!vars[d] && !vars[d + 1]) continue;
      const today = vars[d] ?? (grid[e]![d]! >= 0 ? [grid[e]![d]!] : []);
      for (const s of today) {
        const terms: Record<string, number> = {};
        let rhs = 1;
        if (vars[d]) terms[x(e, d, s)] = 1;
        else rhs -= 1;
        let any = false;
        for (const t of ix.forbidden[s]!) {
          if (vars[d + 1]) {
            if (vars[d + 1]!.includes(t)) {
              terms[x(e, d + 1, t)] = 1;
              any = true;
            }
          } else if (grid[e]![d + 1] === t) {
            rhs -= 1;
            any = true;
          }
        }
        if (any && Object.keys(terms).length > 0)
          constraints.push({ name: `succ_${e}_${d}_${s}`, terms, hi: rhs });
      }
    }
    // Max shifts per type and total minutes over the horizon.
    const fixedCount = new Array<number>(S).fill(0);
    let fixedMinutes = 0;
    for (let d = 0; d < H; d++) {
      if (vars[d] || grid[e]![d]! < 0) continue;
      fixedCount[grid[e]![d]!]!++;
      fixedMinutes += ix.minutes[grid[e]![d]!]!;
    }
    for (let s = 0; s < S; s++) {
      const limit = ix.maxShifts[e]![s]!;
      if (!Number.isFinite(limit)) continue;
      const terms: Record<string, number> = {};
      for (let d = 0; d < H; d++) if (vars[d]?.includes(s)) terms[x(e, d, s)] = 1;
      if (Object.keys(terms).length > 0 && Object.keys(terms).length + fixedCount[s]! > limit) {
        constraints.push({ name: `maxtype_${e}_${s}`, terms, hi: limit - fixedCount[s]! });
      }
    }
    const minuteTerms: Record<string, number> = {};
    for (let d = 0; d < H; d++) for (const s of vars[d] ?? []) minuteTerms[x(e, d, s)] = ix.minutes[s]!;
    if (Object.keys(minuteTerms).length > 0) {
      constraints.push({
        name: `minutes_${e}`,
        terms: minuteTerms,
        lo: person.minTotalMinutes - fixedMinutes,
        hi: person.maxTotalMinutes - fixedMinutes,
      });
    }
    // Sum of w over days with coefficients, fixed days moved to a constant.
    const linear = (name: string, coefficients: [number, number][], hi: number) => {
      const terms: Record<string, number> = {};
      let rhs = hi;
      let free = false;
      for (const [d, a] of coefficients) {
        const list = vars[d];
        if (list) {
          for (const s of list) terms[x(e, d, s)] = (terms[x(e, d, s)] ?? 0) + a;
          if (list.length > 0) free = true;
        } else rhs -= a * fixed(d);
      }
      if (free) constraints.push({ name, terms, hi: rhs });
    };
    const C = person.maxConsecutiveShifts;
    for (let d = 0; d + C < H; d++) {
      linear(
        `maxcons_${e}_${d}`,
        Array.from({ length: C + 1 }, (_, j) => [d + j, 1] as [number, number]),
        C,
      );
    }
    for (let s = 1; s < person.minConsecutiveShifts; s++) {
      for (let d = 0; d + s + 1 < H; d++) {
        const coefficients: [number, number][] = [
          [d, -1],
          [d + s + 1, -1],
        ];
        for (let j = 1; j <= s; j++) coefficients.push([d + j, 1]);
        linear(`mincons_${e}_${s}_${d}`, coefficients, s - 1);
      }
    }
    for (let s = 1; s < person.minConsecutiveDaysOff; s++) {
      for (let d = 0; d + s + 1 < H; d++) {
        const coefficients: [number, number][] = [
          [d, 1],
          [d + s + 1, 1],
        ];
        for (let j = 1; j <= s; j++) coefficients.push([d + j, -1]);
        linear(`minoff_${e}_${s}_${d}`, coefficients, 1);
      }
    }
    // Weekends: k_w ≥ w(sat), k_w ≥ w(sun), Σ k_w ≤ MaxWeekends.
    const weekendTerms: Record<string, number> = {};
    let fixedWeekends = 0;
    for (let w = 0; 7 * w + 5 < H; w++) {
      const days = [7 * w + 5, 7 * w + 6].filter((d) => d < H);
      if (days.every((d) => !vars[d] || vars[d]!.length === 0)) {
        if (days.some((d) => fixed(d) === 1 && !vars[d])) fixedWeekends++;
        continue;
      }
      const k = `k_${e}_${w}`;
      binaries.push(k);
      weekendTerms[k] = 1;
      for (const d of days) {
        if (vars[d]) {
          const terms: Record<string, number> = { [k]: -1 };
          for (const s of vars[d]!) terms[x(e, d, s)] = 1;
          constraints.push({ name: `wk_${e}_${w}_${d}`, terms, hi: 0 });
        } else if (fixed(d) === 1) {
          constraints.push({ name: `wk_${e}_${w}_${d}`, terms: { [k]: 1 }, lo: 1 });
        }
      }
    }
    if (Object.keys(weekendTerms).length > 0) {
      constraints.push({
        name: `weekends_${e}`,
        terms: weekendTerms,
        hi: person.maxWeekends - fixedWeekends,
      });
    }
  }
  // Cover: Σ x + fixed + under − over = requirement.
  for (const [c, terms] of coverTerms) {
    const d = Math.floor(c / S);
    const s = c % S;
    let fixedStaff = 0;
    for (let e = 0; e < ix.E; e++) {
      if ((!inScope.has(e) || d < from || d >= to || ix.dayOff[e]![d]) && grid[e]![d] === s) fixedStaff++;
    }
    const under = `u_${c}`;
    const over = `o_${c}`;
    if (ix.underWeight[c]! !== 0) objective[under] = ix.underWeight[c]!;
    if (ix.overWeight[c]! !== 0) objective[over] = ix.overWeight[c]!;
    constraints.push({
      name: `cover_${d}_${s}`,
      terms: { ...terms, [under]: 1, [over]: -1 },
      lo: ix.requirement[c]! - fixedStaff,
      hi: ix.requirement[c]! - fixedStaff,
    });
  }
  for (const w of ix.onWeight) constant += w;
  const covered = new Set(coverTerms.keys());
  for (let c = 0; c < H * S; c++) {
    if (ix.requirement[c]! > 0 && !covered.has(c)) constant += ix.requirement[c]! * ix.underWeight[c]!;
  }
  return {
    model: { sense: 'min', objective: scope.feasibilityOnly ? {} : objective, constraints, binaries },
    constant,
    binaries: binaries.length,
    decode(values, target) {
      for (const e of scope.employees) {
        for (let d = from; d < to; d++) {
          const list = cellVars(e, d);
          if (!list) continue;
          let chosen = -1;
          for (const s of list) if ((values[x(e, d, s)] ?? 0) > 0.5) chosen = s;
          target[e]![d] = chosen;
        }
      }
    },
    encode(source) {
      const values: Record<string, number> = {};
      for (const c of coverTerms.keys()) {
        const d = Math.floor(c / S);
        let count = 0;
        for (let e = 0; e < ix.E; e++) if (source[e]![d] === c % S) count++;
        values[`u_${c}`] = Math.max(0, ix.requirement[c]! - count);
        values[`o_${c}`] = Math.max(0, count - ix.requirement[c]!);
      }
      for (const e of scope.employees) {
        const weekends = new Set<number>();
        for (let d = 0; d < H; d++) {
          const list = cellVars(e, d);
          if (source[e]![d]! >= 0 && (d % 7 === 5 || d % 7 === 6)) weekends.add(Math.floor(d / 7));
          if (!list) continue;
          for (const s of list) values[x(e, d, s)] = source[e]![d] === s ? 1 : 0;
        }
        for (let w = 0; 7 * w + 5 < H; w++) values[`k_${e}_${w}`] = weekends.has(w) ? 1 : 0;
      }
      return values;
    },
  };
}
