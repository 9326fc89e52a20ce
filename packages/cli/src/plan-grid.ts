import {
  type Plan,
  type PlanEmployee,
  type ShiftKind,
  addDays,
  holidaysBetween,
  isoDayIndex,
} from '@turnus/core';

/** One day column of the rota grid. */
export interface GridDay {
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Plan week, 0-based. */
  week: number;
  weekend: boolean;
  /** Name of the public holiday, when the plan observes one on this date. */
  holiday: string | undefined;
}

/** One cell: a shift (with its kind and flexi mark), an absence, or nothing (day off). */
export interface GridCell {
  code: string;
  kind: ShiftKind | 'vacation' | 'unavailable';
  flexi: boolean;
  paidHours: number;
}

/** One employee row. */
export interface GridRow {
  employee: PlanEmployee;
  cells: (GridCell | undefined)[];
  /** Paid hours per plan week. */
  hoursPerWeek: number[];
  totalHours: number;
  /** Vacation credit (ferie on a Monday–Friday that is not a holiday counts as a fifth of the contract week). */
  creditHours: number;
  /** Contract hours over the plan: positionPercent/100 × full-time week × weeks. */
  targetHours: number;
}

/** The rota as a grid of employee rows × day columns, the common input of every renderer. */
export interface PlanGrid {
  days: GridDay[];
  rows: GridRow[];
  weeks: number;
}

/**
 * Norwegian short day names, Monday first.
 *
 * @example
 * ```ts
 * DAY_LETTERS[5]; // 'Lø'
 * ```
 * @since 0.1.0
 */
export const DAY_LETTERS = ['Ma', 'Ti', 'On', 'To', 'Fr', 'Lø', 'Sø'] as const;

/**
 * Lays a plan out as a grid: days with weekend and holiday marks, one row per employee with the
 * shift (or absence) per day and paid hours per week.
 *
 * @example
 * ```ts
 * const grid = planGrid(plan);
 * grid.rows[0].cells[5]?.code; // 'D' on the first Saturday
 * ```
 * @since 0.1.0
 */
export function planGrid(plan: Plan): PlanGrid {
  const last = addDays(plan.startDate, plan.weeks * 7 - 1);
  const names = new Map(holidaysBetween(plan.startDate, last).map((h) => [h.date, h.name]));
  const days: GridDay[] = [];
  for (let i = 0; i < plan.weeks * 7; i++) {
    const date = addDays(plan.startDate, i);
    const weekday = isoDayIndex(date);
    days.push({
      date,
      weekday,
      week: Math.floor(i / 7),
      weekend: weekday >= 5,
      holiday: plan.holidays.includes(date) ? (names.get(date) ?? 'Helligdag') : undefined,
    });
  }
  const index = new Map(days.map((d, i) => [d.date, i]));
  const types = new Map(plan.shiftTypes.map((t) => [t.code, t]));
  const rows = new Map<string, GridRow>();
  for (const employee of plan.employees) {
    rows.set(employee.id, {
      employee,
      cells: days.map(() => undefined),
      hoursPerWeek: Array.from({ length: plan.weeks }, () => 0),
      totalHours: 0,
      creditHours: 0,
      targetHours: (employee.positionPercent / 100) * plan.fullTimeHoursPerWeek * plan.weeks,
    });
  }
  for (const absence of plan.absences) {
    const row = rows.get(absence.employee);
    const i = index.get(absence.date);
    if (!row || i === undefined) continue;
    const day = days[i]!;
    if (absence.kind === 'vacation' && day.weekday < 5 && !day.holiday)
      row.creditHours += (row.employee.positionPercent / 100) * (plan.fullTimeHoursPerWeek / 5);
    row.cells[i] = {
      code: absence.kind === 'vacation' ? 'FE' : 'X',
      kind: absence.kind,
      flexi: false,
      paidHours: 0,
    };
  }
  for (const a of plan.assignments) {
    const row = rows.get(a.employee);
    const i = index.get(a.date);
    const type = types.get(a.shift);
    if (!row || i === undefined || !type) continue;
    row.cells[i] = { code: a.shift, kind: type.kind, flexi: a.flexi, paidHours: type.paidHours };
    row.hoursPerWeek[Math.floor(i / 7)]! += type.paidHours;
    row.totalHours += type.paidHours;
  }
  return { days, rows: [...rows.values()], weeks: plan.weeks };
}
