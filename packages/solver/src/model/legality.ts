import { localInstant, parseTimeOfDay } from '@turnus/core';
import { type Problem, dayStart, endAt, startAt } from '../problem.js';

/**
 * The solver's own model of the hard rules (arbeidsmiljøloven and tariff), checked per employee on
 * one row of the rota. `row[d]` is -1 (off), a shift index, or shift index + S for a flexi shift.
 * Independent of @turnus/evaluation by design: the evaluation verifies what this module decides.
 */
export type Row = Int16Array;

const sundayCache = new WeakMap<Problem, Float64Array>();

/** The Sunday/holiday work window [D-1 at windowStart, D at windowEnd) per entry of sundayDays. */
function sundayWindows(p: Problem): Float64Array {
  let w = sundayCache.get(p);
  if (w) return w;
  const a = parseTimeOfDay(p.rules.sundayWindowStart);
  const b = parseTimeOfDay(p.rules.sundayWindowEnd);
  w = new Float64Array(p.sundayDays.length * 2);
  p.sundayDays.forEach((d, i) => {
    const date = p.dates[d]!;
    w![2 * i] = localInstant(date, a - 1440);
    w![2 * i + 1] = localInstant(date, b);
  });
  sundayCache.set(p, w);
  return w;
}

/** The shift on a (possibly virtual) day, -1 when off or outside a non-cyclic plan. */
export function shiftAt(p: Problem, row: Row, d: number): number {
  let i = d;
  if (i < 0 || i >= p.days) {
    if (!p.cyclic) return -1;
    i = ((i % p.days) + p.days) % p.days;
  }
  const v = row[i]!;
  return v < 0 ? -1 : v >= p.S ? v - p.S : v;
}

/** A hard-rule violation found by the solver's model. */
export interface ModelViolation {
  readonly rule: string;
  readonly day: number;
  readonly message: string;
}

/**
 * Counts hard-rule violations of one employee's row whose windows touch days `lo..hi`
 * (all days by default). With `out`, also describes them.
 *
 * @example
 * ```ts
 * employeeViolations(problem, 0, row) === 0; // the row is legal
 * ```
 */
export function employeeViolations(
  p: Problem,
  e: number,
  row: Row,
  lo = 0,
  hi = p.days - 1,
  out?: ModelViolation[],
): number {
  const r = p.rules;
  let bad = 0;
  const fail = (rule: string, day: number, message: string) => {
    bad++;
    out?.push({ rule, day, message });
  };
  const from = p.cyclic ? lo - 3 : Math.max(0, lo - 3);
  const to = p.cyclic ? hi + 1 : Math.min(p.days - 1, hi + 1);
  // Daily rest (aml § 10-8 (1)).
  const rest = r.dailyRestHours * 60;
  for (let d = from; d <= to; d++) {
    const s = shiftAt(p, row, d);
    if (s < 0) continue;
    for (let k = d + 1; k <= d + 3; k++) {
      const t = shiftAt(p, row, k);
      if (t < 0) continue;
      const gap = startAt(p, k, t) - endAt(p, d, s);
      if (gap < rest) fail('daily-rest', d, `${(gap / 60).toFixed(2)} h rest after day ${d}`);
      break;
    }
  }
  // Weeks touched by the change (a night shift spills into the next week).
  const W = p.weeks;
  const w0 = Math.floor((lo - 1) / 7);
  const w1 = Math.floor((hi + 1) / 7);
  const weekHours = new Map<number, number>();
  const hoursOf = (w: number): number => {
    const key = p.cyclic ? ((w % W) + W) % W : w;
    let h = weekHours.get(key);
    if (h === undefined) {
      h = weekMinutes(p, row, key);
      weekHours.set(key, h);
    }
    return h;
  };
  const weekList: number[] = [];
  for (let w = w0; w <= w1; w++) {
    if (!p.cyclic && (w < 0 || w >= W)) continue;
    const key = p.cyclic ? ((w % W) + W) % W : w;
    if (!weekList.includes(key)) weekList.push(key);
  }
  for (const w of weekList) {
    if (!weeklyRestOk(p, row, w)) fail('weekly-rest', w * 7, `week ${w + 1}: weekly rest`);
    if (hoursOf(w) > r.maxWeeklyHours * 60)
      fail('weekly-hours', w * 7, `week ${w + 1}: over ${r.maxWeeklyHours} h`);
  }
  // 48 h average over averagingWeeks (windows containing a touched week).
  const A = r.averagingWeeks;
  if (W <= A) {
    let sum = 0;
    for (let w = 0; w < W; w++) sum += hoursOf(w);
    if (sum > r.maxAverageWeeklyHours * 60 * W) fail('average-weekly-hours', 0, 'average weekly hours');
  } else {
    const starts = new Set<number>();
    for (const w of weekList)
      for (let s = w - A + 1; s <= w; s++) {
        if (p.cyclic) starts.add(((s % W) + W) % W);
        else if (s >= 0 && s + A <= W) starts.add(s);
      }
    for (const s of starts) {
      let sum = 0;
      for (let k = 0; k < A; k++) sum += hoursOf(s + k);
      if (sum > r.maxAverageWeeklyHours * 60 * A)
        fail('average-weekly-hours', s * 7, `weeks ${s + 1}+: average`);
    }
  }
  bad += sundayViolations(p, row, lo, hi, out);
  // Max consecutive working days.
  const maxRun = r.maxConsecutiveDays;
  let run = 0;
  const a = p.cyclic ? lo - maxRun : Math.max(0, lo - maxRun);
  const b = p.cyclic ? hi + maxRun : Math.min(p.days - 1, hi + maxRun);
  for (let d = a; d <= b; d++) {
    run = shiftAt(p, row, d) >= 0 ? run + 1 : 0;
    if (run > maxRun) {
      fail('max-consecutive-days', d, `more than ${maxRun} days in a row`);
      break;
    }
  }
  bad += nightViolations(p, row, lo, hi, out);
  return bad;
}

