import {
  type Absence,
  type Employee,
  type Rules,
  type Scenario,
  type WeekendCycle,
  addDays,
  dateRange,
  dayName,
  expandAbsences,
  expandDemand,
  expandFlexi,
  expandWishes,
  isoDayIndex,
  localInstant,
  parseTimeOfDay,
  planWeeks,
  scenarioHolidays,
  shiftPaidHours,
  shiftSpanMinutes,
  shiftWorkMinutes,
  weekendCycle,
} from '@turnus/core';

/** One shift type in solver form: minutes of day, paid and working minutes. */
export interface ShiftInfo {
  readonly code: string;
  readonly kind: string;
  readonly start: number;
  /** End in minutes after the start day's midnight (may pass 1440). */
  readonly end: number;
  readonly paid: number;
  readonly work: number;
  readonly span: number;
  /** Any part of the shift falls in night time. */
  readonly night: boolean;
  /** Allowed on ISO weekday 0=Mon..6=Sun. */
  readonly days: readonly boolean[];
}

/** One døgnrytme interval on one day, with the elementary segments it spans. */
export interface IntervalNeed {
  readonly day: number;
  readonly from: number;
  readonly to: number;
  readonly required: number;
  readonly min: readonly { comp: number; count: number }[];
  readonly segments: readonly number[];
}

/**
 * A scenario compiled into arrays indexed by employee, day and shift: what the constraint model,
 * construction and local search work on. Days are `0..days-1` from `start`; a cyclic problem wraps.
 */
export interface Problem {
  readonly scenario: Scenario;
  readonly rules: Rules;
  readonly employees: readonly Employee[];
  readonly E: number;
  readonly S: number;
  readonly days: number;
  readonly weeks: number;
  readonly cyclic: boolean;
  readonly start: string;
  readonly dates: readonly string[];
  readonly shifts: readonly ShiftInfo[];
  readonly competences: readonly string[];
  readonly compOf: readonly number[];
  readonly holidays: ReadonlySet<string>;
  /** Day is a Sunday or holiday. */
  readonly sundayLike: readonly boolean[];
  readonly sundayDays: readonly number[];
  /** Required non-flexi count per `day * S + shift` (shift demand); -1 when the shift has no entry. */
  readonly demand: Int32Array;
  /** Competence minimums per `day * S + shift`. */
  readonly compMin: readonly (readonly { comp: number; count: number }[])[];
  readonly intervals: readonly IntervalNeed[];
  /** Elementary segments per day (døgnrytme): `[from, to)` minutes of that day. */
  readonly segments: readonly (readonly [number, number])[][];
  /** Segment ids of each day covered by `(day, shift)`: ids are global indices into segCount. */
  readonly covers: readonly (readonly number[])[];
  readonly segmentCount: number;
  readonly flexiAsked: Int32Array;
  /** 0 none, 1 vacation, 2 unavailable per `e * days + d`. */
  readonly absence: Uint8Array;
  /** Employee may work shift: `e * S + s`. */
  readonly allowedShift: Uint8Array;
  readonly targetPaid: Float64Array;
  readonly tolerance: number;
  readonly fte: Float64Array;
  readonly cycles: readonly WeekendCycle[];
  readonly wishes: readonly { e: number; day: number; shift: number; weight: number }[];
  /** Absolute instants (minutes) of day starts for days -PAD..days+PAD. */
  readonly dayStartAt: Float64Array;
  readonly shiftStartAt: Float64Array;
  readonly shiftEndAt: Float64Array;
  readonly flexiMinPercent: number;
}

/** Days of padding each side for wrapped instants. */
export const PAD = 14;

/** Options for compiling a problem. */
export interface ProblemOptions {
  readonly weeks: number;
  readonly cyclic: boolean;
  readonly extraAbsences?: readonly Absence[];
  /** Divide the contract target by this (a base rota that is rolled `repeat` times). */
  readonly targetWeeks?: number;
  readonly tolerance?: number;
}

