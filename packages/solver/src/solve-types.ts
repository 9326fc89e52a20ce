import type { Employee, Plan } from '@turnus/core';
import type { EvaluationReport } from '@turnus/evaluation';
import type { ObjectiveBreakdown } from './model/rota-state.js';

/** Progress of a running solve. */
export interface SolveProgress {
  phase: string;
  elapsedMs: number;
  bestObjective?: number;
  bound?: number;
}

/** Options of {@link solve}. */
export interface SolveOptions {
  /** Wall-clock limit in seconds (default 10). */
  timeLimitSeconds?: number;
  /** Seed of the pseudo-random search (default 1): same seed, same rota. */
  seed?: number;
  /**
   * Iteration budget of the local search (default 110 per millisecond of the time limit). The
   * budget, not the clock, ends a search, so a seed gives the same rota as long as the budget is
   * done within the time limit.
   */
  iterations?: number;
  onProgress?: (p: SolveProgress) => void;
  signal?: AbortSignal;
}

/** One reason a scenario has no legal rota, with the binding rule and its numbers. */
export interface InfeasibilityReason {
  rule: string;
  message: string;
}

/** A staff size (persons) with the best split of positions for it (bemanningsalternativ). */
export interface StaffingOption {
  persons: number;
  fullTime: number;
  heltidsandel: number;
  averagePositionPercent: number;
  positions: number[];
}

/** Result of dimensioning a staff stock from a staff policy (bemanningsberegning). */
export interface DimensioningResult {
  /** Demand hours a week (flexi included) and årsverk = hours / full-time week. */
  demandHoursPerWeek: number;
  arsverk: number;
  /** Persons needed on each weekend day (the most of Saturday and Sunday), on average. */
  weekendPersonsNeeded: number;
  /** Person-weekends per weekend the chosen staff's patterns give. */
  weekendPersonsGiven: number;
  staff: Employee[];
  persons: number;
  heltidsandel: number;
  averagePositionPercent: number;
  /** For each feasible number of persons: the most full-time positions. */
  tradeOffs: StaffingOption[];
  notes: string[];
}

/** Outcome of {@link solve}. */
export type SolveResult =
  | {
      status: 'solved';
      plan: Plan;
      evaluation: EvaluationReport;
      objective: ObjectiveBreakdown;
      lowerBound?: number;
      gap?: number;
      dimensioning?: DimensioningResult;
      stats: { elapsedMs: number; iterations: number };
    }
  | { status: 'infeasible'; explanation: InfeasibilityReason[] };
