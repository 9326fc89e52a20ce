// A lower bound on a Curtois–Qu instance from its weekends alone. Every roster, restricted to
// Saturdays and Sundays, is a solution of a much smaller MIP: the weekend cells of every employee
// with the rules that act on them there (at most MaxWeekends weekends, the maxima per shift type
// and of minutes counted on weekend days only, no forbidden succession from Saturday to Sunday,
// the fixed days off), with the weekend cells' cover and the weekend days' requests as its
// objective. What the roster pays on weekdays is never negative, so the MIP's optimum (or HiGHS's
// dual bound, when it stops early) bounds the whole objective from below. On 13 and 19 of the
// benchmark it is far above the arithmetic floor of curtois-weekends.ts (1151 and 2805 against 0
// and 1900). Internal to the solver; the benchmark tables use it.
import type { MipConstraint, MipEngine } from '../engine/mip-model.js';
import { type IndexedCurtois, eds } from './curtois-index.js';
import { cellVariable as cell } from './curtois-model.js';

/** Result of {@link curtoisWeekendBound}. */
export interface CurtoisWeekendBound {
  /** A lower bound on the objective of every roster of the instance. */
  readonly bound: number;
  /** The weekend MIP was solved to optimality (the bound is its optimum, not a dual bound). */
  readonly proven: boolean;
  /** Weekend shifts under-covered in the weekend MIP's optimum (only when `proven`). */
  readonly underCovered?: number;
}

/**
 * Solves the weekend relaxation of an instance (see the module comment) with `engine` within
 * `timeLimitSeconds`. Returns undefined when the engine gives neither an optimum nor a dual bound.
 */
export async function curtoisWeekendBound(
  ix: IndexedCurtois,
  engine: MipEngine,
  timeLimitSeconds: number,
): Promise<CurtoisWeekendBound | undefined> {
  const { E, H, S } = ix;
  const objective: Record<string, number> = {};
  const constraints: MipConstraint[] = [];
  const binaries: string[] = [];
  let constant = 0;
  const add = (name: string, weight: number) => {
    if (weight !== 0) objective[name] = (objective[name] ?? 0) + weight;
  };
  const free = (e: number, d: number, s: number) => d < H && !ix.dayOff[e]![d] && ix.maxShifts[e]![s]! > 0;
  const covered: string[][] = Array.from({ length: H * S }, () => []);
  for (let e = 0; e < E; e++) {
    const person = ix.instance.staff[e]!;
    const weekends: Record<string, number> = {};
    const perType: Record<string, number>[] = Array.from({ length: S }, () => ({}));
    const minutes: Record<string, number> = {};
    for (let saturday = 5; saturday < H; saturday += 7) {
      const worked = `y_${e}_${saturday}`;
      binaries.push(worked);
      weekends[worked] = 1;
      const days: Record<string, number>[] = [];
      for (const d of [saturday, saturday + 1]) {
        if (d >= H) continue;
        const day: Record<string, number> = {};
        for (let s = 0; s < S; s++) {
          const i = eds(ix, e, d, s);
          constant += ix.onWeight[i]!;
          if (!free(e, d, s)) continue;
          const x = cell(e, d, s);
          binaries.push(x);
          day[x] = 1;
          perType[s]![x] = 1;
          minutes[x] = ix.minutes[s]!;
          covered[d * S + s]!.push(x);
          add(x, ix.offWeight[i]! - ix.onWeight[i]!);
        }
        // One shift a day, and only on a weekend counted as worked.
        constraints.push({ name: `day_${e}_${d}`, terms: { ...day, [worked]: -1 }, hi: 0 });
        days.push(day);
      }
      if (saturday + 1 >= H) continue;
      if (person.maxConsecutiveShifts < 2) {
        constraints.push({ name: `run_${e}_${saturday}`, terms: { ...days[0], ...days[1] }, hi: 1 });
      }
      for (let s = 0; s < S; s++) {
        for (const t of ix.forbidden[s]!) {
          if (free(e, saturday, s) && free(e, saturday + 1, t)) {
            constraints.push({
              name: `succession_${e}_${saturday}_${s}_${t}`,
              terms: { [cell(e, saturday, s)]: 1, [cell(e, saturday + 1, t)]: 1 },
              hi: 1,
            });
          }
        }
      }
    }
    constraints.push({ name: `weekends_${e}`, terms: weekends, hi: person.maxWeekends });
    for (let s = 0; s < S; s++) {
      const limit = ix.maxShifts[e]![s]!;
      if (Number.isFinite(limit) && Object.keys(perType[s]!).length > limit) {
        constraints.push({ name: `type_${e}_${s}`, terms: perType[s]!, hi: limit });
      }
    }
    constraints.push({ name: `minutes_${e}`, terms: minutes, hi: person.maxTotalMinutes });
  }
  for (let d = 5; d < H; d += d % 7 === 5 ? 1 : 6) {
    for (let s = 0; s < S; s++) {
      const c = d * S + s;
      const need = ix.requirement[c]!;
      if (need < 0) continue;
      const terms: Record<string, number> = { [`under_${c}`]: 1, [`over_${c}`]: -1 };
      for (const x of covered[c]!) terms[x] = 1;
      constraints.push({ name: `cover_${c}`, terms, lo: need, hi: need });
      add(`under_${c}`, ix.underWeight[c]!);
      add(`over_${c}`, ix.overWeight[c]!);
    }
  }
  const result = await engine.solve(
    { sense: 'min', objective, constraints, binaries },
    { timeLimitSeconds, mipGap: 0 },
  );
  const proven = result.status === 'optimal' && result.objective !== undefined;
  const value = proven ? result.objective : result.bound;
  if (value === undefined) return undefined;
  let underCovered: number | undefined;
  if (proven) {
    underCovered = 0;
    for (const [name, v] of Object.entries(result.values)) if (name.startsWith('under_')) underCovered += v;
    underCovered = Math.round(underCovered);
  }
  return {
    bound: value + constant,
    proven,
    ...(underCovered !== undefined ? { underCovered } : {}),
  };
}
