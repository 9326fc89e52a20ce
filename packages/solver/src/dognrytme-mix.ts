import type { Problem } from './problem.js';
import { weekday } from './problem.js';

/** The shift mix chosen for a døgnrytme: staff per `day * S + shift` and its paid hours. */
export interface ShiftMix {
  readonly target: Int32Array;
  readonly paidHours: number;
}

/**
 * Chooses, day by day, how many of each shift type cover a døgnrytme with the fewest paid hours:
 * every interval needs at least its staff on duty in each of its segments (a night shift from the
 * day before counts in the early hours). Exhaustive over counts up to the day's largest need, so
 * the mix is optimal per day. `shifts` limits the shift types used (all by default).
 *
 * @example
 * ```ts
 * dognrytmeMix(problem).paidHours; // fewer hours with a mid shift than with day and evening only
 * ```
 */
export function dognrytmeMix(p: Problem, shifts?: readonly string[]): ShiftMix {
  const target = new Int32Array(p.days * p.S);
  for (let i = 0; i < target.length; i++) target[i] = Math.max(0, p.demand[i]!);
  if (p.intervals.length === 0) return { target, paidHours: paidOf(p, target) };
  const usable = (s: number) =>
    (!shifts || shifts.includes(p.shifts[s]!.code)) &&
    p.employees.some((_, e) => p.allowedShift[e * p.S + s] === 1);
  const cache = new Map<string, number[]>();
  for (let d = 0; d < p.days; d++) {
    const segs: number[] = [];
    const need: number[] = [];
    for (const iv of p.intervals)
      if (iv.day === d)
        for (const sg of iv.segments) {
          const at = segs.indexOf(sg);
          if (at < 0) {
            segs.push(sg);
            need.push(iv.required);
          } else need[at] = Math.max(need[at]!, iv.required);
        }
    if (segs.length === 0) continue;
    const prev = p.cyclic ? (d - 1 + p.days) % p.days : d - 1;
    const have = segs.map((sg) => {
      if (prev < 0 || prev === d) return 0;
      let n = 0;
      for (let s = 0; s < p.S; s++) if (p.covers[prev * p.S + s]!.includes(sg)) n += target[prev * p.S + s]!;
      return n;
    });
    const cand = [...Array(p.S).keys()].filter((s) => usable(s) && p.shifts[s]!.days[weekday(p, d)]);
    const coverOf = cand.map((s) => segs.map((sg) => (p.covers[d * p.S + s]!.includes(sg) ? 1 : 0)));
    const key = `${cand.join(',')}|${coverOf.flat().join('')}|${need.join(',')}|${have.join(',')}`;
    let best = cache.get(key);
    if (!best) {
      const maxN = Math.max(0, ...need);
      let bestCost = Number.POSITIVE_INFINITY;
      const x = new Array<number>(cand.length).fill(0);
      const counts = have.slice();
      const rec = (i: number, cost: number) => {
        if (cost >= bestCost) return;
        if (i === cand.length) {
          if (counts.every((c, k) => c >= need[k]!)) {
            bestCost = cost;
            best = x.slice();
          }
          return;
        }
        for (let n = 0; n <= maxN; n++) {
          x[i] = n;
          rec(i + 1, cost + n * p.shifts[cand[i]!]!.paid);
          coverOf[i]!.forEach((c, k) => {
            counts[k]! += c;
          });
        }
        coverOf[i]!.forEach((c, k) => {
          counts[k]! -= c * (maxN + 1);
        });
        x[i] = 0;
      };
      rec(0, 0);
      best = best ?? new Array<number>(cand.length).fill(maxN);
      cache.set(key, best);
    }
    cand.forEach((s, i) => {
      target[d * p.S + s]! += best?.[i] ?? 0;
    });
  }
  return { target, paidHours: paidOf(p, target) };
}

function paidOf(p: Problem, target: Int32Array): number {
  let m = 0;
  for (let i = 0; i < target.length; i++) m += target[i]! * p.shifts[i % p.S]!.paid;
  return m / 60;
}
