import { z } from 'zod';

/**
 * Where a rule's number comes from: the law (aml = arbeidsmiljøloven) or the tariff agreement
 * (HTA = KS Hovedtariffavtalen), or a local agreement.
 */
export interface RuleReference {
  readonly rule: string;
  readonly default: number | string | boolean;
  readonly reference: string;
  readonly description: string;
}

/**
 * Every rule default with its law or tariff reference: the one place these numbers live.
 * DOMAIN.md's rule table, as data.
 *
 * @example
 * ```ts
 * RULE_REFERENCES.dailyRestHours.reference; // 'aml § 10-8 (1), (3)'
 * ```
 * @since 0.1.0
 */
export const RULE_REFERENCES = {
  dailyRestHours: {
    rule: 'dailyRestHours',
    default: 11,
    reference: 'aml § 10-8 (1), (3)',
    description: 'Døgnhvile: continuous rest between two shifts; by agreement down to 8 h.',
  },
  weeklyRestHours: {
    rule: 'weeklyRestHours',
    default: 35,
    reference: 'aml § 10-8 (2), (3)',
    description:
      'Ukehvile: continuous rest in every calendar week, with a whole free day; by agreement down to 28 h.',
  },
  maxShiftHours: {
    rule: 'maxShiftHours',
    default: 12.5,
    reference: 'aml § 10-5 (2), § 10-12',
    description: 'Longest working time in one shift under a tariff agreement.',
  },
  maxWeeklyHours: {
    rule: 'maxWeeklyHours',
    default: 54,
    reference: 'aml § 10-5 (2)',
    description: 'Most working hours in any single calendar week.',
  },
  maxAverageWeeklyHours: {
    rule: 'maxAverageWeeklyHours',
    default: 48,
    reference: 'aml § 10-5 (2)',
    description: 'Most working hours a week on average over averagingWeeks.',
  },
  averagingWeeks: {
    rule: 'averagingWeeks',
    default: 8,
    reference: 'aml § 10-5 (2)',
    description: 'Window for the 48 h average.',
  },
  sundayRule: {
    rule: 'sundayRule',
    default: 'no-consecutive',
    reference: 'aml § 10-8 (4)',
    description:
      'no-consecutive: after a worked Sunday/holiday the next one is free. every-other-on-average: by agreement, at most half worked on average over sundayAveragingWeeks and a free one at least every 4th.',
  },
  sundayAveragingWeeks: {
    rule: 'sundayAveragingWeeks',
    default: 26,
    reference: 'aml § 10-8 (4)',
    description: 'Averaging window of the every-other-on-average Sunday rule.',
  },
  maxConsecutiveSundays: {
    rule: 'maxConsecutiveSundays',
    default: 3,
    reference: 'aml § 10-8 (4)',
    description:
      'Under every-other-on-average: a free Sunday/holiday at least every 4th, so at most 3 in a row.',
  },
  sundayWindowStart: {
    rule: 'sundayWindowStart',
    default: '18:00',
    reference: 'aml § 10-10 (1)',
    description: 'Sunday/holiday work begins at this time on the day before.',
  },
  sundayWindowEnd: {
    rule: 'sundayWindowEnd',
    default: '22:00',
    reference: 'aml § 10-10 (1)',
    description: 'Sunday/holiday work ends at this time on the day.',
  },
  nightStart: {
    rule: 'nightStart',
    default: '21:00',
    reference: 'aml § 10-11 (1)',
    description: 'Night work is work between nightStart and nightEnd.',
  },
  nightEnd: {
    rule: 'nightEnd',
    default: '06:00',
    reference: 'aml § 10-11 (1)',
    description: 'End of night time.',
  },
  maxNightHoursPer24h: {
    rule: 'maxNightHoursPer24h',
    default: 8,
    reference: 'aml § 10-11 (3)',
    description:
      'Regular night workers: at most this many working hours per 24 h on average over nightAveragingWeeks.',
  },
  nightAveragingWeeks: {
    rule: 'nightAveragingWeeks',
    default: 4,
    reference: 'aml § 10-11 (3)',
    description: 'Averaging window for night workers.',
  },
  maxConsecutiveDays: {
    rule: 'maxConsecutiveDays',
    default: 6,
    reference: 'local agreement',
    description: 'Most working days in a row (5–6 is common).',
  },
  breakRequiredAfterHours: {
    rule: 'breakRequiredAfterHours',
    default: 5.5,
    reference: 'aml § 10-9 (1)',
    description: 'A shift longer than this must have a break.',
  },
  minBreakMinutesLongShift: {
    rule: 'minBreakMinutesLongShift',
    default: 30,
    reference: 'aml § 10-9 (1)',
    description: 'A shift of 8 h or more must have at least this much break.',
  },
  contractToleranceHours: {
    rule: 'contractToleranceHours',
    default: 4,
    reference: 'HTA kap. 1 § 4 (local setting)',
    description:
      'Planned hours over the period must be within ± this of position % × full-time week × weeks.',
  },
  weekendBothDays: {
    rule: 'weekendBothDays',
    default: true,
    reference: 'local agreement',
    description: 'A worked weekend is worked on both Saturday and Sunday.',
  },
  sundayHourFactor: {
    rule: 'sundayHourFactor',
    default: 70 / 60,
    reference: 'HTA kap. 1 § 4.2.4',
    description: 'In the full-time week calculation each Sunday/holiday hour counts 1 h 10 min.',
  },
  nightHourFactor: {
    rule: 'nightHourFactor',
    default: 75 / 60,
    reference: 'HTA kap. 1 § 4.2.4',
    description: 'In the full-time week calculation each night hour (20–06) counts 1 h 15 min.',
  },
  dayWorkWeekHours: {
    rule: 'dayWorkWeekHours',
    default: 37.5,
    reference: 'HTA kap. 1 § 4.2.1',
    description: 'Full-time week for day work; the start of the HTA 4.2.4 calculation.',
  },
  everyThirdSundayWeekHours: {
    rule: 'everyThirdSundayWeekHours',
    default: 35.5,
    reference: 'HTA kap. 1 § 4.2.2',
    description: 'Full-time week for turnus with work at least every third Sunday/holiday.',
  },
  tariffNightStart: {
    rule: 'tariffNightStart',
    default: '20:00',
    reference: 'HTA kap. 1 § 4.2.4',
    description: 'Night hours in the full-time week calculation start at this time …',
  },
  tariffNightEnd: {
    rule: 'tariffNightEnd',
    default: '06:00',
    reference: 'HTA kap. 1 § 4.2.4',
    description: '… and end at this time.',
  },
  shortRestHours: {
    rule: 'shortRestHours',
    default: 14,
    reference: 'local quality measure',
    description:
      'Rests between shifts shorter than this are reported as quick returns (kort hvile); not a law limit.',
  },
  minFullTimeHours: {
    rule: 'minFullTimeHours',
    default: 33.6,
    reference: 'HTA kap. 1 § 4.2.4',
    description: 'The calculated full-time week is floored at 33.6 h (fully continuous 3-shift turnus).',
  },
} as const satisfies Record<string, RuleReference>;

