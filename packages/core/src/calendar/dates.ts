import { getISOWeek, getISOWeekYear } from 'date-fns';
import { TurnusError } from '../errors.js';

/**
 * A calendar date as an ISO string `YYYY-MM-DD`. Dates are civil dates in Norway; all arithmetic
 * goes through day numbers (days since 1970-01-01) so the host time zone never matters.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day names, Monday first (ISO order). */
export const DAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
/** A day of the week by name. */
export type DayName = (typeof DAY_NAMES)[number];

/**
 * True when `text` is a real calendar date `YYYY-MM-DD` (not 2027-02-30).
 *
 * @example
 * ```ts
 * isIsoDate('2027-02-29'); // false
 * ```
 * @since 0.1.0
 */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Days since 1970-01-01 of an ISO date.
 *
 * @throws TurnusError (`INVALID_ARGUMENT`) when the text is not a date.
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * ```
 * @since 0.1.0
 */
export function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) {
    throw new TurnusError('INVALID_ARGUMENT', [{ path: '', message: `"${date}" is not a date YYYY-MM-DD` }]);
  }
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 864e5,
  );
}

/**
 * The ISO date of a day number.
 *
 * @example
 * ```ts
 * fromDayNumber(1); // '1970-01-02'
 * ```
 * @since 0.1.0
 */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}

/**
 * The date `days` after `date` (negative goes back).
 *
 * @example
 * ```ts
 * addDays('2027-02-28', 1); // '2027-03-01'
 * ```
 * @since 0.1.0
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * daysBetween('2027-01-04', '2027-01-11'); // 7
 * ```
 * @since 0.1.0
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Day of the week, 0 = Monday … 6 = Sunday.
 *
 * @example
 * ```ts
 * isoDayIndex('2027-01-04'); // 0 (a Monday)
 * ```
 * @since 0.1.0
 */
export function isoDayIndex(date: IsoDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/**
 * The day's name, `monday` … `sunday`.
 *
 * @example
 * ```ts
 * dayName('2027-01-09'); // 'saturday'
 * ```
 * @since 0.1.0
 */
export function dayName(date: IsoDate): DayName {
  return DAY_NAMES[isoDayIndex(date)]!;
}

/**
 * True on Saturdays and Sundays.
 *
 * @example
 * ```ts
 * isWeekend('2027-01-10'); // true
 * ```
 * @since 0.1.0
 */
export function isWeekend(date: IsoDate): boolean {
  return isoDayIndex(date) >= 5;
}

/**
 * ISO week number and week-year (date-fns), e.g. `{ year: 2026, week: 53 }` for 2027-01-01.
 *
 * @example
 * ```ts
 * isoWeek('2027-01-04'); // { year: 2027, week: 1 }
 * ```
 * @since 0.1.0
 */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return { year: getISOWeekYear(local), week: getISOWeek(local) };
}

/**
 * The `count` consecutive dates starting at `start`.
 *
 * @example
 * ```ts
 * dateRange('2027-01-04', 2); // ['2027-01-04', '2027-01-05']
 * ```
 * @since 0.1.0
 */
export function dateRange(start: IsoDate, count: number): IsoDate[] {
  const first = dayNumber(start);
  return Array.from({ length: count }, (_, i) => fromDayNumber(first + i));
}
