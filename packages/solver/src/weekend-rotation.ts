import { longShifts, weekendExcused } from './model/day-options.js';
import { employeeViolations } from './model/legality.js';
import { type Problem, endAt, startAt, weekday } from './problem.js';
import { createRng } from './rng.js';

/** Staff needed on each weekend: persons (both days) and per competence. */
export interface WeekendNeed {
  readonly persons: number[];
  readonly comp: number[][];
  /** Staff needed per shift (the more of Saturday and Sunday), flexi included. */
  readonly perShift: number[][];
}

/** Staff each weekend needs: the larger of Saturday's and Sunday's demand (flexi included). */
export function weekendNeed(p: Problem, mix?: Int32Array): WeekendNeed {
  const persons: number[] = [];
  const comp: number[][] = [];
  const perShift: number[][] = [];
  for (let w = 0; w < p.weeks; w++) {
    let best = 0;
    const shiftNeed = new Array<number>(p.S).fill(0);
    const bestComp = new Array<number>(p.competences.length).fill(0);
    for (const d of [w * 7 + 5, w * 7 + 6]) {
      let n = 0;
      const c = new Array<number>(p.competences.length).fill(0);
      for (let s = 0; s < p.S; s++) {
        const i = d * p.S + s;
        const k = Math.max(0, mix ? mix[i]! : p.demand[i]!) + p.flexiAsked[i]!;
        n += k;
        shiftNeed[s] = Math.max(shiftNeed[s]!, k);
        for (const m of p.compMin[i]!) if (m.comp >= 0) c[m.comp]! += m.count;
      }
      for (const iv of p.intervals)
        if (iv.day === d) for (const m of iv.min) if (m.comp >= 0) c[m.comp] = Math.max(c[m.comp]!, m.count);
      best = Math.max(best, n);
      c.forEach((x, k) => {
        bestComp[k] = Math.max(bestComp[k]!, x);
      });
    }
    persons.push(best);
    comp.push(bestComp);
    perShift.push(shiftNeed);
  }
  return { persons, comp, perShift };
}

/** The employee can work weekend `w` on both days with some legal pair of shifts. */
export function weekendWorkable(p: Problem, e: number, w: number): boolean {
  const sat = w * 7 + 5;
  const needLong = p.cycles[e]!.longShifts && longShifts(p, e).length > 0;
  const ok = (d: number) =>
    Array.from({ length: p.S }, (_, s) => s).filter(
      (s) =>
        p.allowedShift[e * p.S + s] &&
        p.shifts[s]!.days[weekday(p, d)] &&
        (!needLong || p.shifts[s]!.kind === 'long'),
    );
  for (const a of ok(sat))
    for (const b of ok(sat + 1))
      if (startAt(p, sat + 1, b) - endAt(p, sat, a) >= p.rules.dailyRestHours * 60) return true;
  return false;
}

/** Weeks an employee works at a phase, excluding weekends excused by absence; null if the phase cannot be worked legally. */
export function workedWeeks(p: Problem, e: number, phase: number): number[] | null {
  const c = p.cycles[e]!;
  const out: number[] = [];
  for (let w = 0; w < p.weeks; w++) {
    if (!c.workedWeeks.includes((w + phase) % c.cycleWeeks)) continue;
    if (weekendExcused(p, e, w)) continue;
    if (!weekendWorkable(p, e, w)) return null;
    out.push(w);
  }
  return forcedRowLegal(p, e, out) ? out : null;
}

/**
 * Whether the worked weekends alone can be worked legally (with the Sunday/holiday rule, which
 * a holiday weekend can break for every-other-weekend staff): greedy, early shifts first.
 */
