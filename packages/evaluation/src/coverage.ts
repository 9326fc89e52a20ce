import { type IntervalDemandEntry, type Plan, type ShiftDemandEntry, parseTimeOfDay } from '@turnus/core';
import { type Timeline, type WorkItem, planTimeline } from './timeline.js';

/**
 * Coverage of one demand entry: per date and shift (bemanningsplan) or per date and interval
 * (døgnrytme).
 *
 * @example
 * ```ts
 * planCoverage(plan).entries.filter((e: CoverageEntry) => e.shortfall > 0);
 * ```
 * @since 0.1.0
 */
export interface CoverageEntry {
  date: string;
  shift?: string;
  from?: string;
  to?: string;
  required: number;
  /** Non-flexi staff on the shift; for an interval the fewest on duty at any moment of it. */
  planned: number;
  shortfall: number;
  surplus: number;
  /** Competence minimums not met: competence → missing staff (only competences with a minimum). */
  competenceShortfall: Record<string, number>;
  /** Substitute hours (vikartimer) to fill the shortfall: shortfall × the shift's paid hours, or for an interval the missing staff-hours. */
  shortfallHours: number;
}

/**
 * Flexi shifts (fleksivakter) asked and placed on one date and shift.
 *
 * @example
 * ```ts
 * planCoverage(plan).flexi.filter((f: FlexiCoverage) => f.placed < f.asked);
 * ```
 * @since 0.1.0
 */
export interface FlexiCoverage {
  date: string;
  shift: string;
  asked: number;
  placed: number;
}

/**
 * Dekning: required against planned staff for every demand entry, the substitute need (vikarbehov)
 * in shifts and hours, competence minimums, and flexi shifts asked against placed.
 *
 * @example
 * ```ts
 * const c: CoverageReport = evaluate(plan).coverage;
 * `${c.shortfallShifts} vakter / ${c.shortfallHours} timer vikarbehov`;
 * ```
 * @since 0.1.0
 */
export interface CoverageReport {
  entries: CoverageEntry[];
  totalRequired: number;
  totalPlanned: number;
  shortfallShifts: number;
  shortfallHours: number;
  surplusShifts: number;
  /** Missing staff against competence minimums, summed over entries and competences. */
  competenceShortfall: number;
  flexiAsked: number;
  /** Every flexi shift in the plan. */
  flexiPlaced: number;
  flexi: FlexiCoverage[];
  /** Share of required staff that is planned (1 when nothing is required). */
  share: number;
  /** No shortfall and every competence minimum met. */
  complete: boolean;
}

interface Segment {
  from: number;
  to: number;
  total: number;
  byCompetence: Map<string, number>;
}

