import type { Weights } from '@turnus/core';

/** Weights of the solver's objective terms (scenario.weights override the soft ones). */
export interface ObjectiveWeights {
  /** Per missing staff member on a shift or interval (very heavy). */
  readonly shortfall: number;
  /** Per missing person of a competence minimum (heavy). */
  readonly competence: number;
  /** Per staff member above demand. */
  readonly surplus: number;
  /** Per squared shift of deviation from a fair share (per FTE) of evenings, nights, long and flexi. */
  readonly fairness: number;
  /** Per unmet wish, times its weight. */
  readonly wishes: number;
  /** Per single day off between two working days. */
  readonly isolatedDaysOff: number;
  /** Per rest shorter than 14 h between two shifts. */
  readonly quickReturns: number;
  /** Per flexi shift asked but not placed. */
  readonly flexiSpread: number;
  /** Per hour of contract deviation beyond the tolerance (a hard rule: must reach zero). */
  readonly contractHard: number;
  /** Per hour of contract deviation inside the tolerance. */
  readonly contractSoft: number;
}

/**
 * The solver's default weights.
 *
 * @example
 * ```ts
 * DEFAULT_WEIGHTS.shortfall; // 100
 * ```
 */
export const DEFAULT_WEIGHTS: ObjectiveWeights = {
  shortfall: 100,
  competence: 40,
  surplus: 2,
  fairness: 1,
  wishes: 3,
  isolatedDaysOff: 2,
  quickReturns: 1,
  flexiSpread: 30,
  contractHard: 400,
  contractSoft: 0.5,
};

/**
 * Default weights with the scenario's overrides applied.
 *
 * @example
 * ```ts
 * resolveWeights({ wishes: 10 }).wishes; // 10
 * ```
 */
export function resolveWeights(w: Weights | undefined): ObjectiveWeights {
  const pick = (k: keyof Weights & keyof ObjectiveWeights) => w?.[k] ?? DEFAULT_WEIGHTS[k];
  return {
    ...DEFAULT_WEIGHTS,
    shortfall: pick('shortfall'),
    competence: pick('competence'),
    surplus: pick('surplus'),
    fairness: pick('fairness'),
    wishes: pick('wishes'),
    isolatedDaysOff: pick('isolatedDaysOff'),
    quickReturns: pick('quickReturns'),
    flexiSpread: pick('flexiSpread'),
  };
}