function compile(s: Scenario, employees: readonly Employee[], o: ProblemOptions): Problem {
  const rules = s.rules;
  const days = o.weeks * 7;
  const start = s.period.start;
  const dates = dateRange(start, days);
  const index = new Map(dates.map((d, i) => [d, i]));
  const holidays = scenarioHolidays(s);
  const nightStart = parseTimeOfDay(rules.nightStart);
  const nightEnd = parseTimeOfDay(rules.nightEnd);
  const shifts: ShiftInfo[] = s.shiftTypes.map((t) => {
    const st = parseTimeOfDay(t.start);
    const span = shiftSpanMinutes(t);
    const end = st + span;
    const night =
      overlap(st, end, nightStart, nightEnd + 1440) > 0 || overlap(st, end, nightStart - 1440, nightEnd) > 0;
    const dayNames = t.days;
    return {
      code: t.code,
      kind: t.kind,
      start: st,
      end,
      paid: Math.round(shiftPaidHours(t) * 60),
      work: shiftWorkMinutes(t),
      span,
      night,
      days: Array.from({ length: 7 }, (_, i) => !dayNames || dayNames.includes(DAYS[i] as never)),
    };
  });
  const S = shifts.length;
  const code = new Map(shifts.map((sh, i) => [sh.code, i]));
  const competences = [...new Set(employees.map((e) => e.competence))].sort();
  const compIdx = new Map(competences.map((c, i) => [c, i]));
  const demand = new Int32Array(days * S).fill(-1);
  const compMin: { comp: number; count: number }[][] = Array.from({ length: days * S }, () => []);
  const intervals: IntervalNeed[] = [];
  const rawIntervals: {
    day: number;
    from: number;
    to: number;
    required: number;
    min?: Record<string, number>;
  }[] = [];
  for (const entry of expandDemand(s)) {
    const d = index.get(entry.date);
    if (d === undefined) continue;
    if ('shift' in entry) {
      const sh = code.get(entry.shift);
      if (sh === undefined) continue;
      demand[d * S + sh] = Math.max(0, demand[d * S + sh]!) + entry.required;
      for (const [c, n] of Object.entries(entry.min ?? {}))
        compMin[d * S + sh]!.push({ comp: compIdx.get(c) ?? -1, count: n });
    } else {
      rawIntervals.push({
        day: d,
        from: parseTimeOfDay(entry.from),
        to: parseTimeOfDay(entry.to, true),
        required: entry.required,
        ...(entry.min ? { min: entry.min } : {}),
      });
    }
  }
  // Elementary segments per day: split at every interval and shift boundary.
  const segments: [number, number][][] = Array.from({ length: days }, () => []);
  const segBase: number[] = [];
  let segmentCount = 0;
  for (let d = 0; d < days; d++) {
    const mine = rawIntervals.filter((iv) => iv.day === d);
    if (mine.length > 0) {
      const cuts = new Set<number>();
      for (const iv of mine) cuts.add(iv.from).add(iv.to);
      for (const sh of shifts)
        for (const m of [sh.start, sh.end, sh.end - 1440, sh.start - 1440]) cuts.add(m);
      const sorted = [...cuts].filter((m) => m >= 0 && m <= 1440).sort((a, b) => a - b);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const a = sorted[i]!;
        const b = sorted[i + 1]!;
        if (mine.some((iv) => iv.from <= a && b <= iv.to)) segments[d]!.push([a, b]);
      }
    }
    segBase.push(segmentCount);
    segmentCount += segments[d]!.length;
  }
  for (const iv of rawIntervals) {
    const segs: number[] = [];
    segments[iv.day]!.forEach(([a, b], i) => {
      if (iv.from <= a && b <= iv.to) segs.push(segBase[iv.day]! + i);
    });
    intervals.push({
      day: iv.day,
      from: iv.from,
      to: iv.to,
      required: iv.required,
      min: Object.entries(iv.min ?? {}).map(([c, n]) => ({ comp: compIdx.get(c) ?? -1, count: n })),
      segments: segs,
    });
  }
  const covers: number[][] = [];
  for (let d = 0; d < days; d++) {
    for (let sh = 0; sh < S; sh++) {
      const info = shifts[sh]!;
      const list: number[] = [];
      for (const [off, dd] of [
        [0, d],
        [1440, o.cyclic ? (d + 1) % days : d + 1],
      ] as const) {
        if (dd >= days) continue;
        segments[dd]!.forEach(([a, b], i) => {
          if (info.start <= a + off && b + off <= info.end) list.push(segBase[dd]! + i);
        });
      }
      covers.push(list);
    }
  }
  const flexiAsked = new Int32Array(days * S);
  for (const f of expandFlexi(s)) {
    const d = index.get(f.date);
    const sh = code.get(f.shift);
    if (d !== undefined && sh !== undefined) flexiAsked[d * S + sh]! += f.required;
  }
  const E = employees.length;
  const empIdx = new Map(employees.map((e, i) => [e.id, i]));
  const absence = new Uint8Array(E * days);
  for (const a of [...expandAbsences(s), ...(o.extraAbsences ?? [])]) {
    const e = empIdx.get(a.employee);
    const d = index.get(a.date);
    if (e === undefined || d === undefined) continue;
    if (absence[e * days + d] === 0) absence[e * days + d] = a.kind === 'vacation' ? 1 : 2;
  }
  const allowedShift = new Uint8Array(E * S);
  const maxWork = rules.maxShiftHours * 60;
  employees.forEach((emp, e) => {
    shifts.forEach((sh, i) => {
      allowedShift[e * S + i] = (!emp.shifts || emp.shifts.includes(sh.code)) && sh.work <= maxWork ? 1 : 0;
    });
  });
  const tw = o.targetWeeks ?? o.weeks;
  const targetPaid = new Float64Array(E);
  const fte = new Float64Array(E);
  employees.forEach((emp, e) => {
    fte[e] = emp.positionPercent / 100;
    let credit = 0;
    for (let d = 0; d < days; d++)
      if (absence[e * days + d] === 1 && isoDayIndex(dates[d]!) < 5 && !holidays.has(dates[d]!))
        credit += ((emp.positionPercent / 100) * s.fullTimeHoursPerWeek * 60) / 5;
    targetPaid[e] = (emp.positionPercent / 100) * s.fullTimeHoursPerWeek * 60 * tw - credit;
  });
  const sundayLike = dates.map((d) => isoDayIndex(d) === 6 || holidays.has(d));
  const sundayDays = sundayLike.flatMap((b, i) => (b ? [i] : []));
  const wishes: Problem['wishes'][number][] = [];
  for (const w of expandWishes(s)) {
    const e = empIdx.get(w.employee);
    const d = index.get(w.date);
    if (e === undefined || d === undefined) continue;
    wishes.push({
      e,
      day: d,
      shift: w.shift.toLowerCase() === 'off' ? -1 : (code.get(w.shift) ?? -2),
      weight: w.weight,
    });
  }
  const n = days + 2 * PAD;
  const dayStartAt = new Float64Array(n + 1);
  const shiftStartAt = new Float64Array(n * S);
  const shiftEndAt = new Float64Array(n * S);
  for (let i = 0; i <= n; i++) {
    const date = addDays(start, i - PAD);
    dayStartAt[i] = localInstant(date, 0);
    if (i < n)
      shifts.forEach((sh, k) => {
        shiftStartAt[i * S + k] = localInstant(date, sh.start);
        shiftEndAt[i * S + k] = localInstant(date, sh.end);
      });
  }
  return {
    scenario: s,
    rules,
    employees,
    E,
    S,
    days,
    weeks: o.weeks,
    cyclic: o.cyclic,
    start,
    dates,
    shifts,
    competences,
    compOf: employees.map((e) => compIdx.get(e.competence) ?? 0),
    holidays,
    sundayLike,
    sundayDays,
    demand,
    compMin,
    intervals,
    segments,
    covers,
    segmentCount,
    flexiAsked,
    absence,
    allowedShift,
    targetPaid,
    tolerance: (o.tolerance ?? rules.contractToleranceHours) * 60,
    fte,
    cycles: employees.map((e) => weekendCycle(e.weekendPattern)),
    wishes,
    dayStartAt,
    shiftStartAt,
    shiftEndAt,
    flexiMinPercent: s.flexi?.minPositionPercent ?? 0,
  };
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Compiles a scenario and staff into the solver's indexed problem. A rotating scenario is compiled
 * as its cyclic base (`period.weeks`), an annual one as the whole calendar.
 *
 * @example
 * ```ts
 * const p = buildProblem(scenario, scenario.staff!);
 * p.days; // 84 for a 12-week base
 * ```
 */
