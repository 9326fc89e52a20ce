/** Minutes as `9 h 0 min` (negative values keep their sign). */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const m = Math.round(Math.abs(minutes));
  return `${sign}${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Hours as a short number with at most two decimals: `35.5 h`, `7.75 h`, `11 h`. */
export function formatHours(hours: number): string {
  return `${roundTo(hours, 2)} h`;
}

/** Rounds to `digits` decimals, never printing `-0`. */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
