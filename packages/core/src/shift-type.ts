import { z } from 'zod';
import { DAY_NAMES } from './calendar/dates.js';
import { MINUTES_PER_DAY, parseTimeOfDay } from './time-of-day.js';

/** What kind of shift a shift type is; drives fairness, colours and the weekend-pattern rules. */
export const SHIFT_KINDS = ['day', 'evening', 'night', 'mid', 'long', 'other'] as const;
/** A shift kind (dag, kveld, natt, mellomvakt, langvakt). */
export type ShiftKind = (typeof SHIFT_KINDS)[number];

/** `"HH:MM"`, 00:00–23:59. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM (00:00–23:59)');

/**
 * A shift type (vakttype): code, times, break, kind and the days it may be used.
 * A shift whose end is at or before its start ends the next day and belongs to the day it starts.
 *
 * @example
 * ```ts
 * ShiftTypeSchema.parse({ code: 'D', start: '07:30', end: '15:15', kind: 'day' }).breakPaid; // true
 * ```
 * @since 0.1.0
 */
export const ShiftTypeSchema = z.strictObject({
  code: z
    .string()
    .min(1)
    .max(8)
    .regex(/^[A-Za-z0-9ÆØÅæøå_-]+$/, 'must be a short code of letters and digits')
    .refine((c) => c.toLowerCase() !== 'off', 'the code "off" is reserved for days off'),
  name: z.string().min(1).optional(),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  kind: z.enum(SHIFT_KINDS),
  /** Break in minutes (pause); defaults to 30. */
  breakMinutes: z.int().min(0).max(240).default(30),
  /** Paid when staff cannot leave the unit (the usual case in care), so it counts as working time. */
  breakPaid: z.boolean().default(true),
  /** Days the shift type may be used; all days when absent. */
  days: z.array(z.enum(DAY_NAMES)).min(1).optional(),
});
/** A parsed shift type. */
export type ShiftType = z.output<typeof ShiftTypeSchema>;

/**
 * Minutes from start to end of a shift on the clock (no daylight-saving adjustment), crossing
 * midnight when end ≤ start.
 *
 * @example
 * ```ts
 * shiftSpanMinutes({ start: '22:15', end: '07:45' }); // 570
 * ```
 * @since 0.1.0
 */
export function shiftSpanMinutes(shift: Pick<ShiftType, 'start' | 'end'>): number {
  const start = parseTimeOfDay(shift.start);
  const end = parseTimeOfDay(shift.end);
  return end > start ? end - start : end + MINUTES_PER_DAY - start;
}

/**
 * Working minutes of a shift: its span less an unpaid break.
 *
 * @example
 * ```ts
 * shiftWorkMinutes({ start: '10:00', end: '18:00', breakMinutes: 30, breakPaid: false }); // 450
 * ```
 * @since 0.1.0
 */
export function shiftWorkMinutes(
  shift: Pick<ShiftType, 'start' | 'end' | 'breakMinutes' | 'breakPaid'>,
): number {
  return shiftSpanMinutes(shift) - (shift.breakPaid ? 0 : shift.breakMinutes);
}

/**
 * Paid hours of a shift (the hours that count towards the contract).
 *
 * @example
 * ```ts
 * shiftPaidHours({ start: '07:30', end: '15:15', breakMinutes: 30, breakPaid: true }); // 7.75
 * ```
 * @since 0.1.0
 */
export function shiftPaidHours(
  shift: Pick<ShiftType, 'start' | 'end' | 'breakMinutes' | 'breakPaid'>,
): number {
  return shiftWorkMinutes(shift) / 60;
}
