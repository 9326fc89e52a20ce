export { checkPlan } from './check-plan.js';
export type { CheckId, CheckResult, Violation } from './check-result.js';
