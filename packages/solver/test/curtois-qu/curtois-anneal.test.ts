import { describe, expect, it } from 'vitest';
import { anneal } from '../../src/curtois-qu/curtois-anneal.js';
import { emptyGrid, gridAssignments, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { mulberry32 } from '../../src/rng.js';
import { benchmarkInstance } from './benchmark-instance.js';

const instance = benchmarkInstance(4);
const ix = indexCurtois(instance);
const run = (seed: number, start = emptyGrid(ix), strict = false, maxMoves = 400_000) =>
  anneal(ix, start, {
    deadline: Number.POSITIVE_INFINITY,
    maxMoves,
    random: mulberry32(seed),
    strict,
  });

describe('anneal', () => {
  it('finds a roster of Instance4 from an empty one that the verifier accepts, at the objective it reports', () => {
    // From an empty roster, 400 000 moves leave 1 of 12 seeds a row short of feasible; 800 000 none.
    const result = run(1, emptyGrid(ix), false, 800_000);
    expect(result.grid).toBeDefined();
    const check = verifyCurtoisSolution(instance, gridAssignments(ix, result.grid!));
    expect(check.violations).toEqual([]);
    expect(check.objective.total).toBe(result.objective);
    // The empty roster leaves all cover unmet; the annealed one is within 15 % of the optimum 1716.
    expect(result.objective).toBeLessThan(1716 * 1.15);
  });

  it('gives the same roster for the same seed and move budget', () => {
    expect(run(5).objective).toBe(run(5).objective);
    expect(gridAssignments(ix, run(5).grid!)).toEqual(gridAssignments(ix, run(5).grid!));
  });

  it('never leaves the feasible region in strict mode', () => {
    const feasible = run(2).grid!;
    const result = run(3, feasible, true);
    expect(result.broken).toEqual([]);
    expect(verifyCurtoisSolution(instance, gridAssignments(ix, result.final)).feasible).toBe(true);
    expect(result.objective).toBeLessThanOrEqual(run(2).objective);
  });
});
