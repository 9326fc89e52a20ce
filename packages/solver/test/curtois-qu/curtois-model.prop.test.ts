import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridAssignments, gridObjective, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { buildCurtoisModel } from '../../src/curtois-qu/curtois-model.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { highsEngine } from '../../src/engine/highs-engine.js';
import { exactOptimum, randomCurtoisInstance, toGrid } from './random-instance.js';

/** A scope drawn from raw numbers: employees by bit mask and a window of days. */
const rawScope = fc.record({
  mask: fc.integer({ min: 1, max: 15 }),
  from: fc.integer({ min: 0, max: 13 }),
  length: fc.integer({ min: 1, max: 14 }),
});

describe('buildCurtoisModel on a part of the roster', () => {
  it('re-finds the optimum from the optimal roster of the rest, legal and unchanged outside its scope', async () => {
    const engine = highsEngine();
    let solved = 0;
    let partial = 0;
    await fc.assert(
      fc.asyncProperty(randomCurtoisInstance, rawScope, async (instance, raw) => {
        const exact = await exactOptimum(instance);
        if (!exact) return;
        const ix = indexCurtois(instance);
        const from = Math.min(raw.from, ix.H - 1);
        const to = Math.min(ix.H, from + raw.length);
        const employees = ix.instance.staff.map((_, e) => e).filter((e) => raw.mask & (1 << e));
        if (employees.length === 0) return;
        const optimal = toGrid(instance, exact.assignments);
        const free = (e: number, d: number) => employees.includes(e) && d >= from && d < to;
        // The scope's cells hold a wrong roster (everyone on the first shift): the model must not read them.
        const grid = optimal.map((row, e) => row.map((s, d) => (free(e, d) ? 0 : s)));
        const mip = buildCurtoisModel(ix, grid, { employees, from, to });
        const result = await engine.solve(mip.model, { timeLimitSeconds: 10, mipGap: 0 });
        expect(result.status).toBe('optimal');
        mip.decode(result.values, grid);
        for (let e = 0; e < ix.E; e++)
          for (let d = 0; d < ix.H; d++) if (!free(e, d)) expect(grid[e]![d]).toBe(optimal[e]![d]);
        const check = verifyCurtoisSolution(instance, gridAssignments(ix, grid));
        expect(check.violations).toEqual([]);
        // The optimal roster restricted to the scope is one solution, and nothing beats the optimum.
        expect(check.objective.total).toBe(exact.objective);
        expect(gridObjective(ix, grid)).toBe(exact.objective);
        solved++;
        if (employees.length < ix.E && to - from < ix.H) partial++;
      }),
      { seed: 5, numRuns: 40 },
    );
    expect(solved).toBeGreaterThan(20);
    // Scopes that fix part of the roster on both axes (some employees, some days) were tried too.
    expect(partial).toBeGreaterThan(10);
  }, 120_000);
});