/** Working minutes attributed to week `w`: the larger of "shifts starting in it" and "clipped to it". */
export function weekMinutes(p: Problem, row: Row, w: number): number {
  let byStart = 0;
  let clipped = 0;
  const ws = dayStart(p, w * 7);
  const we = dayStart(p, w * 7 + 7);
  for (let d = w * 7 - 1; d < w * 7 + 7; d++) {
    const s = shiftAt(p, row, d);
    if (s < 0) continue;
    if (d >= w * 7) byStart += p.shifts[s]!.work;
    clipped += Math.max(0, Math.min(endAt(p, d, s), we) - Math.max(startAt(p, d, s), ws));
  }
  return Math.max(byStart, clipped);
}

function weeklyRestOk(p: Problem, row: Row, w: number): boolean {
  const ws = dayStart(p, w * 7);
  const we = dayStart(p, w * 7 + 7);
  let free = ws;
  let longest = 0;
  const busy: number[] = [];
  for (let d = w * 7 - 1; d < w * 7 + 7; d++) {
    const s = shiftAt(p, row, d);
    if (s < 0) continue;
    const a = Math.max(startAt(p, d, s), ws);
    const b = Math.min(endAt(p, d, s), we);
    if (b <= a) continue;
    longest = Math.max(longest, a - free);
    free = Math.max(free, b);
    busy.push(a, b);
  }
  longest = Math.max(longest, we - free);
  if (longest < p.rules.weeklyRestHours * 60) return false;
  for (let k = 0; k < 7; k++) {
    const a = dayStart(p, w * 7 + k);
    const b = dayStart(p, w * 7 + k + 1);
    let clear = true;
    for (let i = 0; i < busy.length; i += 2) if (busy[i]! < b && busy[i + 1]! > a) clear = false;
    if (clear) return true;
  }
  return false;
}

/** Whether the row works Sunday/holiday entry `i` (any working time in its window). */
function worksSunday(p: Problem, row: Row, win: Float64Array, i: number): boolean {
  const D = p.sundayDays[i]!;
  for (let d = D - 2; d <= D; d++) {
    const s = shiftAt(p, row, d);
    if (s < 0) continue;
    if (startAt(p, d, s) < win[2 * i + 1]! && endAt(p, d, s) > win[2 * i]!) return true;
  }
  return false;
}

/** Which Sunday/holiday entries the row works (any working time in the window). */
export function sundaysWorked(p: Problem, row: Row): boolean[] {
  const win = sundayWindows(p);
  return p.sundayDays.map((_, i) => worksSunday(p, row, win, i));
}

/** Entries whose window a change on days lo..hi can touch (a shift reaches at most two days on). */
function touchedEntries(p: Problem, lo: number, hi: number): number[] {
  const out: number[] = [];
  const span = hi - lo + 2;
  p.sundayDays.forEach((D, i) => {
    const off = p.cyclic ? (((D - lo) % p.days) + p.days) % p.days : D - lo;
    if (off >= 0 && off <= span) out.push(i);
  });
  return out;
}

