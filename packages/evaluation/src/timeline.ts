import {
  type IsoDate,
  type Plan,
  type PlanEmployee,
  type PlanShiftType,
  type Rules,
  type ShiftKind,
  dayNumber,
  fromDayNumber,
  isoDayIndex,
  localInstant,
  osloOffsetMinutes,
  parseTimeOfDay,
} from '@turnus/core';

/** A plan shift type with its clock times in minutes (end past 1440 when it ends next day). */
export interface ShiftInfo {
  readonly type: PlanShiftType;
  readonly code: string;
  readonly kind: ShiftKind;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly unpaidBreakMinutes: number;
  readonly paidHours: number;
}

/** One worked shift as an absolute interval (minutes since 1970-01-01 00:00 UTC). */
export interface WorkItem {
  readonly employee: string;
  /** The date as written in the plan (for a wrap-around copy: the original date). */
  readonly date: IsoDate;
  /** Day index from the plan's start; wrap-around copies are shifted by ± the plan's length. */
  readonly day: number;
  readonly shift: ShiftInfo;
  readonly flexi: boolean;
  readonly start: number;
  readonly end: number;
  /** Real working minutes: elapsed span (daylight saving included) less an unpaid break. */
  readonly workMinutes: number;
  /** 0 for the plan's own shift; −1 / +1 for the copy from the previous / next repetition. */
  readonly copy: -1 | 0 | 1;
}

/** Everything the checks need about one employee, sorted once. */
export interface EmployeeTimeline {
  readonly employee: PlanEmployee;
  /** The employee's own shifts, sorted by start. */
  readonly items: readonly WorkItem[];
  /**
   * Rotating plans: `items` with the last week's shifts copied before the first week and the first
   * week's after the last (the plan repeats); annual plans: `items`.
   */
  readonly extended: readonly WorkItem[];
  /** Own shifts by day index. */
  readonly byDay: ReadonlyMap<number, readonly WorkItem[]>;
  readonly absences: ReadonlyMap<number, 'vacation' | 'unavailable'>;
}

/**
 * The plan as per-employee sorted work intervals: the evaluation's own legality model, shared by
 * all checks and metrics and built once per plan.
 */
export interface Timeline {
  readonly plan: Plan;
  readonly rules: Rules;
  readonly rotating: boolean;
  /** Days and weeks the plan covers. */
  readonly days: number;
  readonly weeks: number;
  readonly shifts: ReadonlyMap<string, ShiftInfo>;
  readonly employees: readonly EmployeeTimeline[];
  readonly holidays: ReadonlySet<IsoDate>;
  /** Day indices (inside the plan) of every Sunday and holiday, ascending. */
  readonly sundayHolidayDays: readonly number[];
  dateOf(day: number): IsoDate;
  /** Weekday of a day index, 0 = Monday … 6 = Sunday. */
  weekdayOf(day: number): number;
  /** Absolute minutes of local wall-clock `minute` (may pass 1440) on day index `day`. */
  instant(day: number, minute: number): number;
}

// Timelines are shared only inside one `evaluate` call: a caller may change a plan object between
// calls (a search editing assignments in place), so nothing is cached across calls.
let shared: Map<Plan, Timeline> | undefined;

/** Runs `task` with one timeline per plan object shared by everything it computes. */
export function withSharedTimelines<T>(task: () => T): T {
  const outer = shared;
  shared = outer ?? new Map();
  try {
    return task();
  } finally {
    shared = outer;
  }
}

/** Minutes of working time an item has inside [from, to): the overlap, less a pro-rata unpaid break. */
export function workWithin(item: WorkItem, from: number, to: number): number {
  const overlap = Math.min(item.end, to) - Math.max(item.start, from);
  if (overlap <= 0) return 0;
  const span = item.end - item.start;
  return span > 0 ? (overlap * item.workMinutes) / span : 0;
}

/** Minutes an item's span overlaps [from, to). */
export function spanWithin(item: WorkItem, from: number, to: number): number {
  return Math.max(0, Math.min(item.end, to) - Math.max(item.start, from));
}

/**
 * Working minutes of an item inside a window that recurs every day from `fromMinute` to `toMinute`
 * (to ≤ from wraps over midnight), e.g. night 21:00–06:00 or 20:00–06:00.
 */
