/**
 * Colours per shift kind (and absence), shared by the HTML report and the spreadsheet.
 *
 * @example
 * ```ts
 * KIND_COLORS.night.background; // '#2f4b8a'
 * ```
 * @since 0.1.0
 */
export const KIND_COLORS: Record<string, { background: string; text: string; label: string }> = {
  day: { background: '#fff1b8', text: '#3d3000', label: 'Dagvakt' },
  evening: { background: '#cfe6ff', text: '#0b2f57', label: 'Kveldsvakt' },
  night: { background: '#2f4b8a', text: '#ffffff', label: 'Nattevakt' },
  mid: { background: '#d3f3cf', text: '#163d12', label: 'Mellomvakt' },
  long: { background: '#f1cdf3', text: '#4a0f4f', label: 'Langvakt' },
  other: { background: '#e4e4e4', text: '#222222', label: 'Annen vakt' },
  vacation: { background: '#ffffff', text: '#8a5a00', label: 'Ferie' },
  unavailable: { background: '#ffffff', text: '#777777', label: 'Utilgjengelig' },
};

/** Background of empty weekend cells and of holiday cells. */
export const WEEKEND_SHADE = '#ececec';
export const HOLIDAY_SHADE = '#ffd6d6';

/**
 * Norwegian name of a shift kind.
 *
 * @example
 * ```ts
 * kindLabel('long'); // 'Langvakt'
 * ```
 * @since 0.1.0
 */
export function kindLabel(kind: string): string {
  return KIND_COLORS[kind]?.label ?? kind;
}
