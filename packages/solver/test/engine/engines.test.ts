import { describe, expect, it } from 'vitest';
import { highsEngine } from '../../src/engine/highs-engine.js';
import { jsLpEngine } from '../../src/engine/js-lp-engine.js';
import type { MipModel } from '../../src/engine/mip-model.js';

// 0/1 knapsack: values 10, 13, 7, 8, 4; weights 5, 7, 4, 3, 1; capacity 12; optimum by enumeration below.
const knapsackValues = [10, 13, 7, 8, 4];
const knapsackWeights = [5, 7, 4, 3, 1];
const knapsack: MipModel = {
  sense: 'max',
  objective: Object.fromEntries(knapsackValues.map((v, i) => [`item ${i}`, v])),
  constraints: [
    {
      name: 'capacity (kg)',
      terms: Object.fromEntries(knapsackWeights.map((w, i) => [`item ${i}`, w])),
      hi: 12,
    },
  ],
  binaries: knapsackValues.map((_, i) => `item ${i}`),
};

function bruteForceKnapsack(): number {
  let best = 0;
  for (let mask = 0; mask < 1 << knapsackValues.length; mask++) {
    let value = 0;
    let weight = 0;
    knapsackValues.forEach((v, i) => {
      if (mask & (1 << i)) {
        value += v;
        weight += knapsackWeights[i]!;
      }
    });
    if (weight <= 12) best = Math.max(best, value);
  }
  return best;
}

// 3x3 assignment; optimum by enumerating the six permutations.
const cost = [
  [4, 2, 8],
  [2, 3, 7],
  [3, 1, 6],
];
const assignment: MipModel = {
  sense: 'min',
  objective: Object.fromEntries(cost.flatMap((row, i) => row.map((c, j) => [`a[${i},${j}]`, c]))),
  constraints: [
    ...cost.map((row, i) => ({
      name: `worker ${i}`,
      terms: Object.fromEntries(row.map((_, j) => [`a[${i},${j}]`, 1])),
      lo: 1,
      hi: 1,
    })),
    ...cost.map((_, j) => ({
      name: `task ${j}`,
      terms: Object.fromEntries(cost.map((_, i) => [`a[${i},${j}]`, 1])),
      lo: 1,
      hi: 1,
    })),
  ],
  binaries: cost.flatMap((row, i) => row.map((_, j) => `a[${i},${j}]`)),
};

function bruteForceAssignment(): number {
  const perms = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  return Math.min(...perms.map((p) => p.reduce((sum, j, i) => sum + cost[i]![j]!, 0)));
}

const infeasible: MipModel = {
  sense: 'min',
  objective: { x: 1, y: 1 },
  constraints: [
    { name: 'at least three', terms: { x: 1, y: 1 }, lo: 3 },
    { name: 'at most two', terms: { x: 1, y: 1 }, hi: 2 },
  ],
  integers: ['x', 'y'],
};

describe.each([highsEngine(), jsLpEngine()])('engine $name', (engine) => {
  it('solves a 0/1 knapsack to its enumerated optimum', async () => {
    const result = await engine.solve(knapsack, { timeLimitSeconds: 3 });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBe(bruteForceKnapsack());
    for (const name of knapsack.binaries ?? []) expect([0, 1]).toContain(result.values[name]);
  });

  it('solves a 3x3 assignment problem with equality rows', async () => {
    const result = await engine.solve(assignment, { timeLimitSeconds: 3 });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBe(bruteForceAssignment());
  });

  it('reports an infeasible model as infeasible, with no values', async () => {
    const result = await engine.solve(infeasible, { timeLimitSeconds: 3 });
    expect(result.status).toBe('infeasible');
    expect(result.values).toEqual({});
  });

  it('solves the LP relaxation of the knapsack to its fractional optimum', async () => {
    const result = await engine.solve(knapsack, { timeLimitSeconds: 3, relaxation: true });
    expect(result.status).toBe('optimal');
    // Greedy by density: item 4 (4/1), item 3 (8/3), item 0 (10/5), then 3 of the 7 kg of item 1 → 22 + 39/7.
    expect(result.objective).toBeCloseTo(22 + 39 / 7, 6);
  });

  it('honours negative lower bounds and free variables', async () => {
    const model: MipModel = {
      sense: 'min',
      objective: { x: 1, y: -1 },
      constraints: [{ name: 'link', terms: { x: 1, y: 1 }, lo: -4, hi: 6 }],
      bounds: { x: { lo: -5, hi: 5 }, y: { lo: -2, hi: 3 } },
      integers: ['x', 'y'],
    };
    const result = await engine.solve(model, { timeLimitSeconds: 3 });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBe(-8);
    expect(result.values).toEqual({ x: -5, y: 3 });
  });
});

describe('highsEngine', () => {
  it('returns a proven bound equal to the optimum and accepts a warm start', async () => {
    const result = await highsEngine().solve(knapsack, {
      timeLimitSeconds: 3,
      warmStart: { 'item 0': 1, 'item 1': 1 },
    });
    expect(result.status).toBe('optimal');
    expect(result.bound).toBeCloseTo(bruteForceKnapsack(), 3);
  });
});
