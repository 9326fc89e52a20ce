import { describe, expect, it } from 'vitest';
import type { HelperReply } from '../../src/curtois-qu/curtois-helper.js';
import {
  type Grid,
  emptyGrid,
  gridAssignments,
  gridObjective,
  indexCurtois,
} from '../../src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../../src/curtois-qu/curtois-instance.js';
import { type HelperRound, searchInRounds } from '../../src/curtois-qu/curtois-search-rounds.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { highsEngine } from '../../src/engine/highs-engine.js';
import { mulberry32 } from '../../src/rng.js';
import { exactOptimum, toGrid } from './random-instance.js';

/** Four weeks, eight employees, an early and a late shift, two of each wanted every day. */
const instance: CurtoisInstance = {
  horizon: 28,
  shifts: [
    { id: 'E', minutes: 480, forbiddenNext: [] },
    { id: 'L', minutes: 480, forbiddenNext: ['E'] },
  ],
  staff: Array.from({ length: 8 }, (_, e) => ({
    id: `P${e}`,
    maxShifts: { E: 28, L: 28 },
    maxTotalMinutes: 480 * 16,
    minTotalMinutes: 0,
    maxConsecutiveShifts: 5,
    minConsecutiveShifts: 2,
    minConsecutiveDaysOff: 2,
    maxWeekends: 2,
  })),
  daysOff: {},
  onRequests: [{ employee: 'P0', day: 3, shift: 'L', weight: 2 }],
  offRequests: [{ employee: 'P1', day: 10, shift: 'E', weight: 3 }],
  cover: Array.from({ length: 28 }, (_, day) => [
    { day, shift: 'E', requirement: 2, underWeight: 100, overWeight: 1 },
    { day, shift: 'L', requirement: 2, underWeight: 100, overWeight: 1 },
  ]).flat(),
};
const ix = indexCurtois(instance);
const empty = emptyGrid(ix);

/** This thread's search: one step per round from the empty roster (legal: nobody has a minimum). */
const run = (helper: (round: HelperRound) => Promise<HelperReply | undefined>, improved: number[] = []) =>
  searchInRounds(ix, empty, gridObjective(ix, empty), {
    engine: highsEngine(),
    random: mulberry32(3),
    seed: 3,
    until: performance.now() + 30_000,
    budgetMs: 60_000,
    maxIterations: 2,
    rounds: 2,
    helper,
    waitUntil: performance.now() + 60_000,
    onHelperImprove: (value) => improved.push(value),
  });

describe('the neighbourhood search in rounds with the helper', () => {
  it('starts both threads of the next round from the helper roster when it is the better one', async () => {
    const optimum = await exactOptimum(instance);
    expect(optimum).toBeDefined();
    const best: Grid = toGrid(instance, optimum!.assignments);
    const rounds: HelperRound[] = [];
    const improved: number[] = [];
    const result = await run(async (round) => {
      rounds.push(round);
      return { grid: best.map((row) => row.slice()), objective: optimum!.objective };
    }, improved);
    expect(rounds).toHaveLength(2);
    expect(rounds[0]!.start).toEqual(empty);
    expect(rounds.map((r) => r.maxIterations)).toEqual([1, 1]);
    // One step from the empty roster does not reach the optimum, so the helper's roster won.
    expect(improved).toEqual([optimum!.objective]);
    expect(rounds[1]!.start).toEqual(best);
    expect(rounds[1]!.objective).toBe(optimum!.objective);
    expect(result.objective).toBe(optimum!.objective);
    expect(result.iterations).toBe(2);
    const check = verifyCurtoisSolution(instance, gridAssignments(ix, result.roster));
    expect(check.violations).toEqual([]);
    expect(check.objective.total).toBe(optimum!.objective);
  });

  it('scores the helper roster itself: a worse roster that claims a better objective is not taken', async () => {
    const improved: number[] = [];
    const lying = await run(async () => ({ grid: empty.map((row) => row.slice()), objective: -1 }), improved);
    const silent = await run(async () => ({ grid: null, objective: Number.NaN }));
    expect(improved).toEqual([]);
    expect(lying.objective).toBeLessThan(gridObjective(ix, empty));
    expect(lying.objective).toBe(silent.objective);
    expect(lying.roster).toEqual(silent.roster);
  });

  it('goes on alone once the helper stops answering', async () => {
    let calls = 0;
    const result = await run(async () => {
      calls++;
      return undefined;
    });
    expect(calls).toBe(1);
    expect(result.iterations).toBe(2);
    expect(result.objective).toBeLessThan(gridObjective(ix, empty));
  });
});
