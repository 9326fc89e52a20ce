import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyGrid, gridAssignments, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { rowHardness, rowRules } from '../../src/curtois-qu/curtois-row-cost.js';
import { LabelsExhausted } from '../../src/curtois-qu/curtois-row-labels.js';
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
  it.each([
    ['the dense table', {}],
    ['labelling, bounded by the reversed days (a table limit of 0)', { table: 0 }],
    ['labelling, bounded by one shift a day (no table at all)', { table: 0, backward: 0 }],
  ])(
    'is legal by the verifier and as cheap as the cheapest row found by enumerating them all: %s',
    (_, limits) => {
      const seen = { rows: 0, none: 0 };
      fc.assert(
        fc.property(randomEmployee, ({ instance, costs }) => {
          const ix = indexCurtois(instance);
          const cost = Float64Array.from({ length: ix.H * ix.S }, (_, i) => costs[i % costs.length]!);
          const program = rowProgram(ix, 0, limits);
          const found = program.cheapest(cost);
          const expected = bruteForce(instance, cost);
          expect(found?.value).toBe(expected);
          if (!found?.row) {
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
          expect(program.cheapest(cost)?.value).toBe(found.value);
          // Other costs on the same program (labelling now prunes by its earlier rows): still exact.
          const other = cost.map((c, i) => costs[(i * 7 + 3) % costs.length]! - (c > 0 ? 1 : 0));
          const cheapest = bruteForce(instance, other)!;
          expect(program.cheapest(other)?.value).toBe(cheapest);
          // Asked for a row below a value: the cheapest row when one is below it, else at most a
          // bound no higher than the cheapest row's value.
          const under = program.cheapest(other, undefined, cheapest + 0.5);
          expect(under?.row && under.value).toBe(cheapest);
          const level = program.cheapest(other, undefined, cheapest);
          expect(level?.value).toBe(cheapest);
          const none = program.cheapest(other, undefined, cheapest - 0.5);
          if (none?.row) expect(none.value).toBe(cheapest);
          else expect(none?.value).toBe(cheapest - 0.5);
        }),
        { seed: 5, numRuns: 400 },
      );
      // Both employees with legal rows and employees without one were tried.
      expect(seen.rows).toBeGreaterThan(100);
      expect(seen.none).toBeGreaterThan(20);
    },
  );

  it('prices a benchmark employee exactly as the annealer scores rows: Instance5, all 16 employees', () => {
    const instance = benchmarkInstance(5);
    const ix = indexCurtois(instance);
    const rules = rowRules(ix);
    for (let e = 0; e < ix.E; e++) {
      const found = rowProgram(ix, e).cheapest(
        rules.cellCost.subarray(e * ix.H * ix.S, (e + 1) * ix.H * ix.S),
      );
      expect(found?.row).toBeDefined();
      expect(rowHardness(rules, e, found!.row!, new Int32Array(ix.S))).toBe(0);
    }
  });

  it('labels the same cheapest rows as the dense table on 28-day benchmark employees (Instance5–7, random costs)', () => {
    let tracked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(5, 6, 7),
        fc.nat(40),
        fc.array(fc.integer({ min: -30, max: 20 }), { minLength: 50, maxLength: 50 }),
        (n, at, costs) => {
          const ix = indexCurtois(benchmarkInstance(n));
          const e = at % ix.E;
          const cost = Float64Array.from({ length: ix.H * ix.S }, (_, i) => costs[(i * 13) % costs.length]!);
          const dense = rowProgram(ix, e).cheapest(cost);
          const labels = rowProgram(ix, e, { table: 0 }).cheapest(cost);
          expect(labels?.value).toBe(dense?.value);
          if (labels?.row) {
            const grid = emptyGrid(ix);
            grid[e] = labels.row;
            const verdict = verifyCurtoisSolution(ix.instance, gridAssignments(ix, grid));
            expect(verdict.violations.filter((v) => v.message.includes(ix.instance.staff[e]!.id))).toEqual(
              [],
            );
            // Rows that work more than the limits allow: labelling had to track something.
            if (labels.row.filter((s) => s >= 0).length > 10) tracked++;
          }
        },
      ),
      { seed: 11, numRuns: 150 },
    );
    expect(tracked).toBeGreaterThan(50);
  });

  it('gives up with LabelsExhausted past its label limit, and prices again within it', () => {
    const ix = indexCurtois(benchmarkInstance(8));
    const cost = new Float64Array(ix.H * ix.S).fill(-1);
    expect(() => rowProgram(ix, 16, { labels: 100 }).cheapest(cost)).toThrow(LabelsExhausted);
    expect(rowProgram(ix, 16).cheapest(cost)?.row).toBeDefined();
  });

  it('labels a limit above 127 (16-bit fields): a 140-day employee limited to 130 shifts works its 130 best days', () => {
    const instance: CurtoisInstance = {
      horizon: 140,
      shifts: [{ id: 'D', minutes: 480, forbiddenNext: [] }],
      staff: [
        {
          id: 'A',
          maxShifts: { D: 130 },
          minTotalMinutes: 0,
          maxTotalMinutes: 135 * 480,
          maxConsecutiveShifts: 140,
          minConsecutiveShifts: 1,
          minConsecutiveDaysOff: 1,
          maxWeekends: 20,
        },
      ],
      daysOff: {},
      onRequests: [],
      offRequests: [],
      cover: [],
    };
    const ix = indexCurtois(instance);
    // Later days earn more, so the row must choose which 130 days to work.
    const cost = Float64Array.from({ length: ix.H }, (_, d) => -1 - d / 1000);
    const found = rowProgram(ix, 0).cheapest(cost);
    expect(found?.row?.filter((s) => s >= 0)).toHaveLength(130);
    const best = -Array.from({ length: 130 }, (_, i) => 1 + (139 - i) / 1000).reduce((a, b) => a + b, 0);
    expect(found?.value).toBeCloseTo(best, 9);
  });
});
