import type { Plan } from '@turnus/core';
import { restGaps } from './checks/daily-rest.js';
import { type EmployeeFacts, employeeFacts } from './employee-facts.js';
import { planTimeline } from './timeline.js';

/**
 * How one kind of burden is spread over employees, per full-time equivalent over the plan.
 *
 * @example
 * ```ts
 * fairness(plan).spread.map((s: SpreadStat) => `${s.label}: ${s.min}–${s.max}`);
 * ```
 * @since 0.1.0
 */
export interface SpreadStat {
  metric: 'weekends' | 'evenings' | 'nights' | 'longShifts' | 'flexi';
  /** Norwegian label. */
  label: string;
  min: number;
  max: number;
  mean: number;
  stdDev: number;
}

/**
 * Ønsker: the plan's wishes granted.
 *
 * @example
 * ```ts
 * const w: WishesGranted = fairness(plan).wishes;
 * w.granted / w.total;
 * ```
 * @since 0.1.0
 */
export interface WishesGranted {
  total: number;
  granted: number;
  weightTotal: number;
  weightGranted: number;
  /** granted / total (1 when there are no wishes). */
  share: number;
}

/**
 * Rettferdighet og trivsel: spread of burdens, wishes, isolated days off, short rests, continuity.
 *
 * @example
 * ```ts
 * const f: FairnessReport = evaluate(plan).fairness;
 * f.isolatedDaysOff; // enkeltfridager
 * ```
 * @since 0.1.0
 */
export interface FairnessReport {
  spread: SpreadStat[];
  wishes: WishesGranted;
  /** Enkeltfridager: off days (no shift, no absence) between two working days. */
  isolatedDaysOff: number;
  /** Rests shorter than rules.shortRestHours between consecutive shifts (kort hvile). */
  shortRests: number;
  shortRestHours: number;
  perEmployee: {
    employee: string;
    isolatedDaysOff: number;
    shortRests: number;
    wishesGranted: number;
    wishes: number;
  }[];
  /** Kontinuitet: per shift type, the average number of different employees working it in a week (fewer is better). */
  continuity: { shift: string; averageEmployeesPerWeek: number; averageShiftsPerWeek: number }[];
}

const SPREAD: { metric: SpreadStat['metric']; label: string; value: (f: EmployeeFacts) => number }[] = [
  { metric: 'weekends', label: 'Helger per årsverk', value: (f) => f.weekendsWorked },
  { metric: 'evenings', label: 'Kveldsvakter per årsverk', value: (f) => f.evenings },
  { metric: 'nights', label: 'Nattevakter per årsverk', value: (f) => f.nights },
  { metric: 'longShifts', label: 'Langvakter per årsverk', value: (f) => f.longShifts },
  { metric: 'flexi', label: 'Fleksivakter per årsverk', value: (f) => f.flexi },
];

function spread(facts: readonly EmployeeFacts[]): SpreadStat[] {
  const counted = facts.filter((f) => f.positionPercent > 0);
  return SPREAD.map(({ metric, label, value }) => {
    const values = counted.map((f) => value(f) / (f.positionPercent / 100));
    if (values.length === 0) return { metric, label, min: 0, max: 0, mean: 0, stdDev: 0 };
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    return {
      metric,
      label,
      min: Math.min(...values),
      max: Math.max(...values),
      mean,
      stdDev: Math.sqrt(variance),
    };
  });
}

/**
 * Fairness and well-being measures of a plan. Burdens (weekends, evenings, nights, long shifts,
 * flexi shifts) are counted per employee and divided by position % / 100 before min, max and
 * standard deviation; an `off` wish is granted when no shift starts that date, a shift wish when that
 * shift is worked; an isolated day off is a day without shift or absence between two working days
 * (wrapping for a rotating plan); continuity counts distinct employees per shift type per week.
 *
 * @param plan a parsed plan
 * @example
 * ```ts
 * const f = fairness(plan);
 * f.spread.find((s) => s.metric === 'weekends')?.stdDev; // 0 when everyone has the same share
 * ```
 * @since 0.1.0
 */
export function fairness(plan: Plan): FairnessReport {
  const t = planTimeline(plan);
  const facts = employeeFacts(t);
  const byId = new Map(t.employees.map((e) => [e.employee.id, e]));
  const dayOf = new Map(Array.from({ length: t.days }, (_, i) => [t.dateOf(i), i]));
  const per = new Map(
    facts.map((f) => [
      f.id,
      { employee: f.id, isolatedDaysOff: 0, shortRests: 0, wishesGranted: 0, wishes: 0 },
    ]),
  );
  const wishes: WishesGranted = { total: 0, granted: 0, weightTotal: 0, weightGranted: 0, share: 1 };
  for (const w of plan.wishes) {
    const e = byId.get(w.employee);
    const day = dayOf.get(w.date);
    const row = per.get(w.employee);
    if (!e || day === undefined || !row) continue;
    const items = e.byDay.get(day) ?? [];
    const granted =
      w.shift.toLowerCase() === 'off' ? items.length === 0 : items.some((i) => i.shift.code === w.shift);
    wishes.total++;
    wishes.weightTotal += w.weight;
    row.wishes++;
    if (granted) {
      wishes.granted++;
      wishes.weightGranted += w.weight;
      row.wishesGranted++;
    }
  }
  wishes.share = wishes.total > 0 ? wishes.granted / wishes.total : 1;
  let isolated = 0;
  for (const e of t.employees) {
    const works = (d: number) => e.byDay.has(((d % t.days) + t.days) % t.days);
    const from = t.rotating ? 0 : 1;
    const to = t.rotating ? t.days : t.days - 1;
    for (let d = from; d < to; d++) {
      if (works(d) || e.absences.has(d) || !works(d - 1) || !works(d + 1)) continue;
      isolated++;
      per.get(e.employee.id)!.isolatedDaysOff++;
    }
  }
  let shortRests = 0;
  restGaps(t, (employee, gap) => {
    if (gap.minutes >= t.rules.shortRestHours * 60) return;
    shortRests++;
    per.get(employee)!.shortRests++;
  });
  const weeksByShift = new Map<string, Map<number, { people: Set<string>; shifts: number }>>();
  for (const e of t.employees) {
    for (const item of e.items) {
      let weeks = weeksByShift.get(item.shift.code);
      if (!weeks) weeksByShift.set(item.shift.code, (weeks = new Map()));
      const week = Math.floor(item.day / 7);
      let cell = weeks.get(week);
      if (!cell) weeks.set(week, (cell = { people: new Set(), shifts: 0 }));
      cell.people.add(item.employee);
      cell.shifts++;
    }
  }
  const continuity = plan.shiftTypes
    .filter((s) => weeksByShift.has(s.code))
    .map((s) => {
      const cells = [...weeksByShift.get(s.code)!.values()];
      return {
        shift: s.code,
        averageEmployeesPerWeek: cells.reduce((sum, c) => sum + c.people.size, 0) / cells.length,
        averageShiftsPerWeek: cells.reduce((sum, c) => sum + c.shifts, 0) / cells.length,
      };
    });
  return {
    spread: spread(facts),
    wishes,
    isolatedDaysOff: isolated,
    shortRests,
    shortRestHours: t.rules.shortRestHours,
    perEmployee: [...per.values()],
    continuity,
  };
}