export function workInDailyWindow(t: Timeline, item: WorkItem, fromMinute: number, toMinute: number): number {
  const length = toMinute > fromMinute ? toMinute - fromMinute : toMinute + 1440 - fromMinute;
  let total = 0;
  const lastDay = item.day + Math.ceil(item.shift.endMinute / 1440);
  for (let d = item.day - 1; d <= lastDay; d++) {
    total += workWithin(item, t.instant(d, fromMinute), t.instant(d, fromMinute + length));
  }
  return total;
}

function shiftInfo(type: PlanShiftType): ShiftInfo {
  const startMinute = parseTimeOfDay(type.start);
  const end = parseTimeOfDay(type.end);
  return {
    type,
    code: type.code,
    kind: type.kind,
    startMinute,
    endMinute: end > startMinute ? end : end + 1440,
    unpaidBreakMinutes: type.breakPaid ? 0 : type.breakMinutes,
    paidHours: type.paidHours,
  };
}

/**
 * Builds the timeline of a plan (shared inside {@link withSharedTimelines}). Assignments naming an unknown employee or shift
 * type are left out (the plan parser refuses them).
 */
export function planTimeline(plan: Plan): Timeline {
  const hit = shared?.get(plan);
  if (hit) return hit;
  const startDay = dayNumber(plan.startDate);
  const startWeekday = isoDayIndex(plan.startDate);
  const days = plan.weeks * 7;
  const rotating = plan.kind === 'rotating';
  const dates: IsoDate[] = Array.from({ length: days }, (_, i) => fromDayNumber(startDay + i));
  const dateOf = (day: number): IsoDate =>
    day >= 0 && day < days ? dates[day]! : fromDayNumber(startDay + day);
  // Per day: minutes at local midnight and the UTC offset when it holds all day (null on a
  // daylight-saving change day, which goes through core's localInstant minute by minute).
  const dayInfo = new Map<number, { base: number; offset: number | null }>();
  const instantsOnChangeDays = new Map<number, number>();
  const instant = (day: number, minute: number): number => {
    const whole = Math.floor(minute / 1440);
    const d = day + whole;
    const m = minute - whole * 1440;
    let info = dayInfo.get(d);
    if (!info) {
      const date = dateOf(d);
      const offset = osloOffsetMinutes(date, 0);
      const constant = offset === osloOffsetMinutes(date, 1439) && offset === osloOffsetMinutes(date, 1440);
      info = { base: (startDay + d) * 1440, offset: constant ? offset : null };
      dayInfo.set(d, info);
    }
    if (info.offset !== null) return info.base + m - info.offset;
    const key = d * 4096 + m;
    let value = instantsOnChangeDays.get(key);
    if (value === undefined) instantsOnChangeDays.set(key, (value = localInstant(dateOf(d), m)));
    return value;
  };
  const shifts = new Map(plan.shiftTypes.map((s) => [s.code, shiftInfo(s)]));
  const dayIndex = new Map(dates.map((d, i) => [d, i]));
  const perEmployee = new Map<string, WorkItem[]>();
  const absences = new Map<string, Map<number, 'vacation' | 'unavailable'>>();
  for (const e of plan.employees) {
    perEmployee.set(e.id, []);
    absences.set(e.id, new Map());
  }
  const makeItem = (
    employee: string,
    date: IsoDate,
    day: number,
    shift: ShiftInfo,
    flexi: boolean,
    copy: -1 | 0 | 1,
  ): WorkItem => {
    const start = instant(day, shift.startMinute);
    const end = instant(day, shift.endMinute);
    return {
      employee,
      date,
      day,
      shift,
      flexi,
      start,
      end,
      workMinutes: end - start - shift.unpaidBreakMinutes,
      copy,
    };
  };
  for (const a of plan.assignments) {
    const list = perEmployee.get(a.employee);
    const shift = shifts.get(a.shift);
    const day = dayIndex.get(a.date);
    if (!list || !shift || day === undefined) continue;
    list.push(makeItem(a.employee, a.date, day, shift, a.flexi, 0));
  }
  for (const a of plan.absences) {
    const day = dayIndex.get(a.date);
    const map = absences.get(a.employee);
    // An unavailable day outranks vacation: it carries no credit.
    if (map && day !== undefined && map.get(day) !== 'unavailable') map.set(day, a.kind);
  }
  const byStart = (a: WorkItem, b: WorkItem) => a.start - b.start || a.end - b.end;
  const employees: EmployeeTimeline[] = plan.employees.map((employee) => {
    const items = (perEmployee.get(employee.id) ?? []).sort(byStart);
    let extended: WorkItem[] = items;
    if (rotating) {
      const before = items
        .filter((i) => i.day >= days - 7)
        .map((i) => makeItem(i.employee, i.date, i.day - days, i.shift, i.flexi, -1));
      const after = items
        .filter((i) => i.day < 7)
        .map((i) => makeItem(i.employee, i.date, i.day + days, i.shift, i.flexi, 1));
      extended = [...before, ...items, ...after].sort(byStart);
    }
    const byDay = new Map<number, WorkItem[]>();
    for (const item of items) {
      const list = byDay.get(item.day);
      if (list) list.push(item);
      else byDay.set(item.day, [item]);
    }
    return { employee, items, extended, byDay, absences: absences.get(employee.id) ?? new Map() };
  });
  const holidays = new Set(plan.holidays);
  const weekdayOf = (day: number) => (((startWeekday + day) % 7) + 7) % 7;
  const sundayHolidayDays: number[] = [];
  for (let d = 0; d < days; d++) if (weekdayOf(d) === 6 || holidays.has(dates[d]!)) sundayHolidayDays.push(d);
  const timeline: Timeline = {
    plan,
    rules: plan.rules,
    rotating,
    days,
    weeks: plan.weeks,
    shifts,
    employees,
    holidays,
    sundayHolidayDays,
    dateOf,
    weekdayOf,
    instant,
  };
  shared?.set(plan, timeline);
  return timeline;
}

