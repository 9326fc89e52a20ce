// @turnus/solver: dimensioning, rota construction and comparison of weekend patterns.
export { solve, solveSync } from './solve.js';
export { solveInWorker } from './solve-in-worker.js';
export { dimension, positionSizes } from './dimension.js';
export type { DimensionOptions } from './dimension.js';
export { alternativesTable, compareAlternatives, variantScenario } from './compare.js';
export type { AlternativeResult, BufferVariant, CompareOptions } from './compare.js';
export { dognrytmeMix } from './dognrytme-mix.js';
export type { ShiftMix } from './dognrytme-mix.js';
export { buildProblem } from './problem.js';
export type { Problem } from './problem.js';
export { planVacation } from './vacation-planner.js';
export type { VacationPlan } from './vacation-planner.js';
export { DEFAULT_WEIGHTS, resolveWeights } from './model/objective-weights.js';
export type { ObjectiveWeights } from './model/objective-weights.js';
export type { ObjectiveBreakdown } from './model/rota-state.js';
export type {
  DimensioningResult,
  InfeasibilityReason,
  SolveOptions,
  SolveProgress,
  SolveResult,
  StaffingOption,
} from './solve-types.js';
