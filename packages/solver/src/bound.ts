import { highsEngine } from './engine/highs-engine.js';
import type { MipModel } from './engine/mip-model.js';
import { longShifts } from './model/day-options.js';
import type { ObjectiveWeights } from './model/objective-weights.js';
import { type Problem, endAt, startAt, weekday } from './problem.js';
import { workedWeeks } from './weekend-rotation.js';

/** Largest relaxation the solver builds (variables); larger problems get no bound. */
export const MAX_BOUND_VARIABLES = 15_000;

/**
 * A linear relaxation of the rota problem whose optimum is a lower bound on the solver's
 * objective: fractional shifts per employee, day and shift (flexi apart), one shift a day, contract
 * hours within the tolerance, at most six working days a week and `maxConsecutiveDays` in any run,
 * shift pairs that break the daily rest excluded, weekend days worked in pairs and as many as the
 * pattern gives, long shifts where the pattern says so. Shortfall, competence, surplus and flexi
 * terms are priced as in the objective; every other term is at least zero, so dropping it keeps the
 * bound valid. Returns null when the problem is too large.
 *
 * @example
 * ```ts
 * const model = relaxationModel(problem, weights);
 * ```
 */
export function relaxationModel(
  p: Problem,
  w: ObjectiveWeights,
  maxVariables = MAX_BOUND_VARIABLES,
): MipModel | null {
  const { E, S, days } = p;
  const objective: Record<string, number> = {};
  const constraints: MipModel['constraints'][number][] = [];
  const bounds: Record<string, { lo?: number; hi?: number }> = {};
  const x = (e: number, d: number, s: number, f: boolean) => `${f ? 'f' : 'x'}_${e}_${d}_${s}`;
  const has = new Set<string>();
  const flexiOk = (e: number) => p.employees[e]!.positionPercent >= p.flexiMinPercent;
  for (let e = 0; e < E; e++) {
    const c = p.cycles[e]!;
    const phases = Array.from({ length: c.cycleWeeks }, (_, ph) => workedWeeks(p, e, ph)).filter(
      (v): v is number[] => v !== null,
    );
    const needLong = c.longShifts && longShifts(p, e).length > 0;
    for (let d = 0; d < days; d++) {
      if (p.absence[e * days + d]! > 0) continue;
      const wd = weekday(p, d);
      if (wd >= 5 && phases.every((weeks) => !weeks.includes(Math.floor(d / 7)))) continue;
      for (let s = 0; s < S; s++) {
        if (!p.allowedShift[e * S + s] || !p.shifts[s]!.days[wd]) continue;
        if (wd >= 5 && needLong && p.shifts[s]!.kind !== 'long') continue;
        has.add(x(e, d, s, false));
        if (flexiOk(e) && p.flexiAsked[d * S + s]! > 0) has.add(x(e, d, s, true));
      }
    }
    if (has.size > maxVariables) return null;
    const dayTerms = (d: number) => {
      const t: Record<string, number> = {};
      const dd = ((d % days) + days) % days;
      for (let s = 0; s < S; s++)
        for (const f of [false, true]) if (has.has(x(e, dd, s, f))) t[x(e, dd, s, f)] = 1;
      return t;
    };
    const hours: Record<string, number> = {};
    for (let d = 0; d < days; d++) {
      const t = dayTerms(d);
      if (Object.keys(t).length > 1) constraints.push({ name: `one_${e}_${d}`, terms: t, hi: 1 });
      for (const v of Object.keys(t)) hours[v] = p.shifts[Number(v.split('_')[3])]!.paid / 60;
    }
    constraints.push({
      name: `contract_${e}`,
      terms: hours,
      lo: (p.targetPaid[e]! - p.tolerance) / 60,
      hi: (p.targetPaid[e]! + p.tolerance) / 60,
    });
    const maxRun = p.rules.maxConsecutiveDays;
    const windows = p.cyclic ? days : days - maxRun;
    for (let a = 0; a < windows; a++) {
      const t: Record<string, number> = {};
      for (let k = 0; k <= maxRun; k++) Object.assign(t, dayTerms(a + k));
      if (Object.keys(t).length > maxRun) constraints.push({ name: `run_${e}_${a}`, terms: t, hi: maxRun });
    }
    for (let wk = 0; wk < p.weeks; wk++) {
      const t: Record<string, number> = {};
      for (let k = 0; k < 7; k++) Object.assign(t, dayTerms(wk * 7 + k));
      if (Object.keys(t).length > 6) constraints.push({ name: `week_${e}_${wk}`, terms: t, hi: 6 });
      if (p.rules.weekendBothDays) {
        const sat = dayTerms(wk * 7 + 5);
        const sun = dayTerms(wk * 7 + 6);
        const terms: Record<string, number> = { ...sat };
        for (const v of Object.keys(sun)) terms[v] = -1;
        if (
          Object.keys(terms).length > 0 &&
          p.absence[e * days + wk * 7 + 5] === 0 &&
          p.absence[e * days + wk * 7 + 6] === 0
        )
          constraints.push({ name: `pair_${e}_${wk}`, terms, lo: 0, hi: 0 });
      }
    }
    if (phases.length > 0) {
      const weekendTerms: Record<string, number> = {};
      for (let wk = 0; wk < p.weeks; wk++)
        for (const k of [5, 6]) Object.assign(weekendTerms, dayTerms(wk * 7 + k));
      const counts = phases.map((weeks) => weeks.length * 2);
      if (Object.keys(weekendTerms).length > 0)
        constraints.push({
          name: `weekends_${e}`,
          terms: weekendTerms,
          lo: Math.min(...counts),
          hi: Math.max(...counts),
        });
    }
    for (let d = 0; d < (p.cyclic ? days : days - 1); d++) {
      const d2 = (d + 1) % days;
      for (let s1 = 0; s1 < S; s1++)
        for (let s2 = 0; s2 < S; s2++) {
          if (startAt(p, d + 1, s2) - endAt(p, d, s1) >= p.rules.dailyRestHours * 60) continue;
          const a = [x(e, d, s1, false), x(e, d, s1, true)].filter((v) => has.has(v));
          const b = [x(e, d2, s2, false), x(e, d2, s2, true)].filter((v) => has.has(v));
          if (a.length === 0 || b.length === 0) continue;
          const terms: Record<string, number> = {};
          for (const v of [...a, ...b]) terms[v] = 1;
          constraints.push({ name: `rest_${e}_${d}_${s1}_${s2}`, terms, hi: 1 });
        }
    }
  }
  for (const v of has) bounds[v] = { lo: 0, hi: 1 };
  // Coverage, competence, surplus and flexi terms.
  for (let d = 0; d < days; d++)
    for (let s = 0; s < S; s++) {
      const i = d * S + s;
      const cover: Record<string, number> = {};
      for (let e = 0; e < E; e++) if (has.has(x(e, d, s, false))) cover[x(e, d, s, false)] = 1;
      const req = p.demand[i]!;
      if (req > 0) {
        objective[`u_${i}`] = w.shortfall;
        constraints.push({ name: `short_${i}`, terms: { ...cover, [`u_${i}`]: 1 }, lo: req });
      }
      if (p.intervals.length === 0) {
        objective[`v_${i}`] = w.surplus;
        constraints.push({
          name: `surplus_${i}`,
          terms: { ...neg(cover), [`v_${i}`]: 1 },
          lo: -Math.max(0, req),
        });
      }
      for (const m of p.compMin[i]!) {
        const terms: Record<string, number> = { [`c_${i}_${m.comp}`]: 1 };
        for (let e = 0; e < E; e++)
          if (p.compOf[e] === m.comp && has.has(x(e, d, s, false))) terms[x(e, d, s, false)] = 1;
        objective[`c_${i}_${m.comp}`] = w.competence;
        constraints.push({ name: `comp_${i}_${m.comp}`, terms, lo: m.count });
      }
      const asked = p.flexiAsked[i]!;
      if (asked > 0) {
        const terms: Record<string, number> = { [`g_${i}`]: 1 };
        for (let e = 0; e < E; e++) if (has.has(x(e, d, s, true))) terms[x(e, d, s, true)] = 1;
        objective[`g_${i}`] = w.flexiSpread;
        constraints.push({ name: `flexi_${i}`, terms, lo: asked });
      }
    }
  p.intervals.forEach((iv, k) => {
    objective[`q_${k}`] = w.shortfall;
    for (const sg of iv.segments) {
      const terms: Record<string, number> = { [`q_${k}`]: 1 };
      for (let d = 0; d < days; d++)
        for (let s = 0; s < S; s++)
          if (p.covers[d * S + s]!.includes(sg))
            for (let e = 0; e < E; e++) if (has.has(x(e, d, s, false))) terms[x(e, d, s, false)] = 1;
      constraints.push({ name: `iv_${k}_${sg}`, terms, lo: iv.required });
    }
  });
  return { sense: 'min', objective, constraints, bounds };
}

function neg(t: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(t)) out[k] = -v;
  return out;
}

/**
 * Lower bound on the objective from the LP relaxation solved by HiGHS, or undefined when the
 * problem is too large, the time is too short or the engine gives no optimum.
 *
 * @example
 * ```ts
 * const bound = await lowerBound(problem, weights, 3);
 * ```
 */
export async function lowerBound(
  p: Problem,
  w: ObjectiveWeights,
  seconds: number,
): Promise<number | undefined> {
  if (seconds < 0.5) return undefined;
  const model = relaxationModel(p, w);
  if (!model) return undefined;
  try {
    const r = await highsEngine().solve(model, { timeLimitSeconds: seconds, relaxation: true });
    if (r.status === 'optimal' && r.objective !== undefined) return Math.max(0, r.objective);
    return r.bound !== undefined && Number.isFinite(r.bound) ? Math.max(0, r.bound) : undefined;
  } catch {
    return undefined;
  }
}
