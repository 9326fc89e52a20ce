import { type IsoDate, dayNumber, fromDayNumber, isoDayIndex } from './dates.js';

/** Last Sunday of a month (1-based month) as a day number. */
function lastSunday(year: number, month: number): number {
  const lastDay = Math.round(Date.UTC(year, month, 0) / 864e5);
  const weekday = (((lastDay + 3) % 7) + 7) % 7; // 0 = Monday
  return lastDay - ((weekday + 1) % 7);
}

/**
 * Offset of Norwegian local time (Europe/Oslo) from UTC, in minutes, at a local wall-clock time:
 * 60 (CET) or 120 (CEST, last Sunday of March 02:00 to last Sunday of October 03:00). The hour that
 * does not exist in spring is read as summer time; the hour that repeats in autumn as its first
 * (summer-time) occurrence.
 *
 * @example
 * ```ts
 * osloOffsetMinutes('2027-07-01', 12 * 60); // 120
 * ```
 * @since 0.1.0
 */
export function osloOffsetMinutes(date: IsoDate, minuteOfDay: number): number {
  const day = dayNumber(date) + Math.floor(minuteOfDay / 1440);
  const minute = ((minuteOfDay % 1440) + 1440) % 1440;
  const year = Number(fromDayNumber(day).slice(0, 4));
  const springDay = lastSunday(year, 3);
  const autumnDay = lastSunday(year, 10);
  if (day < springDay || day > autumnDay) return 60;
  if (day > springDay && day < autumnDay) return 120;
  if (day === springDay) return minute >= 120 ? 120 : 60;
  return minute < 180 ? 120 : 60;
}

/**
 * A local Norwegian wall-clock time as an absolute instant: minutes since 1970-01-01 00:00 UTC.
 * `minuteOfDay` may pass 1440 for times on the next day (a night shift's end). Differences of
 * instants are true elapsed time, so a night shift on the daylight-saving night lasts an hour less
 * (spring) or more (autumn).
 *
 * @example
 * ```ts
 * // Night shift 22:15–07:45 over the spring change lasts 8.5 h, not 9.5 h:
 * localInstant('2027-03-28', 7 * 60 + 45) - localInstant('2027-03-27', 22 * 60 + 15); // 510
 * ```
 * @since 0.1.0
 */
export function localInstant(date: IsoDate, minuteOfDay: number): number {
  return dayNumber(date) * 1440 + minuteOfDay - osloOffsetMinutes(date, minuteOfDay);
}

/**
 * True when the date is a Sunday.
 *
 * @example
 * ```ts
 * isSunday('2027-01-10'); // true
 * ```
 * @since 0.1.0
 */
export function isSunday(date: IsoDate): boolean {
  return isoDayIndex(date) === 6;
}
