import { type Employee, type Scenario, type WeekendPattern, parseScenario, weekendCycle } from '@turnus/core';
import { dognrytmeMix } from './dognrytme-mix.js';
import { buildProblem } from './problem.js';
import type { DimensioningResult, StaffingOption } from './solve-types.js';
import { weekendNeed } from './weekend-rotation.js';

/**
 * Allowed position sizes of a policy, ascending.
 *
 * @example
 * ```ts
 * positionSizes(scenario); // [20, 25, …, 100] for { min: 20, step: 5 }
 * ```
 */
export function positionSizes(s: Scenario): number[] {
  const ps = s.staffPolicy?.positionSizes ?? { allowed: [100, 80, 60] };
  if ('allowed' in ps) return [...new Set(ps.allowed)].sort((a, b) => a - b);
  const out: number[] = [];
  for (let x = ps.min; x <= ps.max + 1e-9; x += ps.step) out.push(Math.round(x * 100) / 100);
  if (out[out.length - 1] !== ps.max) out.push(ps.max);
  return out;
}

/** Options of {@link dimension}. */
export interface DimensionOptions {
  /** Upper bound on persons the search considers (overrides the policy's `maxPersons`). */
  maxPersons?: number;
}

interface Plan {
  n1: number;
  n2: number;
  sizes1: number[];
  sizes2: number[];
  fullTime: number;
  total: number;
}

/**
 * Sizes the staff stock (bemanning) for a scenario with a `staffPolicy`: the arithmetic first
 * (demand hours a week, flexi included, and årsverk = hours / full-time week; persons needed per
 * weekend against the person-weekends each pattern gives), then the persons and position sizes
 * (within the policy's sizes) that cover it with, in order: the highest heltidsandel, the highest
 * average position, the fewest persons. Also returns, for every feasible number of persons, the
 * most full-time positions (the trade-off list).
 *
 * @example
 * ```ts
 * const d = dimension(parseScenarioText(text));
 * d.heltidsandel; // share of full-time persons
 * ```
 */