/**
 * Per plan week, the working minutes of an employee's time inside that week (Monday 00:00 to the
 * next Monday 00:00 local), using the wrap-around copies of a rotating plan.
 */
export function weeklyWorkMinutes(t: Timeline, e: EmployeeTimeline): number[] {
  const out = new Array<number>(t.weeks).fill(0);
  for (const item of e.extended) {
    const first = Math.max(0, Math.floor(item.day / 7));
    const last = Math.min(t.weeks - 1, Math.floor((item.day + Math.ceil(item.shift.endMinute / 1440)) / 7));
    for (let w = first; w <= last; w++)
      out[w]! += workWithin(item, t.instant(w * 7, 0), t.instant(w * 7 + 7, 0));
  }
  return out;
}

/** Windows of `length` consecutive weeks: wrapping for a rotating plan, else sliding (or the whole plan). */
export function weekWindows(t: Timeline, length: number): number[][] {
  const weeks = t.weeks;
  if (length >= weeks) return [Array.from({ length: weeks }, (_, i) => i)];
  const starts = t.rotating ? weeks : weeks - length + 1;
  return Array.from({ length: starts }, (_, s) => Array.from({ length }, (_, i) => (s + i) % weeks));
}

/**
 * The window with the highest average of weekly minutes (minutes per week of the window), when it
 * is above `limitMinutesPerWeek`; undefined when no window is. Shared by the averaging checks.
 */
export function worstWindow(
  weeklyMinutes: readonly number[],
  windows: readonly number[][],
  limitMinutesPerWeek: number,
): { minutesPerWeek: number; window: number[] } | undefined {
  let worst: { minutesPerWeek: number; window: number[] } | undefined;
  for (const window of windows) {
    const minutesPerWeek = window.reduce((sum, w) => sum + (weeklyMinutes[w] ?? 0), 0) / window.length;
    // 1e-8 min guards float noise only; no looser than the hour-based guards it replaced.
    if (minutesPerWeek > limitMinutesPerWeek + 1e-8 && (!worst || minutesPerWeek > worst.minutesPerWeek))
      worst = { minutesPerWeek, window };
  }
  return worst;
}

/** ` (across the wrap-around of the rotation)` when a window of week indices wraps, else ''. */
export function wrapNote(window: readonly number[]): string {
  for (let i = 1; i < window.length; i++)
    if (window[i]! < window[i - 1]!) return ' (across the wrap-around of the rotation)';
  return '';
}
