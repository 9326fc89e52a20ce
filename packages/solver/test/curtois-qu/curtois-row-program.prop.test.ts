import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyGrid, gridAssignments, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { rowHardness, rowRules } from '../../src/curtois-qu/curtois-row-cost.js';
import { rowProgram } from '../../src/curtois-qu/curtois-row-program.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { benchmarkInstance } from './benchmark-instance.js';

/**
 * One employee with random rules: 1–3 shift types of mixed lengths, limits per type that often
 * bind, two-sided minute limits, run and weekend rules, fixed days off, and a random cost per cell.
 * Horizons stay short enough to enumerate every row.
 */
const randomEmployee = fc
  .record({
    types: fc.integer({ min: 1, max: 3 }),
    extraDays: fc.integer({ min: 0, max: 7 }),
    minutes: fc.array(fc.constantFrom(240, 360, 480, 600), { minLength: 3, maxLength: 3 }),
    forbidden: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    maxShifts: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 3 }),
    minMinutes: fc.integer({ min: 0, max: 3000 }),
    extraMinutes: fc.integer({ min: 0, max: 3000 }),
    maxConsecutive: fc.integer({ min: 1, max: 5 }),
    minConsecutive: fc.integer({ min: 1, max: 3 }),
    minDaysOff: fc.integer({ min: 1, max: 3 }),
    maxWeekends: fc.integer({ min: 0, max: 2 }),
    daysOff: fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 3 }),
    costs: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 42, maxLength: 42 }),
  })
  .map((p): { instance: CurtoisInstance; costs: number[] } => {
    // (types + 1)^horizon rows: at most 4^7, 3^10 and 2^14.
    const horizon = [14, 10, 7][p.types - 1]! - (p.types === 1 ? p.extraDays : p.extraDays % 4);
    const ids = ['E', 'D', 'N'].slice(0, p.types);
    return {
      instance: {
        horizon,
        shifts: ids.map((id, s) => ({
          id,
          minutes: p.minutes[s]!,
          forbiddenNext: ids.filter((_, t) => p.forbidden[s * 3 + t]),
        })),
        staff: [
          {
            id: 'A',
            maxShifts: Object.fromEntries(ids.map((id, s) => [id, p.maxShifts[s]!])),
            minTotalMinutes: p.minMinutes,
            maxTotalMinutes: p.minMinutes + p.extraMinutes,
            maxConsecutiveShifts: p.maxConsecutive,
            minConsecutiveShifts: p.minConsecutive,
            minConsecutiveDaysOff: p.minDaysOff,
            maxWeekends: p.maxWeekends,
          },
        ],
        daysOff: { A: p.daysOff.filter((d) => d < horizon) },
        onRequests: [],
        offRequests: [],
        cover: [],
      },
      costs: p.costs,
    };
  });

/** The cheapest legal row by enumerating every row, legality by the annealer's row score. */
function bruteForce(instance: CurtoisInstance, cost: Float64Array): number | undefined {
  const ix = indexCurtois(instance);
  const rules = rowRules(ix);
  const { H, S } = ix;
  const row = new Int16Array(H).fill(-1);
  const scratch = new Int32Array(S);
  let best: number | undefined;
  const visit = (d: number, sum: number) => {
    if (d === H) {
      if (rowHardness(rules, 0, row, scratch) === 0 && (best === undefined || sum < best)) best = sum;
      return;
    }
    row[d] = -1;
    visit(d + 1, sum);
    if (ix.dayOff[0]![d]) return;
    for (let s = 0; s < S; s++) {
      row[d] = s;
      visit(d + 1, sum + cost[d * S + s]!);
    }
    row[d] = -1;
  };
  visit(0, 0);
  return best;
}

describe("the dynamic program's cheapest row", () => {
  it('is legal by the verifier and as cheap as the cheapest row found by enumerating them all', () => {
    const seen = { rows: 0, none: 0 };
    fc.assert(
      fc.property(randomEmployee, ({ instance, costs }) => {
        const ix = indexCurtois(instance);
        const cost = Float64Array.from({ length: ix.H * ix.S }, (_, i) => costs[i % costs.length]!);
        const program = rowProgram(ix, 0);
        expect(program).toBeDefined();
        const found = program!.cheapest(cost);
        const expected = bruteForce(instance, cost);
        expect(found?.value).toBe(expected);
        if (!found) {
          seen.none++;
          return;
        }
        seen.rows++;
        const grid = emptyGrid(ix);
        grid[0] = found.row;
        const verdict = verifyCurtoisSolution(instance, gridAssignments(ix, grid));
        expect(verdict.violations.map((v) => v.message)).toEqual([]);
        let sum = 0;
        found.row.forEach((s, d) => {
          if (s >= 0) sum += cost[d * ix.S + s]!;
        });
        expect(sum).toBe(found.value);
        // A second call on the same tables gives the same answer.
        expect(program!.cheapest(cost)?.value).toBe(found.value);
      }),
      { seed: 5, numRuns: 400 },
    );
    // Both employees with legal rows and employees without one were tried.
    expect(seen.rows).toBeGreaterThan(100);
    expect(seen.none).toBeGreaterThan(20);
  });

  it('prices a benchmark employee exactly as the annealer scores rows: Instance5, all 16 employees', () => {
    const instance = benchmarkInstance(5);
    const ix = indexCurtois(instance);
    const rules = rowRules(ix);
    for (let e = 0; e < ix.E; e++) {
      const program = rowProgram(ix, e);
      expect(program).toBeDefined();
      const found = program!.cheapest(rules.cellCost.subarray(e * ix.H * ix.S, (e + 1) * ix.H * ix.S));
      expect(found).toBeDefined();
      expect(rowHardness(rules, e, found!.row, new Int32Array(ix.S))).toBe(0);
    }
  });
});
