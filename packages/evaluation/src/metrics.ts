import type { Plan } from '@turnus/core';
import { employeeFacts } from './employee-facts.js';
import { planTimeline } from './timeline.js';

/**
 * Heltidskultur metrics of a plan: persons, årsverk, heltidsandel, gjennomsnittlig stillingsprosent,
 * position sizes and helgetimer.
 *
 * @example
 * ```ts
 * const m: HeltidMetrics = evaluate(plan).metrics;
 * m.weekendHoursPerArsverkYear; // helgetimer per årsverk
 * ```
 * @since 0.1.0
 */
export interface HeltidMetrics {
  /** Personer: employees in the plan. */
  persons: number;
  /** Årsverk from positions: sum of position % / 100. */
  arsverkFromPositions: number;
  /** Årsverk from hours: (planned paid hours + vacation credit) / (full-time week × weeks). */
  arsverkFromHours: number;
  /** Heltidsandel: share of persons with positionPercent ≥ 100 (0..1). */
  heltidsandel: number;
  /** Gjennomsnittlig stillingsprosent: sum of position % / persons. */
  averagePositionPercent: number;
  /** Position sizes and how many have each, largest first. */
  positionSizes: { percent: number; count: number }[];
  distinctPositionSizes: number;
  /** Helgetimer per person per year: weekend working hours (Saturday 00:00–Monday 00:00) × 52 / weeks / persons. */
  weekendHoursPerPersonYear: number;
  /** Helgetimer per årsverk per year (årsverk from positions). */
  weekendHoursPerArsverkYear: number;
  /** Share of all working hours that falls on weekends (0..1). */
  weekendShareOfHours: number;
}

/**
 * Computes the heltidskultur metrics of a plan.
 *
 * @param plan a parsed plan
 * @example
 * ```ts
 * const m = heltidMetrics(plan);
 * `${Math.round(m.heltidsandel * 100)} % heltid, ${m.averagePositionPercent} % i snitt`;
 * ```
 * @since 0.1.0
 */
export function heltidMetrics(plan: Plan): HeltidMetrics {
  const t = planTimeline(plan);
  const facts = employeeFacts(t);
  const persons = facts.length;
  const percents = facts.map((f) => f.positionPercent);
  const arsverkFromPositions = percents.reduce((s, p) => s + p, 0) / 100;
  const hours = facts.reduce((s, f) => s + f.plannedHours + f.vacationCreditHours, 0);
  const weekendHours = facts.reduce((s, f) => s + f.weekendHours, 0);
  const workHours = facts.reduce((s, f) => s + f.workHours, 0);
  const perYear = 52 / t.weeks;
  const counts = new Map<number, number>();
  for (const p of percents) counts.set(p, (counts.get(p) ?? 0) + 1);
  const positionSizes = [...counts]
    .map(([percent, count]) => ({ percent, count }))
    .sort((a, b) => b.percent - a.percent);
  return {
    persons,
    arsverkFromPositions,
    arsverkFromHours: hours / (plan.fullTimeHoursPerWeek * t.weeks),
    heltidsandel: persons > 0 ? percents.filter((p) => p >= 100).length / persons : 0,
    averagePositionPercent: persons > 0 ? (arsverkFromPositions * 100) / persons : 0,
    positionSizes,
    distinctPositionSizes: positionSizes.length,
    weekendHoursPerPersonYear: persons > 0 ? (weekendHours * perYear) / persons : 0,
    weekendHoursPerArsverkYear:
      arsverkFromPositions > 0 ? (weekendHours * perYear) / arsverkFromPositions : 0,
    weekendShareOfHours: workHours > 0 ? weekendHours / workHours : 0,
  };
}
