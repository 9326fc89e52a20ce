import { z } from 'zod';

/** The named weekend patterns (helgemønstre). */
export const WEEKEND_PATTERN_NAMES = [
  'every-third',
  'hinke',
  'every-other',
  'long-every-fourth',
  'none',
] as const;
/** A named weekend pattern. */
export type WeekendPatternName = (typeof WEEKEND_PATTERN_NAMES)[number];

/**
 * A custom weekend pattern: which weeks of a repeating cycle have a worked weekend.
 * `{ cycleWeeks: 12, workedWeeks: [0, 2, 5, 7, 10] }` is hinkehelg.
 */
export const CustomWeekendPatternSchema = z.strictObject({
  name: z.string().min(1).optional(),
  cycleWeeks: z.int().min(1).max(52),
  workedWeeks: z.array(z.int().min(0).max(51)).max(52),
  longShifts: z.boolean().default(false),
});

/**
 * A weekend pattern (helgemønster): a name or a custom cycle.
 *
 * @example
 * ```ts
 * WeekendPatternSchema.parse('hinke'); // 'hinke'
 * ```
 * @since 0.1.0
 */
export const WeekendPatternSchema = z.union([z.enum(WEEKEND_PATTERN_NAMES), CustomWeekendPatternSchema], {
  error: `must be one of ${WEEKEND_PATTERN_NAMES.join(', ')}, or { cycleWeeks, workedWeeks }`,
});
/** A weekend pattern as parsed. */
export type WeekendPattern = z.output<typeof WeekendPatternSchema>;

/** A weekend pattern as a cycle: which weeks of the cycle have a worked weekend. */
export interface WeekendCycle {
  readonly name: string;
  readonly cycleWeeks: number;
  /** Sorted, distinct week offsets within the cycle. */
  readonly workedWeeks: readonly number[];
  /** Worked weekends are worked as long shifts (langvakter). */
  readonly longShifts: boolean;
}

const NAMED: Record<WeekendPatternName, WeekendCycle> = {
  'every-third': { name: 'every-third', cycleWeeks: 3, workedWeeks: [0], longShifts: false },
  // Hinkehelg: one extra weekend on top of every third, 5 per 12 weeks, never two in a row.
  hinke: { name: 'hinke', cycleWeeks: 12, workedWeeks: [0, 2, 5, 7, 10], longShifts: false },
  'every-other': { name: 'every-other', cycleWeeks: 2, workedWeeks: [0], longShifts: false },
  'long-every-fourth': { name: 'long-every-fourth', cycleWeeks: 4, workedWeeks: [0], longShifts: true },
  none: { name: 'none', cycleWeeks: 1, workedWeeks: [], longShifts: false },
};

/**
 * The cycle behind a weekend pattern.
 *
 * @example
 * ```ts
 * weekendCycle('every-third'); // { name: 'every-third', cycleWeeks: 3, workedWeeks: [0], longShifts: false }
 * ```
 * @since 0.1.0
 */
export function weekendCycle(pattern: WeekendPattern | WeekendCycle): WeekendCycle {
  if (typeof pattern === 'string') return NAMED[pattern];
  const weeks = [...new Set(pattern.workedWeeks.filter((w) => w < pattern.cycleWeeks))].sort((a, b) => a - b);
  return {
    name: pattern.name ?? `custom-${weeks.length}-of-${pattern.cycleWeeks}`,
    cycleWeeks: pattern.cycleWeeks,
    workedWeeks: weeks,
    longShifts: pattern.longShifts,
  };
}

/**
 * Which of `weeks` consecutive weeks have a worked weekend under a pattern started at `phase`
 * (week `w` is worked when `(w + phase) mod cycleWeeks` is one of the cycle's worked weeks).
 *
 * @example
 * ```ts
 * expandWeekendPattern('every-third', 6, 1); // [false, false, true, false, false, true]
 * ```
 * @since 0.1.0
 */
export function expandWeekendPattern(
  pattern: WeekendPattern | WeekendCycle,
  weeks: number,
  phase = 0,
): boolean[] {
  const cycle = weekendCycle(pattern);
  const worked = new Set(cycle.workedWeeks);
  return Array.from({ length: weeks }, (_, w) => worked.has((w + phase) % cycle.cycleWeeks));
}

/**
 * Expected worked weekends per week under a pattern (every third: 1/3).
 *
 * @example
 * ```ts
 * weekendShare('hinke'); // 5 / 12
 * ```
 * @since 0.1.0
 */
export function weekendShare(pattern: WeekendPattern | WeekendCycle): number {
  const cycle = weekendCycle(pattern);
  return cycle.workedWeeks.length / cycle.cycleWeeks;
}
