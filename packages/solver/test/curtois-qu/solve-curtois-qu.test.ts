import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { solveCurtoisQu } from '../../src/curtois-qu/solve-curtois-qu.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { TINY_INSTANCE } from './tiny-instance.js';

const instance1 = readFileSync(
  new URL('../../../../fixtures/curtois-qu/Instance1.txt', import.meta.url),
  'utf8',
);

describe('solveCurtoisQu', () => {
  it('reports the shipped Instance1 as infeasible and names the contradicting staff line', async () => {
    // Employee C may work at most 3 D shifts (1440 min) but needs at least 3360 min.
    const result = await solveCurtoisQu(readCurtoisInstance(instance1), { timeLimitSeconds: 2 });
    expect(result.status).toBe('infeasible');
    expect(result.explanation?.map((e) => e.employee)).toEqual(['C']);
    expect(result.explanation?.[0]?.message).toMatch(/MinTotalMinutes is 3360/);
  });

  it('solves Instance1 with C,D=14 to the published optimum 607 and proves it', async () => {
    const instance = readCurtoisInstance(instance1.replace('C,D=3,', 'C,D=14,'));
    // The exact MIP alone (the default path adds neighbourhood search; see benchmarks/curtois-qu.ts).
    const result = await solveCurtoisQu(instance, { timeLimitSeconds: 10, seed: 1, monolithic: 'only' });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBe(607);
    expect(result.lowerBound).toBe(607);
    const check = verifyCurtoisSolution(instance, result.assignments);
    expect(check.violations).toEqual([]);
    expect(check.objective.total).toBe(607);
  });

  it('finds the optimum of a tiny instance by neighbourhood search alone, the same for the same seed', async () => {
    const instance = readCurtoisInstance(TINY_INSTANCE);
    const exact = await solveCurtoisQu(instance, { timeLimitSeconds: 3, monolithic: 'only' });
    expect(exact.status).toBe('optimal');
    const runs = await Promise.all(
      [1, 1].map(() =>
        solveCurtoisQu(instance, { timeLimitSeconds: 3, seed: 7, monolithic: 'never', maxIterations: 15 }),
      ),
    );
    for (const run of runs) {
      expect(verifyCurtoisSolution(instance, run.assignments).violations).toEqual([]);
      expect(run.objective).toBeGreaterThanOrEqual(exact.objective);
    }
    expect(runs[0]!.assignments).toEqual(runs[1]!.assignments);
    expect(runs[0]!.objective).toBe(exact.objective);
  });
});
