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

// MIP engines (HiGHS in WebAssembly, javascript-lp-solver) behind one interface.
export { highsEngine } from './engine/highs-engine.js';
export { jsLpEngine } from './engine/js-lp-engine.js';
export { verifySolution } from './engine/verify-solution.js';
export { writeLpFormat } from './engine/lp-format.js';
export { modelVariables, objectiveValue } from './engine/mip-model.js';
export type {
  MipBound,
  MipConstraint,
  MipEngine,
  MipModel,
  MipResult,
  MipSolveOptions,
} from './engine/mip-model.js';
export type { LpText } from './engine/lp-format.js';

// The Curtois–Qu public shift-scheduling benchmark.
export { readCurtoisInstance } from './curtois-qu/read-curtois-instance.js';
export { readCurtoisSolution, writeCurtoisSolution } from './curtois-qu/curtois-solution.js';
export { verifyCurtoisSolution } from './curtois-qu/verify-curtois.js';
export { solveCurtoisQu } from './curtois-qu/solve-curtois-qu.js';
export { curtoisInfeasibility } from './curtois-qu/curtois-infeasibility.js';
export type {
  CurtoisAssignment,
  CurtoisCover,
  CurtoisInstance,
  CurtoisRequest,
  CurtoisShift,
  CurtoisStaff,
} from './curtois-qu/curtois-instance.js';
export type {
  CurtoisConstraint,
  CurtoisObjective,
  CurtoisVerification,
  CurtoisViolation,
} from './curtois-qu/verify-curtois.js';
export type { CurtoisSolveOptions, CurtoisSolveResult } from './curtois-qu/curtois-solve-options.js';
export type { CurtoisInfeasibility } from './curtois-qu/curtois-infeasibility.js';