export function dimension(scenario: Scenario | unknown, options: DimensionOptions = {}): DimensioningResult {
  const s = parseScenario(scenario);
  const policy = s.staffPolicy ?? {
    weekendPattern: 'every-third' as WeekendPattern,
    weekendPositions: 'none' as WeekendPattern,
    positionSizes: { allowed: [100, 80, 60] },
    competence: 'helsefagarbeider',
  };
  const dummy: Employee = {
    id: 'X',
    positionPercent: 100,
    competence:
      typeof policy.competence === 'string'
        ? policy.competence
        : (Object.keys(policy.competence)[0] ?? 'helsefagarbeider'),
    weekendPattern: policy.weekendPattern,
  };
  const p = buildProblem(s, [dummy], { tolerance: s.rules.contractToleranceHours });
  const target = dognrytmeMix(p).target;
  let minutes = 0;
  let weekendShiftMinutes = 0;
  let weekendShifts = 0;
  for (let i = 0; i < target.length; i++) {
    const paid = p.shifts[i % p.S]!.paid;
    const n = target[i]! + p.flexiAsked[i]!;
    minutes += n * paid;
    const wd = Math.floor(i / p.S) % 7;
    if (wd >= 5) {
      weekendShiftMinutes += n * paid;
      weekendShifts += n;
    }
  }
  const hoursPerWeek = minutes / 60 / p.weeks;
  const FT = s.fullTimeHoursPerWeek;
  const P = (hoursPerWeek / FT) * 100;
  const need = weekendNeed(p, target).persons;
  const needMax = Math.max(0, ...need);
  const needAvg = need.reduce((a, b) => a + b, 0) / Math.max(1, need.length);
  const avgWeekendShift = weekendShifts > 0 ? weekendShiftMinutes / weekendShifts / 60 : 7.75;
  const c1 = weekendCycle(policy.weekendPattern);
  const c2 = weekendCycle(policy.weekendPositions);
  const sizes = positionSizes(s);
  const minFor = (share: number) => {
    const pct = ((share * 2 * avgWeekendShift) / FT) * 100;
    return sizes.find((x) => x >= pct) ?? 100;
  };
  const a1 = c1.workedWeeks.length / c1.cycleWeeks;
  const a2 = c2.workedWeeks.length / c2.cycleWeeks;
  const min1 = minFor(a1);
  const min2 = minFor(a2);
  // Weekend positions (helgestillinger) are small: at least half their hours at weekends.
  const weekendPct2 = ((a2 * 2 * avgWeekendShift) / FT) * 100;
  const max2 = Math.max(min2, ...sizes.filter((x) => x <= 2 * weekendPct2 + 1e-9));
  const step = sizes.length > 1 ? Math.min(...sizes.slice(1).map((x, i) => x - sizes[i]!)) : 100;
  const slack = Math.max(step, 1);
  const maxPersons =
    options.maxPersons ?? policy.maxPersons ?? Math.min(300, Math.ceil(P / Math.max(1, sizes[0]!)) + 10);
  const search = (within: number): Plan[] => {
    const found: Plan[] = [];
    for (let n1 = 0; n1 <= maxPersons; n1++)
      for (let n2 = 0; n1 + n2 <= maxPersons && (a2 > 0 || n2 === 0); n2++) {
        if (n1 + n2 === 0) continue;
        const given =
          Math.floor((n1 * a1 * c1.cycleWeeks) / c1.cycleWeeks + 1e-9) + Math.floor(n2 * a2 + 1e-9);
        if (given < needMax || given > needMax + 1) continue;
        const plan = allocate(n1, n2, min1, min2, max2, sizes, P, within);
        if (plan) found.push(plan);
      }
    return found;
  };
  // Positions should sum to the demand within one size step; when the allowed sizes cannot fit
  // that closely (e.g. 30/50/60/75/80/100), accept a wider surplus, up to the smallest position.
  let candidates = search(slack);
  for (
    let within = slack * 2;
    candidates.length === 0 && within <= Math.max(slack, sizes[0]!) * 2;
    within *= 2
  )
    candidates = search(within);
  const score = (x: Plan) => [x.fullTime / (x.n1 + x.n2), x.total / (x.n1 + x.n2), -(x.n1 + x.n2)];
  candidates.sort((x, y) => {
    const a = score(x);
    const b = score(y);
    for (let i = 0; i < 3; i++) if (Math.abs(a[i]! - b[i]!) > 1e-9) return b[i]! - a[i]!;
    return 0;
  });
  const notes: string[] = [];
  const best = candidates[0];
  const byPersons = new Map<number, StaffingOption>();
  for (const c of candidates) {
    const n = c.n1 + c.n2;
    const cur = byPersons.get(n);
    if (!cur || c.fullTime > cur.fullTime)
      byPersons.set(n, {
        persons: n,
        fullTime: c.fullTime,
        heltidsandel: c.fullTime / n,
        averagePositionPercent: c.total / n,
        positions: [...c.sizes1, ...c.sizes2].sort((a, b) => b - a),
      });
  }
  const tradeOffs = [...byPersons.values()].sort((a, b) => a.persons - b.persons);
  if (!best) {
    notes.push(
      `Ingen bemanning innen ${maxPersons} personer dekker ${needMax} personer per helg og ${P.toFixed(0)} % stillinger.`,
    );
    return {
      demandHoursPerWeek: hoursPerWeek,
      arsverk: P / 100,
      weekendPersonsNeeded: needAvg,
      weekendPersonsGiven: 0,
      staff: [],
      persons: 0,
      heltidsandel: 0,
      averagePositionPercent: 0,
      tradeOffs,
      notes,
    };
  }
  const staff = makeStaff(s, best, policy.weekendPattern, policy.weekendPositions, policy.competence);
  return {
    demandHoursPerWeek: hoursPerWeek,
    arsverk: P / 100,
    weekendPersonsNeeded: needAvg,
    weekendPersonsGiven: best.n1 * a1 + best.n2 * a2,
    staff,
    persons: staff.length,
    heltidsandel: best.fullTime / staff.length,
    averagePositionPercent: best.total / staff.length,
    tradeOffs,
    notes,
  };
}

