import type { Scenario, StaffPolicy } from '@turnus/core';

/**
 * The position sizes a policy derived from existing staff may use: their distinct sizes.
 *
 * @example
 * ```ts
 * positionSizesOf(scenario); // { allowed: [100, 80, 60] }
 * ```
 */
export function positionSizesOf(s: Scenario): StaffPolicy['positionSizes'] {
  if (s.staffPolicy) return s.staffPolicy.positionSizes;
  const sizes = [...new Set((s.staff ?? []).map((e) => e.positionPercent))].sort((a, b) => a - b);
  return { allowed: sizes.length > 0 ? sizes : [100, 80, 60] };
}
