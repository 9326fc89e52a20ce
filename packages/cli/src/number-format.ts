/**
 * Formats a number the Norwegian way (decimal comma, thin grouping avoided for terminals).
 *
 * @example
 * ```ts
 * formatNumber(12.345, 1); // '12,3'
 * ```
 * @since 0.1.0
 */
export function formatNumber(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = value.toFixed(decimals);
  return (fixed === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : fixed).replace('.', ',');
}

/**
 * Formats a share 0..1 as a percentage.
 *
 * @example
 * ```ts
 * formatShare(0.625); // '62,5 %'
 * ```
 * @since 0.1.0
 */
export function formatShare(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/**
 * Formats hours with a trailing `t` (timer).
 *
 * @example
 * ```ts
 * formatHours(7.75); // '7,75 t'
 * ```
 * @since 0.1.0
 */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${formatNumber(rounded, Number.isInteger(rounded) ? 0 : rounded * 10 === Math.round(rounded * 10) ? 1 : 2)} t`;
}
