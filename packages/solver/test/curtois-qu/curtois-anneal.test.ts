import { describe, expect, it } from 'vitest';
import { type AnnealOptions, anneal } from '../../src/curtois-qu/curtois-anneal.js';
import {
  type Grid,
  type IndexedCurtois,
  emptyGrid,
  gridAssignments,
  indexCurtois,
} from '../../src/curtois-qu/curtois-index.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
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

/** The feasible phase's setting (strict, heat 0.1) on a small instance, for a move budget. */
const feasiblePhase = (
  tix: IndexedCurtois,
  start: Grid,
  seed: number,
  maxMoves: number,
  moves: Pick<AnnealOptions, 'weekendExchange' | 'requestSwap' | 'balanceMinutes'>,
) =>
  anneal(tix, start, {
    deadline: Number.POSITIVE_INFINITY,
    maxMoves,
    random: mulberry32(seed),
    strict: true,
    heat: 0.1,
    ...moves,
  });

/**
 * A 14-day instance where A and B must each work exactly one shift (480 minutes) and 58 more
 * employees may not work at all, so block swaps between two employees drawn at random seldom pair
 * A and B. `types` is every employee's MaxShifts field.
 */
const pairAmongIdle = (shifts: string[], types: string, requests: string[], cover: string[]) =>
  readCurtoisInstance(
    [
      'SECTION_HORIZON',
      '14',
      'SECTION_SHIFTS',
      ...shifts,
      'SECTION_STAFF',
      `A,${types},480,480,5,1,1,1`,
      `B,${types},480,480,5,1,1,1`,
      ...Array.from({ length: 58 }, (_, i) => `I${i},${types},0,0,5,1,1,0`),
      'SECTION_SHIFT_ON_REQUESTS',
      ...requests,
      'SECTION_COVER',
      ...cover,
    ].join('\n'),
  );

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

  it('exchanges two weekends between two employees, which no move of one weekend can', () => {
    // A and B work exactly two shifts and at most one weekend each. A works the first weekend and
    // asks for the second, B the other way round. Moving one weekend's shifts gives somebody a
    // second weekend (a hard rule) or leaves a weekend day uncovered (100, which the feasible
    // phase's temperature all but never accepts): only both weekends exchanged at once reach 0.
    const twoWeekends = readCurtoisInstance(
      [
        'SECTION_HORIZON',
        '14',
        'SECTION_SHIFTS',
        'D,480,',
        'SECTION_STAFF',
        'A,D=14,960,960,5,1,1,1',
        'B,D=14,960,960,5,1,1,1',
        'SECTION_SHIFT_ON_REQUESTS',
        'A,12,D,3',
        'A,13,D,3',
        'B,5,D,3',
        'B,6,D,3',
        'SECTION_COVER',
        ...[5, 6, 12, 13].map((day) => `${day},D,1,100,1`),
      ].join('\n'),
    );
    const tix = indexCurtois(twoWeekends);
    const start = emptyGrid(tix);
    for (const day of [5, 6]) start[0]![day] = 0;
    for (const day of [12, 13]) start[1]![day] = 0;
    const exchange = (seed: number, weekendExchange: number) =>
      feasiblePhase(tix, start, seed, 20_000, { weekendExchange });
    for (const seed of [1, 2, 3]) {
      // Without the exchange the roster stays where it started: four requests unmet.
      expect(exchange(seed, 0).objective).toBe(12);
      const result = exchange(seed, 0.25);
      expect(result.objective).toBe(0);
      expect(
        gridAssignments(tix, result.grid!)
          .map((a) => `${a.employee}${a.day}`)
          .sort(),
      ).toEqual(['A12', 'A13', 'B5', 'B6']);
    }
  });

  it('grants two requests by swapping one day between the two employees who work it', () => {
    // A and B work exactly one shift each, on day 3: A the day shift, B the night. Each asks for
    // the other's. Any change of one of them breaks the cover (100) or a minute limit, and 58 more
    // employees may not work at all, so a block swap between two employees picked at random
    // seldom hits the pair in 500 moves (with 28 more it did on one seed of six); a swap aimed at
    // an unmet request finds it at once.
    const oneDay = pairAmongIdle(
      ['D,480,', 'N,480,'],
      'D=14|N=14',
      ['A,3,N,3', 'B,3,D,3'],
      ['3,D,1,100,1', '3,N,1,100,1'],
    );
    const tix = indexCurtois(oneDay);
    const start = emptyGrid(tix);
    start[0]![3] = 0;
    start[1]![3] = 1;
    const swap = (seed: number, requestSwap: number) => feasiblePhase(tix, start, seed, 500, { requestSwap });
    for (const seed of [1, 2, 3]) {
      expect(swap(seed, 0).objective).toBe(6);
      const result = swap(seed, 0.2);
      expect(result.objective).toBe(0);
      expect(gridAssignments(tix, result.grid!).map((a) => `${a.employee}${a.day}${a.shift}`)).toEqual([
        'A3N',
        'B3D',
      ]);
    }
  });

  it('balances a request swap that moves minutes with a second day swapped back', () => {
    // A works day 3 and asks for day 10, which B works; each must work exactly one shift. Swapping
    // day 10 alone gives A two shifts and B none (hard), so the plain request swap never lands;
    // swapping day 3 back as well grants the request with the cover unchanged. A day swap of A's
    // alone leaves day 3 uncovered (100) until B moves too, which the feasible phase's temperature
    // all but never accepts.
    const twoDays = pairAmongIdle(['D,480,'], 'D=14', ['A,10,D,3'], ['3,D,1,100,1', '10,D,1,100,1']);
    const tix = indexCurtois(twoDays);
    const start = emptyGrid(tix);
    start[0]![3] = 0;
    start[1]![10] = 0;
    const grant = (seed: number, balanceMinutes: boolean) =>
      feasiblePhase(tix, start, seed, 500, { requestSwap: 0.2, balanceMinutes });
    for (const seed of [1, 2, 3]) {
      expect(grant(seed, false).objective).toBe(3);
      const result = grant(seed, true);
      expect(result.objective).toBe(0);
      expect(gridAssignments(tix, result.grid!).map((a) => `${a.employee}${a.day}`)).toEqual(['A10', 'B3']);
    }
  });

  it('never leaves the feasible region in strict mode', () => {
    const feasible = run(2).grid!;
    const result = run(3, feasible, true);
    expect(result.broken).toEqual([]);
    expect(verifyCurtoisSolution(instance, gridAssignments(ix, result.final)).feasible).toBe(true);
    expect(result.objective).toBeLessThanOrEqual(run(2).objective);
  });
});
