import { describe, expect, it } from 'vitest';
import { highsEngine } from '../../src/engine/highs-engine.js';
import type { MipModel } from '../../src/engine/mip-model.js';
import { verifySolution } from '../../src/engine/verify-solution.js';

const model: MipModel = {
  sense: 'max',
  objective: { a: 3, b: 2, c: 1 },
  constraints: [
    { name: 'budget', terms: { a: 2, b: 2, c: 1 }, hi: 3 },
    { name: 'pick one of a, b', terms: { a: 1, b: 1 }, lo: 1, hi: 1 },
  ],
  binaries: ['a', 'b'],
  integers: ['c'],
  bounds: { c: { hi: 2 } },
};

describe('verifySolution', () => {
  it('accepts the solution HiGHS returns', async () => {
    const result = await highsEngine().solve(model, { timeLimitSeconds: 2 });
    expect(result.status).toBe('optimal');
    expect(verifySolution(model, result.values, 1e-6, result.objective)).toEqual([]);
  });

  it('names the rows, bounds and integrality a tampered solution violates', async () => {
    const result = await highsEngine().solve(model, { timeLimitSeconds: 2 });
    const tampered = { ...result.values, a: 1, b: 1, c: 2.5 };
    const violated = verifySolution(model, tampered);
    expect(violated).toEqual(
      expect.arrayContaining(['budget', 'pick one of a, b', 'bound:c', 'integrality:c']),
    );
  });

  it('flags an objective that does not match the values', () => {
    expect(verifySolution(model, { a: 1, b: 0, c: 1 }, 1e-6, 4)).toEqual([]);
    expect(verifySolution(model, { a: 1, b: 0, c: 1 }, 1e-6, 5)).toEqual(['objective']);
  });

  it('treats missing variables as zero', () => {
    expect(verifySolution(model, { b: 1 })).toEqual([]);
    expect(verifySolution(model, {})).toEqual(['pick one of a, b']);
  });
});