const d = RULE_REFERENCES;

/** Sunday/holiday rule variants (aml § 10-8 (4)). */
export const SundayRuleSchema = z.enum(['no-consecutive', 'every-other-on-average']);

const time = (fallback: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM')
    .default(fallback);

/**
 * The rules a rota must obey, each defaulted from {@link RULE_REFERENCES}.
 *
 * @example
 * ```ts
 * RulesSchema.parse({ dailyRestHours: 9 }).weeklyRestHours; // 35
 * ```
 * @since 0.1.0
 */
export const RulesSchema = z
  .strictObject({
    dailyRestHours: z
      .number()
      .min(8, 'must be at least 8 h (aml § 10-8 (3))')
      .max(24)
      .default(d.dailyRestHours.default),
    weeklyRestHours: z
      .number()
      .min(28, 'must be at least 28 h (aml § 10-8 (3))')
      .max(96)
      .default(d.weeklyRestHours.default),
    maxShiftHours: z.number().positive().max(16).default(d.maxShiftHours.default),
    maxWeeklyHours: z.number().positive().max(80).default(d.maxWeeklyHours.default),
    maxAverageWeeklyHours: z.number().positive().max(80).default(d.maxAverageWeeklyHours.default),
    averagingWeeks: z.int().min(1).max(52).default(d.averagingWeeks.default),
    sundayRule: SundayRuleSchema.default('no-consecutive'),
    sundayAveragingWeeks: z.int().min(1).max(52).default(d.sundayAveragingWeeks.default),
    maxConsecutiveSundays: z.int().min(1).max(52).default(d.maxConsecutiveSundays.default),
    sundayWindowStart: time(d.sundayWindowStart.default),
    sundayWindowEnd: time(d.sundayWindowEnd.default),
    nightStart: time(d.nightStart.default),
    nightEnd: time(d.nightEnd.default),
    maxNightHoursPer24h: z.number().positive().max(24).default(d.maxNightHoursPer24h.default),
    nightAveragingWeeks: z.int().min(1).max(52).default(d.nightAveragingWeeks.default),
    maxConsecutiveDays: z.int().min(1).max(14).default(d.maxConsecutiveDays.default),
    breakRequiredAfterHours: z.number().positive().max(24).default(d.breakRequiredAfterHours.default),
    minBreakMinutesLongShift: z.int().min(0).max(120).default(d.minBreakMinutesLongShift.default),
    contractToleranceHours: z.number().min(0).max(200).default(d.contractToleranceHours.default),
    weekendBothDays: z.boolean().default(d.weekendBothDays.default),
    sundayHourFactor: z.number().min(1).max(3).default(d.sundayHourFactor.default),
    nightHourFactor: z.number().min(1).max(3).default(d.nightHourFactor.default),
    minFullTimeHours: z.number().positive().max(60).default(d.minFullTimeHours.default),
    dayWorkWeekHours: z.number().positive().max(60).default(d.dayWorkWeekHours.default),
    everyThirdSundayWeekHours: z.number().positive().max(60).default(d.everyThirdSundayWeekHours.default),
    tariffNightStart: time(d.tariffNightStart.default),
    tariffNightEnd: time(d.tariffNightEnd.default),
    shortRestHours: z.number().min(0).max(48).default(d.shortRestHours.default),
  })
  .prefault({});

/** Rules with every default filled in. */
export type Rules = z.output<typeof RulesSchema>;
/** Rules as written in a scenario (every field optional). */
export type RulesInput = z.input<typeof RulesSchema>;

/**
 * The rules with all defaults, for code that builds plans without a scenario.
 *
 * @example
 * ```ts
 * defaultRules().dailyRestHours; // 11
 * ```
 * @since 0.1.0
 */
export function defaultRules(): Rules {
  return RulesSchema.parse(undefined);
}