function sundayViolations(p: Problem, row: Row, lo: number, hi: number, out?: ModelViolation[]): number {
  const n = p.sundayDays.length;
  if (n === 0) return 0;
  const win = sundayWindows(p);
  const whole = lo <= 0 && hi >= p.days - 1;
  const touched = whole ? p.sundayDays.map((_, i) => i) : touchedEntries(p, lo, hi);
  if (touched.length === 0) return 0;
  const cache = new Int8Array(n).fill(-1);
  const worked = (i: number): boolean => {
    const k = ((i % n) + n) % n;
    if (cache[k] === -1) cache[k] = worksSunday(p, row, win, k) ? 1 : 0;
    return cache[k] === 1;
  };
  let bad = 0;
  const r = p.rules;
  if (r.sundayRule === 'no-consecutive') {
    // A cyclic plan with one Sunday works it in every repetition: (i, i+1 mod n) covers that too.
    const pairs = new Set<number>();
    for (const i of touched) pairs.add(i - 1).add(i);
    for (const i of pairs) {
      if (!p.cyclic && (i < 0 || i + 1 >= n)) continue;
      if (worked(i) && worked(i + 1)) {
        bad++;
        out?.push({
          rule: 'sunday-holiday',
          day: p.sundayDays[((i % n) + n) % n]!,
          message: 'two Sundays/holidays in a row',
        });
      }
    }
    return bad;
  }
  // every-other-on-average: at most half in every window, and at most maxConsecutiveSundays in a row.
  const A = r.sundayAveragingWeeks;
  const W = p.weeks;
  const weeksTouched = new Set(touched.map((i) => Math.floor(p.sundayDays[i]! / 7)));
  const windows: [number, number][] = [];
  if (W <= A) windows.push([0, W]);
  else
    for (let st = 0; st < W; st++) {
      if (!p.cyclic && st + A > W) break;
      let hit = false;
      for (const wk of weeksTouched)
        if ((wk >= st && wk < st + A) || (p.cyclic && wk + W >= st && wk + W < st + A)) hit = true;
      if (hit) windows.push([st, st + A]);
    }
  for (const [ws, we] of windows) {
    let total = 0;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const wk = Math.floor(p.sundayDays[i]! / 7);
      const inside = (wk >= ws && wk < we) || (p.cyclic && wk + W >= ws && wk + W < we);
      if (!inside) continue;
      total++;
      if (worked(i)) k++;
    }
    if (k * 2 > total) {
      bad++;
      out?.push({ rule: 'sunday-holiday', day: ws * 7, message: `${k} of ${total} Sundays/holidays worked` });
    }
  }
  const max = r.maxConsecutiveSundays;
  let all = p.cyclic;
  for (let i = 0; i < n && all; i++) if (!worked(i)) all = false;
  if (all) {
    out?.push({ rule: 'sunday-holiday', day: p.sundayDays[0]!, message: 'every Sunday/holiday worked' });
    return bad + 1;
  }
  for (const t of touched) {
    let run = 0;
    for (let i = t - max; i <= t + max; i++) {
      if (!p.cyclic && (i < 0 || i >= n)) {
        run = 0;
        continue;
      }
      run = worked(i) ? run + 1 : 0;
      if (run > max) {
        out?.push({
          rule: 'sunday-holiday',
          day: p.sundayDays[((i % n) + n) % n]!,
          message: 'too many Sundays in a row',
        });
        return bad + 1;
      }
    }
  }
  return bad;
}

const nightCapable = new WeakMap<Problem, Uint8Array>();

function nightViolations(p: Problem, row: Row, lo: number, hi: number, out?: ModelViolation[]): number {
  let capable = nightCapable.get(p);
  if (!capable) {
    capable = new Uint8Array(p.S);
    p.shifts.forEach((sh, k) => {
      capable![k] = sh.night ? 1 : 0;
    });
    nightCapable.set(p, capable);
  }
  if (!capable.includes(1)) return 0;
  let night = false;
  for (let d = 0; d < p.days && !night; d++) {
    const s = shiftAt(p, row, d);
    if (s >= 0 && p.shifts[s]!.night) night = true;
  }
  if (!night) return 0;
  const span = p.rules.nightAveragingWeeks * 7;
  const limit = p.rules.maxNightHoursPer24h * 60 * span;
  const a = p.cyclic ? lo - span + 1 : Math.max(0, lo - span + 1);
  const b = p.cyclic ? hi : Math.min(hi, p.days - span);
  if (!p.cyclic && p.days < span) {
    let sum = 0;
    for (let d = 0; d < p.days; d++) {
      const s = shiftAt(p, row, d);
      if (s >= 0) sum += p.shifts[s]!.work;
    }
    if (sum > (limit * p.days) / span) {
      out?.push({ rule: 'night-work', day: 0, message: 'night work average' });
      return 1;
    }
    return 0;
  }
  for (let st = a; st <= b; st++) {
    let sum = 0;
    for (let d = st; d < st + span; d++) {
      const s = shiftAt(p, row, d);
      if (s >= 0) sum += p.shifts[s]!.work;
    }
    if (sum > limit) {
      out?.push({ rule: 'night-work', day: st, message: 'night work average' });
      return 1;
    }
  }
  return 0;
}
