import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import {
  type Grid,
  emptyGrid,
  gridAssignments,
  gridObjective,
  indexCurtois,
} from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisAssignment, CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { solveCurtoisQu } from '../../src/curtois-qu/solve-curtois-qu.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';

function toGrid(instance: CurtoisInstance, assignments: readonly CurtoisAssignment[]): Grid {
  const ix = indexCurtois(instance);
  const grid = emptyGrid(ix);
  const shift = new Map(instance.shifts.map((s, i) => [s.id, i]));
  const staff = new Map(instance.staff.map((p, e) => [p.id, e]));
  for (const a of assignments) grid[staff.get(a.employee)!]![a.day] = shift.get(a.shift)!;
  return grid;
}

/** The exact optimum by the monolithic MIP, or undefined when it is not proven in time. */
async function exactOptimum(instance: CurtoisInstance) {
  const exact = await solveCurtoisQu(instance, { timeLimitSeconds: 10, monolithic: 'only' });
  return exact.status === 'optimal' ? exact : undefined;
}

describe('columnGenerationBound', () => {
  it("reaches Instance2's optimum 828 as a bound and never passes it", async () => {
    const instance = readCurtoisInstance(
      readFileSync(new URL('../../../../fixtures/curtois-qu/Instance2.txt', import.meta.url), 'utf8'),
    );
    const exact = await exactOptimum(instance);
    expect(exact?.objective).toBe(828);
    const now = performance.now();
    const result = await columnGenerationBound(indexCurtois(instance), {
      start: toGrid(instance, exact!.assignments),
      boundUntil: now + 30_000,
      integerMs: 0,
    });
    expect(result.converged).toBe(true);
    // The compact model's LP relaxation is below 828; the Dantzig–Wolfe bound proves the optimum.
    expect(result.bound).toBeGreaterThan(827);
    expect(result.bound).toBeLessThanOrEqual(828 + 1e-6);
  });

  it('never exceeds the exact optimum of random small instances, and its rosters are legal', async () => {
    const shape = fc.record({
      weeks: fc.integer({ min: 1, max: 2 }),
      staff: fc.integer({ min: 2, max: 4 }),
      types: fc.integer({ min: 1, max: 2 }),
      forbidLateEarly: fc.boolean(),
      minShifts: fc.integer({ min: 0, max: 4 }),
      maxConsecutive: fc.integer({ min: 2, max: 5 }),
      minConsecutive: fc.integer({ min: 1, max: 2 }),
      minDaysOff: fc.integer({ min: 1, max: 2 }),
      maxWeekends: fc.integer({ min: 0, max: 2 }),
      cover: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 100 })), {
        minLength: 28,
        maxLength: 28,
      }),
      requests: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 1, max: 3 }),
        ),
        { maxLength: 8 },
      ),
    });
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(shape, async (p) => {
        const horizon = 7 * p.weeks;
        const ids = ['E', 'L'].slice(0, p.types);
        const staff = ['A', 'B', 'C', 'D'].slice(0, p.staff);
        const instance: CurtoisInstance = {
          horizon,
          shifts: ids.map((id) => ({
            id,
            minutes: 480,
            forbiddenNext: p.forbidLateEarly && id === 'L' ? ['E'] : [],
          })),
          staff: staff.map((id) => ({
            id,
            maxShifts: Object.fromEntries(ids.map((s) => [s, horizon])),
            minTotalMinutes: 480 * p.minShifts,
            maxTotalMinutes: 480 * horizon,
            maxConsecutiveShifts: p.maxConsecutive,
            minConsecutiveShifts: p.minConsecutive,
            minConsecutiveDaysOff: p.minDaysOff,
            maxWeekends: p.maxWeekends,
          })),
          daysOff: {},
          onRequests: p.requests
            .filter(([e, d]) => e < p.staff && d < horizon && d % 2 === 0)
            .map(([e, d, w]) => ({ employee: staff[e]!, day: d, shift: ids[0]!, weight: w })),
          offRequests: p.requests
            .filter(([e, d]) => e < p.staff && d < horizon && d % 2 === 1)
            .map(([e, d, w]) => ({ employee: staff[e]!, day: d, shift: ids[ids.length - 1]!, weight: w })),
          cover: p.cover.slice(0, horizon * p.types).map(([need, under], i) => ({
            day: Math.floor(i / p.types),
            shift: ids[i % p.types]!,
            requirement: need,
            underWeight: under,
            overWeight: 1,
          })),
        };
        const exact = await exactOptimum(instance);
        if (!exact) return;
        compared++;
        const ix = indexCurtois(instance);
        const now = performance.now();
        const result = await columnGenerationBound(ix, {
          start: toGrid(instance, exact.assignments),
          boundUntil: now + 10_000,
          integerMs: 2_000,
        });
        expect(result.bound).toBeDefined();
        expect(result.bound!).toBeLessThanOrEqual(exact.objective + 1e-6);
        if (result.grid) {
          const check = verifyCurtoisSolution(instance, gridAssignments(ix, result.grid));
          expect(check.violations).toEqual([]);
          expect(check.objective.total).toBe(gridObjective(ix, result.grid));
          expect(check.objective.total).toBeGreaterThanOrEqual(exact.objective);
        }
      }),
      { seed: 11, numRuns: 25 },
    );
    // Most random instances are feasible, so the bound was compared many times.
    expect(compared).toBeGreaterThan(12);
  }, 120_000);
});