export function buildProblem(
  s: Scenario,
  employees: readonly Employee[],
  options: Partial<ProblemOptions> = {},
): Problem {
  const rotating = s.period.kind === 'rotating';
  const weeks = options.weeks ?? s.period.weeks;
  return compile(s, employees, {
    weeks,
    cyclic: options.cyclic ?? rotating,
    ...(options.extraAbsences ? { extraAbsences: options.extraAbsences } : {}),
    targetWeeks: options.targetWeeks ?? weeks,
    // The tolerance is per base rota: k rolled copies may deviate k times as much.
    tolerance:
      options.tolerance ??
      (rotating
        ? s.rules.contractToleranceHours * Math.max(1, weeks / s.period.weeks)
        : s.rules.contractToleranceHours),
  });
}

/** Instant index helpers: `(day, shift)` for a day that may lie outside `0..days-1`. */
export function startAt(p: Problem, d: number, s: number): number {
  return p.shiftStartAt[(d + PAD) * p.S + s]!;
}
/** End instant of a shift started on day `d`. */
export function endAt(p: Problem, d: number, s: number): number {
  return p.shiftEndAt[(d + PAD) * p.S + s]!;
}
/** Midnight instant at the start of day `d`. */
export function dayStart(p: Problem, d: number): number {
  return p.dayStartAt[d + PAD]!;
}
/** Day of week 0=Mon..6=Sun of day `d` (the start is a Monday). */
export function weekday(p: Problem, d: number): number {
  return ((((d % 7) + 7) % 7) + isoDayIndex(p.start)) % 7;
}
/** Name of a day (for messages). */
export function dayLabel(p: Problem, d: number): string {
  return `${p.dates[d] ?? addDays(p.start, d)} (${dayName(p.dates[d] ?? addDays(p.start, d))})`;
}
