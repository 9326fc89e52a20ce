import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import {
  gridAssignments,
  gridObjective,
  indexCurtois,
  provesOptimal,
} from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { pricedByProgram } from '../../src/curtois-qu/curtois-row-program.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { exactOptimum, randomCurtoisInstance } from './random-instance.js';

/**
 * Harder than `randomCurtoisInstance`: two weeks, three or four employees with two shift types and
 * tight run, minute and weekend rules, so that the root is fractional and the tree branches both ways.
 */
const tighterInstance: fc.Arbitrary<CurtoisInstance> = fc
  .record({
    staff: fc.integer({ min: 3, max: 4 }),
    minShifts: fc.integer({ min: 4, max: 7 }),
    maxConsecutive: fc.integer({ min: 2, max: 4 }),
    late: fc.boolean(),
    cover: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 100 })), {
      minLength: 28,
      maxLength: 28,
    }),
  })
  .map(tightInstance);

/** Two weeks, two shift types (at most 5 late shifts each), minimum runs and days off of 2, one weekend. */
function tightInstance(p: {
  staff: number;
  minShifts: number;
  maxConsecutive: number;
  late: boolean;
  cover: [number, number][];
}): CurtoisInstance {
  const ids = ['E', 'L'];
  const staff = ['A', 'B', 'C', 'D', 'F', 'G'].slice(0, p.staff);
  return {
    horizon: 14,
    shifts: ids.map((id) => ({ id, minutes: 480, forbiddenNext: p.late && id === 'L' ? ['E'] : [] })),
    staff: staff.map((id) => ({
      id,
      maxShifts: { E: 14, L: 5 },
      minTotalMinutes: 480 * p.minShifts,
      maxTotalMinutes: 480 * (p.minShifts + 2),
      maxConsecutiveShifts: p.maxConsecutive,
      minConsecutiveShifts: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
    })),
    daysOff: {},
    onRequests: [],
    offRequests: [],
    cover: p.cover.map(([need, under], i) => ({
      day: Math.floor(i / 2),
      shift: ids[i % 2]!,
      requirement: need,
      underWeight: under,
      overWeight: 1,
    })),
  };
}

describe('branch-and-price', () => {
  it("finds and proves the monolithic MIP's optimum of random small instances from a worse target", async () => {
    let proved = 0;
    let improved = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomCurtoisInstance, tighterInstance),
        fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(1e6)),
        async (instance, slack) => {
          const exact = await exactOptimum(instance);
          if (!exact) return;
          const ix = indexCurtois(instance);
          expect(pricedByProgram(ix)).toBe(true);
          const now = performance.now();
          // The target stands for a roster `slack` above the optimum (1e6: no roster at all): the tree
          // must find the optimum.
          const result = await columnGenerationBound(ix, {
            boundUntil: now + 20_000,
            branchUntil: now + 20_000,
            target: exact.objective + slack,
            integerMs: 0,
          });
          // Proven: the bound (the root's, or the finished tree's) rounds up to the optimum.
          expect(result.bound).toBeLessThanOrEqual(exact.objective + 1e-6);
          expect(provesOptimal(result.bound, exact.objective)).toBe(true);
          proved++;
          if (slack > 0) {
            // The optimum lies below the target, so the tree cannot end without reaching it.
            expect(result.grid).toBeDefined();
            if (!result.grid) return;
            const check = verifyCurtoisSolution(instance, gridAssignments(ix, result.grid));
            expect(check.violations).toEqual([]);
            expect(gridObjective(ix, result.grid)).toBe(exact.objective);
            improved++;
          }
          // With the optimum itself as the target there is nothing to find: the tree only proves it.
          if (slack === 0) expect(result.grid).toBeUndefined();
        },
      ),
      { seed: 3, numRuns: 40 },
    );
    expect(proved).toBeGreaterThan(15);
    expect(improved).toBeGreaterThan(10);
  }, 120_000);

  it('searches both sides of a branch: on these two instances one side alone misses the optimum', async () => {
    // Found by fast-check against trees that dropped the "does not work" side of each branch (the
    // first) or the "works" side (the second).
    // Each cover list holds the requirement and the under-cover weight of day 0 E, day 0 L, day 1 E, ….
    const pinned: [number, number[]][] = [
      [
        6,
        [
          0, 65, 2, 94, 0, 4, 1, 5, 1, 7, 3, 6, 3, 6, 0, 94, 2, 1, 3, 71, 1, 4, 0, 96, 1, 1, 1, 96, 2, 3, 0,
          32, 2, 3, 0, 4, 3, 4, 1, 7, 0, 14, 1, 99, 3, 5, 0, 3, 0, 96, 1, 45, 3, 27, 1, 43,
        ],
      ],
      [
        4,
        [
          0, 90, 3, 94, 3, 6, 1, 99, 1, 95, 0, 100, 2, 99, 2, 11, 1, 1, 2, 76, 2, 19, 1, 99, 1, 56, 1, 7, 0,
          33, 1, 78, 3, 20, 2, 98, 2, 90, 3, 4, 0, 5, 3, 31, 3, 69, 3, 1, 0, 62, 3, 2, 1, 57, 0, 3,
        ],
      ],
    ];
    for (const [staff, flat] of pinned) {
      const cover = Array.from({ length: 28 }, (_, i): [number, number] => [flat[2 * i]!, flat[2 * i + 1]!]);
      const instance = tightInstance({ staff, minShifts: 4, maxConsecutive: 3, late: false, cover });
      const exact = await exactOptimum(instance);
      expect(exact).toBeDefined();
      const ix = indexCurtois(instance);
      const now = performance.now();
      const result = await columnGenerationBound(ix, {
        boundUntil: now + 30_000,
        branchUntil: now + 30_000,
        target: 1e6,
        integerMs: 0,
      });
      expect(result.nodes).toBeGreaterThan(1);
      expect(gridObjective(ix, result.grid!)).toBe(exact!.objective);
      expect(provesOptimal(result.bound, exact!.objective)).toBe(true);
    }
  }, 60_000);

  it("proves Instance6's optimum 1950, which the root bound 1949 cannot", async () => {
    const instance = readCurtoisInstance(
      readFileSync(new URL('../../../../fixtures/curtois-qu/Instance6.txt', import.meta.url), 'utf8'),
    );
    const ix = indexCurtois(instance);
    const now = performance.now();
    const root = await columnGenerationBound(ix, { boundUntil: now + 60_000, integerMs: 0 });
    expect(root.converged).toBe(true);
    expect(Math.ceil(root.bound! - 1e-6)).toBe(1949);
    const tree = await columnGenerationBound(ix, {
      boundUntil: now + 60_000,
      branchUntil: now + 60_000,
      target: 1950,
      integerMs: 0,
    });
    expect(tree.nodes).toBeGreaterThan(1);
    expect(tree.bound).toBe(1950);
  }, 120_000);
});