/** Position sizes for n1 pattern staff and n2 weekend positions: most full-time first, total in [P, P+slack]. */
function allocate(
  n1: number,
  n2: number,
  min1: number,
  min2: number,
  max2: number,
  sizes: number[],
  P: number,
  slack: number,
): Plan | null {
  const n = n1 + n2;
  for (let k = n; k >= 0; k--) {
    const k1 = Math.min(k, n1);
    const k2 = k - k1;
    if (k2 > 0 && max2 < 100) continue;
    const rest1 = n1 - k1;
    const rest2 = n2 - k2;
    const below = sizes.filter((x) => x < 100);
    const mins = rest1 * min1 + rest2 * min2;
    const top = below.length ? below[below.length - 1]! : 0;
    const top2 = Math.min(top, max2);
    const full = 100 * k;
    if ((top < min1 && rest1 > 0) || (top2 < min2 && rest2 > 0)) continue;
    if (full + mins > P + slack) continue;
    if (full + rest1 * top + rest2 * top2 < P) continue;
    const s1 = new Array<number>(rest1).fill(min1);
    const s2 = new Array<number>(rest2).fill(min2);
    let total = full + mins;
    const all = [...s1.map((_, i) => ({ g: 1, i })), ...s2.map((_, i) => ({ g: 2, i }))];
    let guard = 0;
    while (total < P - 1e-9 && guard++ < 10000) {
      // Raise the smallest position to the next size.
      all.sort(
        (a, b) =>
          (a.g === 1 ? s1[a.i]! : s2[a.i]!) - (b.g === 1 ? s1[b.i]! : s2[b.i]!) || a.g - b.g || a.i - b.i,
      );
      const x = all.find((a) => (a.g === 1 ? s1[a.i]! : s2[a.i]!) < (a.g === 1 ? top : top2));
      if (!x) break;
      const arr = x.g === 1 ? s1 : s2;
      const next = below.find((v) => v > arr[x.i]!)!;
      total += next - arr[x.i]!;
      arr[x.i] = next;
    }
    if (total < P - 1e-9 || total > P + slack + 1e-9) continue;
    return {
      n1,
      n2,
      sizes1: [...new Array<number>(k1).fill(100), ...s1],
      sizes2: [...new Array<number>(k2).fill(100), ...s2],
      fullTime: k,
      total,
    };
  }
  return null;
}

function makeStaff(
  s: Scenario,
  plan: Plan,
  pattern: WeekendPattern,
  weekendPositions: WeekendPattern,
  competence: string | Record<string, number>,
): Employee[] {
  const rows: { size: number; pattern: WeekendPattern }[] = [
    ...plan.sizes1.map((size) => ({ size, pattern })),
    ...plan.sizes2.map((size) => ({ size, pattern: weekendPositions })),
  ];
  const comps: string[] = [];
  if (typeof competence === 'string') rows.forEach(() => comps.push(competence));
  else {
    const entries = Object.entries(competence).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const sum = entries.reduce((a, [, v]) => a + v, 0) || 1;
    const counts = entries.map(([c, v]) => ({
      c,
      n: Math.floor((v / sum) * rows.length),
      r: ((v / sum) * rows.length) % 1,
    }));
    let left = rows.length - counts.reduce((a, x) => a + x.n, 0);
    for (const x of [...counts].sort((a, b) => b.r - a.r)) if (left-- > 0) x.n++;
    // Interleave so each competence gets its share of every size.
    const pool = counts.flatMap((x) =>
      Array.from({ length: x.n }, (_, i) => ({ c: x.c, key: (i + 0.5) / x.n })),
    );
    pool.sort((a, b) => a.key - b.key || a.c.localeCompare(b.c));
    for (const x of pool) comps.push(x.c);
  }
  void s;
  return rows.map((r, i) => ({
    id: `${r.pattern === pattern ? 'A' : 'H'}${String(i + 1).padStart(2, '0')}`,
    positionPercent: r.size,
    competence: comps[i] ?? 'helsefagarbeider',
    weekendPattern: r.pattern,
  }));
}