function forcedRowLegal(p: Problem, e: number, weeks: readonly number[]): boolean {
  const row = new Int16Array(p.days).fill(-1);
  const needLong = p.cycles[e]!.longShifts && longShifts(p, e).length > 0;
  const ok = (d: number) =>
    [...Array(p.S).keys()]
      .filter(
        (s) =>
          p.allowedShift[e * p.S + s] &&
          p.shifts[s]!.days[weekday(p, d)] &&
          (!needLong || p.shifts[s]!.kind === 'long'),
      )
      .sort((a, b) => p.shifts[a]!.end - p.shifts[b]!.end || a - b);
  for (const w of weeks) {
    const sat = w * 7 + 5;
    let placed = false;
    for (const a of ok(sat)) {
      for (const b of ok(sat + 1)) {
        row[sat] = a;
        row[sat + 1] = b;
        if (employeeViolations(p, e, row, sat, sat + 1) === 0) {
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
    if (!placed) return false;
  }
  return employeeViolations(p, e, row) === 0;
}

/**
 * Chooses each employee's weekend phase (helgemønster start) so that staff per weekend matches
 * weekend demand as evenly as possible, competence minimums included: a greedy assignment followed
 * by one-employee improvements until none helps. Deterministic.
 *
 * @example
 * ```ts
 * const phases = chooseWeekendPhases(problem);
 * ```
 */
export function chooseWeekendPhases(
  p: Problem,
  mix?: Int32Array,
  restarts = 8,
): { phases: Int32Array; need: WeekendNeed; count: number[] } {
  const need = weekendNeed(p, mix);
  const rng = createRng(p.E * 7919 + p.weeks);
  // A deterministic work budget (evaluations of a weekend's cost) bounds the time on big plans.
  const work = { used: 0, max: 25_000_000 };
  const options: (number[] | null)[][] = p.employees.map((_, e) =>
    Array.from({ length: p.cycles[e]!.cycleWeeks }, (_, ph) => workedWeeks(p, e, ph)),
  );
  let best: { phases: Int32Array; count: number[]; cost: number } | null = null;
  for (let r = 0; r < restarts; r++) {
    const order = [...p.employees.keys()].sort(
      (a, b) => p.cycles[b]!.cycleWeeks - p.cycles[a]!.cycleWeeks || a - b,
    );
    if (r > 0)
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    const run = phaseRun(p, need, order, options, work);
    if (!best || run.cost < best.cost) best = run;
    if (best.cost === 0 || work.used > work.max) break;
  }
  return { phases: best!.phases, need, count: best!.count };
}

function phaseRun(
  p: Problem,
  need: WeekendNeed,
  order: number[],
  options: readonly (readonly (number[] | null)[])[],
  work: { used: number; max: number },
): { phases: Int32Array; count: number[]; cost: number } {
  const C = p.competences.length;
  const count = new Array<number>(p.weeks).fill(0);
  const compCount = Array.from({ length: p.weeks }, () => new Array<number>(C).fill(0));
  const phases = new Int32Array(p.E);
  // Which weekend shifts each employee can take (a bit per shift): staff counts by capability, so
  // night-only staff do not make up for missing day staff (Hall's condition over shift subsets).
  const S = Math.min(p.S, 12);
  const maskOf = p.employees.map((_, e) => {
    const needLong = p.cycles[e]!.longShifts && longShifts(p, e).length > 0;
    let m = 0;
    for (let k = 0; k < S; k++)
      if (
        p.allowedShift[e * p.S + k] &&
        (p.shifts[k]!.days[5] || p.shifts[k]!.days[6]) &&
        (!needLong || p.shifts[k]!.kind === 'long')
      )
        m |= 1 << k;
    return m;
  });
  const masks = [...new Set(maskOf)];
  const maskIdx = maskOf.map((m) => masks.indexOf(m));
  const byMask = Array.from({ length: p.weeks }, () => new Array<number>(masks.length).fill(0));
  const subsets: { set: number; need: number[] }[] = [];
  for (let t = 1; t < 1 << S; t++)
    subsets.push({
      set: t,
      need: need.perShift.map((row) => row.reduce((a, n, k) => a + ((t >> k) & 1 ? n : 0), 0)),
    });
  const cell = (w: number, delta: number, comp: number, mi: number) => {
    const before = weekCost(w);
    count[w]! += delta;
    compCount[w]![comp]! += delta;
    byMask[w]![mi]! += delta;
    return weekCost(w) - before;
  };
  function weekCost(w: number): number {
    work.used++;
    const n = need.persons[w]!;
    let short = 0;
    for (const t of subsets) {
      const want = t.need[w]!;
      if (want <= short) continue;
      let have = 0;
      for (let i = 0; i < masks.length; i++) if (masks[i]! & t.set) have += byMask[w]![i]!;
      short = Math.max(short, want - have);
    }
    const over = Math.max(0, count[w]! - n);
    let c = 100 * short * short + over * over;
    for (let k = 0; k < C; k++) {
      const m = Math.max(0, need.comp[w]![k]! - compCount[w]![k]!);
      c += 40 * m * m;
    }
    return c;
  }
  const place = (e: number, ph: number, sign: number): number => {
    let delta = 0;
    for (const w of options[e]![ph] ?? []) delta += cell(w, sign, p.compOf[e]!, maskIdx[e]!);
    return delta;
  };
  for (const e of order) {
    let best = -1;
    let bestDelta = Number.POSITIVE_INFINITY;
    options[e]!.forEach((weeks, ph) => {
      if (!weeks) return;
      const delta = place(e, ph, 1);
      place(e, ph, -1);
      if (delta < bestDelta) {
        bestDelta = delta;
        best = ph;
      }
    });
    phases[e] = Math.max(0, best);
    if (best >= 0) place(e, best, 1);
  }
  for (let pass = 0; pass < 60; pass++) {
    let improved = false;
    for (const e of order) {
      const cur = phases[e]!;
      if (!options[e]![cur]) continue;
      const removed = place(e, cur, -1);
      let best = cur;
      let bestDelta = -removed;
      options[e]!.forEach((weeks, ph) => {
        if (!weeks || ph === cur) return;
        const delta = place(e, ph, 1);
        place(e, ph, -1);
        if (delta < bestDelta - 1e-9) {
          bestDelta = delta;
          best = ph;
        }
      });
      place(e, best, 1);
      if (best !== cur) {
        phases[e] = best;
        improved = true;
      }
    }
    if (work.used > work.max || (!improved && !pairPass())) break;
  }
  let cost = 0;
  for (let w = 0; w < p.weeks; w++) cost += weekCost(w);
  return { phases, count, cost };

  /** Moves two employees' phases at once (escapes what single moves cannot); true when it helped. */
  function pairPass(): boolean {
    for (let i = 0; i < order.length; i++)
      for (let j = i + 1; j < order.length; j++) {
        if (work.used > work.max) return false;
        const a = order[i]!;
        const b = order[j]!;
        const pa = phases[a]!;
        const pb = phases[b]!;
        if (!options[a]![pa] || !options[b]![pb]) continue;
        const removed = place(a, pa, -1) + place(b, pb, -1);
        let best: [number, number] | null = null;
        let bestDelta = -removed - 1e-9;
        for (let x = 0; x < options[a]!.length; x++) {
          if (!options[a]![x]) continue;
          const da = place(a, x, 1);
          for (let y = 0; y < options[b]!.length; y++) {
            if (!options[b]![y] || (x === pa && y === pb)) continue;
            const delta = da + place(b, y, 1);
            place(b, y, -1);
            if (delta < bestDelta) {
              bestDelta = delta;
              best = [x, y];
            }
          }
          place(a, x, -1);
        }
        if (best) {
          phases[a] = best[0];
          phases[b] = best[1];
          place(a, best[0], 1);
          place(b, best[1], 1);
          return true;
        }
        place(a, pa, 1);
        place(b, pb, 1);
      }
    return false;
  }
}
