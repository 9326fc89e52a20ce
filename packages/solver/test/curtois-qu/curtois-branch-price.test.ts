import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnGenerationBound } from '../../src/curtois-qu/curtois-columns.js';
import {
  type IndexedCurtois,
  gridAssignments,
  gridObjective,
  indexCurtois,
  provesOptimal,
} from '../../src/curtois-qu/curtois-index.js';
import { pricingKind } from '../../src/curtois-qu/curtois-row-program.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { benchmarkInstance } from './benchmark-instance.js';
import { exactOptimum, randomCurtoisInstance, tightInstance, tighterInstance } from './random-instance.js';

/** Column generation and the tree alone below its root (no dive), from `target`, for `seconds`. */
function treeFrom(ix: IndexedCurtois, target: number, seconds: number) {
  const until = performance.now() + seconds * 1000;
  return columnGenerationBound(ix, {
    boundUntil: until,
    branchUntil: until,
    target,
    integerMs: 0,
    search: 'tree',
  });
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
          expect(pricingKind(ix)).toBe('table');
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
    // Found by sampling instances against trees that dropped the "does not work" side of each branch (the
    // first) or the "works" side (the second).
    // Each cover list holds the requirement and the under-cover weight of day 0 E, day 0 L, day 1 E, ….
    const pinned: [number, number[]][] = [
      [
        5,
        [
          3, 41, 0, 32, 0, 57, 1, 95, 0, 13, 3, 46, 0, 3, 0, 86, 1, 93, 2, 2, 0, 22, 3, 66, 2, 53, 0, 17, 0,
          70, 3, 79, 0, 32, 1, 29, 3, 39, 3, 76, 1, 47, 2, 100, 3, 20, 3, 44, 2, 5, 0, 28, 1, 43, 3, 98,
        ],
      ],
      [
        3,
        [
          2, 100, 0, 7, 1, 7, 1, 7, 0, 59, 1, 38, 2, 48, 1, 4, 2, 37, 1, 95, 0, 94, 3, 99, 2, 9, 1, 95, 0, 56,
          2, 17, 0, 14, 2, 54, 0, 37, 3, 7, 0, 79, 2, 47, 2, 69, 0, 3, 0, 65, 1, 51, 1, 7, 0, 6,
        ],
      ],
    ];
    for (const [staff, flat] of pinned) {
      const cover = Array.from({ length: 28 }, (_, i): [number, number] => [flat[2 * i]!, flat[2 * i + 1]!]);
      const instance = tightInstance({ staff, minShifts: 4, maxConsecutive: 3, late: false, cover });
      const exact = await exactOptimum(instance);
      expect(exact).toBeDefined();
      const ix = indexCurtois(instance);
      // The tree alone: the dive would find these optima and hide a tree that drops a side.
      const result = await treeFrom(ix, 1e6, 30);
      expect(result.nodes).toBeGreaterThan(1);
      expect(gridObjective(ix, result.grid!)).toBe(exact!.objective);
      expect(provesOptimal(result.bound, exact!.objective)).toBe(true);
    }
  }, 60_000);

  it("proves Instance6's optimum 1950, which the root bound 1949 cannot", async () => {
    const instance = benchmarkInstance(6);
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

  it('branches on whether an employee works a day before single cells: Instance6 from 1951 in few nodes', async () => {
    // Branching on cells alone, this tree took 347 nodes (13.6 s); on days first it takes 59.
    const ix = indexCurtois(benchmarkInstance(6));
    const tree = await treeFrom(ix, 1951, 60);
    expect(tree.bound).toBe(1950);
    expect(gridObjective(ix, tree.grid!)).toBe(1950);
    expect(verifyCurtoisSolution(ix.instance, gridAssignments(ix, tree.grid!)).violations).toEqual([]);
    expect(tree.nodes).toBeLessThan(150);
  }, 120_000);
});
