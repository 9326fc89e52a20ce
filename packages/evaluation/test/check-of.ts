import type { Plan } from '@turnus/core';
import { type CheckId, type CheckResult, checkPlan } from '../src/index.js';

/** The result of one check on a plan. */
export function checkOf(plan: Plan, id: CheckId): CheckResult {
  const found = checkPlan(plan).find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}
