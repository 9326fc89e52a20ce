import { TurnusError } from './errors.js';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/**
 * Parses a local time of day `"HH:MM"` (00:00–23:59; `"24:00"` when `allowEndOfDay`) to minutes
 * after midnight.
 *
 * @throws TurnusError (`INVALID_ARGUMENT`) when the text is not a time of day.
 * @example
 * ```ts
 * parseTimeOfDay('07:30'); // 450
 * ```
 * @since 0.1.0
 */
export function parseTimeOfDay(text: string, allowEndOfDay = false): number {
  if (allowEndOfDay && text === '24:00') return MINUTES_PER_DAY;
  const match = TIME.exec(text);
  if (!match) {
    throw new TurnusError('INVALID_ARGUMENT', [
      { path: '', message: `"${text}" is not a time of day HH:MM` },
    ]);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * True when `text` is a valid `"HH:MM"` time of day.
 *
 * @example
 * ```ts
 * isTimeOfDay('25:00'); // false
 * ```
 * @since 0.1.0
 */
export function isTimeOfDay(text: string, allowEndOfDay = false): boolean {
  return TIME.test(text) || (allowEndOfDay && text === '24:00');
}

/**
 * Formats minutes after midnight as `"HH:MM"` (wrapping past 24 h).
 *
 * @example
 * ```ts
 * formatTimeOfDay(1335); // '22:15'
 * ```
 * @since 0.1.0
 */
export function formatTimeOfDay(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