/** The staffing step function of a day from 00:00 to 48:00, split at every shift boundary. */
function daySegments(
  t: Timeline,
  day: number,
  candidates: readonly WorkItem[],
  competence: Map<string, string>,
): Segment[] {
  const start = t.instant(day, 0);
  const end = t.instant(day, 2880);
  const cuts = new Set<number>([start, end]);
  for (const i of candidates) {
    if (i.start > start && i.start < end) cuts.add(i.start);
    if (i.end > start && i.end < end) cuts.add(i.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const byCompetence = new Map<string, number>();
    let total = 0;
    for (const i of candidates) {
      if (i.start > from || i.end < to) continue;
      total++;
      const c = competence.get(i.employee) ?? '';
      byCompetence.set(c, (byCompetence.get(c) ?? 0) + 1);
    }
    out.push({ from, to, total, byCompetence });
  }
  return out;
}

function shiftEntry(
  d: ShiftDemandEntry,
  onShift: ReadonlyMap<string, string[]>,
  paidHours: number,
): CoverageEntry {
  const staff = onShift.get(`${d.date}|${d.shift}`) ?? [];
  const planned = staff.length;
  const shortfall = Math.max(0, d.required - planned);
  const competenceShortfall: Record<string, number> = {};
  for (const [c, n] of Object.entries(d.min ?? {}))
    competenceShortfall[c] = Math.max(0, n - staff.filter((s) => s === c).length);
  return {
    date: d.date,
    shift: d.shift,
    required: d.required,
    planned,
    shortfall,
    surplus: Math.max(0, planned - d.required),
    competenceShortfall,
    shortfallHours: shortfall * paidHours,
  };
}

const minutes = new Map<string, number>();
/** Minutes of a demand time (24:00 allowed), parsed once per distinct text. */
function minuteOf(text: string): number {
  let m = minutes.get(text);
  if (m === undefined) minutes.set(text, (m = parseTimeOfDay(text, true)));
  return m;
}

function intervalEntry(
  t: Timeline,
  d: IntervalDemandEntry,
  day: number,
  segments: readonly Segment[],
): CoverageEntry {
  const fromMinute = minuteOf(d.from);
  let toMinute = minuteOf(d.to);
  if (toMinute <= fromMinute) toMinute += 1440;
  const from = t.instant(day, fromMinute);
  const to = t.instant(day, toMinute);
  let planned = Number.POSITIVE_INFINITY;
  let missingMinutes = 0;
  const least = new Map<string, number>(Object.keys(d.min ?? {}).map((c) => [c, Number.POSITIVE_INFINITY]));
  for (const s of segments) {
    const overlap = Math.min(s.to, to) - Math.max(s.from, from);
    if (overlap <= 0) continue;
    planned = Math.min(planned, s.total);
    missingMinutes += overlap * Math.max(0, d.required - s.total);
    for (const [c, n] of least) least.set(c, Math.min(n, s.byCompetence.get(c) ?? 0));
  }
  if (!Number.isFinite(planned)) planned = 0;
  const competenceShortfall: Record<string, number> = {};
  for (const [c, n] of Object.entries(d.min ?? {})) {
    const have = least.get(c) ?? 0;
    competenceShortfall[c] = Math.max(0, n - (Number.isFinite(have) ? have : 0));
  }
  const shortfall = Math.max(0, d.required - planned);
  return {
    date: d.date,
    from: d.from,
    to: d.to,
    required: d.required,
    planned,
    shortfall,
    surplus: Math.max(0, planned - d.required),
    competenceShortfall,
    shortfallHours: missingMinutes / 60,
  };
}

/**
 * Coverage of a plan's demand (dekning). A shift entry counts the non-flexi assignments of that
 * shift on that date; an interval entry counts the staff on duty over the whole interval (the fewest
 * at any moment; a rotating plan's first night includes the last night's shift). Competence minimums
 * count staff with that competence. Flexi shifts count towards `plan.flexi`, never towards demand.
 *
 * @param plan a parsed plan
 * @returns per-entry coverage with totals; `complete` when nothing is missing
 * @example
 * ```ts
 * const { shortfallShifts, shortfallHours } = planCoverage(plan); // vikarbehov in shifts and hours
 * ```
 * @since 0.1.0
 */
export function planCoverage(plan: Plan): CoverageReport {
  const t = planTimeline(plan);
  const competence = new Map(plan.employees.map((e) => [e.id, e.competence]));
  const onShift = new Map<string, string[]>();
  const flexiPlaced = new Map<string, number>();
  const byDay = new Map<number, WorkItem[]>();
  let flexiTotal = 0;
  for (const e of t.employees) {
    for (const item of e.extended) {
      if (item.flexi) {
        if (item.copy === 0) {
          flexiTotal++;
          const key = `${item.date}|${item.shift.code}`;
          flexiPlaced.set(key, (flexiPlaced.get(key) ?? 0) + 1);
        }
        continue;
      }
      const list = byDay.get(item.day);
      if (list) list.push(item);
      else byDay.set(item.day, [item]);
      if (item.copy !== 0) continue;
      const key = `${item.date}|${item.shift.code}`;
      const staff = onShift.get(key);
      if (staff) staff.push(e.employee.competence);
      else onShift.set(key, [e.employee.competence]);
    }
  }
  const dayOf = new Map(Array.from({ length: t.days }, (_, i) => [t.dateOf(i), i]));
  const segmentsOf = new Map<number, Segment[]>();
  const segments = (day: number) => {
    let s = segmentsOf.get(day);
    if (!s) {
      const candidates = [day - 1, day, day + 1].flatMap((d) => byDay.get(d) ?? []);
      s = daySegments(t, day, candidates, competence);
      segmentsOf.set(day, s);
    }
    return s;
  };
  const entries: CoverageEntry[] = [];
  for (const d of plan.demand) {
    if ('shift' in d) {
      entries.push(shiftEntry(d, onShift, t.shifts.get(d.shift)?.paidHours ?? 0));
    } else {
      const day = dayOf.get(d.date);
      if (day !== undefined) entries.push(intervalEntry(t, d, day, segments(day)));
    }
  }
  const sum = (f: (e: CoverageEntry) => number) => entries.reduce((s, e) => s + f(e), 0);
  const totalRequired = sum((e) => e.required);
  const shortfallShifts = sum((e) => e.shortfall);
  const competenceShortfall = sum((e) => Object.values(e.competenceShortfall).reduce((a, b) => a + b, 0));
  const flexi = plan.flexi.map((f) => ({
    date: f.date,
    shift: f.shift,
    asked: f.required,
    placed: flexiPlaced.get(`${f.date}|${f.shift}`) ?? 0,
  }));
  return {
    entries,
    totalRequired,
    totalPlanned: sum((e) => e.planned),
    shortfallShifts,
    shortfallHours: sum((e) => e.shortfallHours),
    surplusShifts: sum((e) => e.surplus),
    competenceShortfall,
    flexiAsked: flexi.reduce((s, f) => s + f.asked, 0),
    flexiPlaced: flexiTotal,
    flexi,
    share: totalRequired > 0 ? (totalRequired - shortfallShifts) / totalRequired : 1,
    complete: shortfallShifts === 0 && competenceShortfall === 0,
  };
}
