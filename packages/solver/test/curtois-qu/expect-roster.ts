// The check the column-generation tests make of every roster they get back.
import { expect } from 'vitest';
import {
  type Grid,
  type IndexedCurtois,
  gridAssignments,
  gridObjective,
} from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';

/**
 * Expects `grid` to keep every hard rule of `instance` (by the independent verifier), to score the
 * same there as in the solver, and to cost no less than the instance's `optimum`; returns its objective.
 */
export function expectLegalRoster(
  instance: CurtoisInstance,
  ix: IndexedCurtois,
  grid: Grid,
  optimum: number,
): number {
  const check = verifyCurtoisSolution(instance, gridAssignments(ix, grid));
  expect(check.violations).toEqual([]);
  const value = gridObjective(ix, grid);
  expect(check.objective.total).toBe(value);
  expect(value).toBeGreaterThanOrEqual(optimum);
  return value;
}
