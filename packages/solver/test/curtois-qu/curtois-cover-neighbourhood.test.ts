import { describe, expect, it } from 'vitest';
import { emptyGrid, indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { coverNeighbourhood } from '../../src/curtois-qu/curtois-search.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { mulberry32 } from '../../src/rng.js';

/**
 * Three weeks, one shift type. B and C may work one shift each and both work day 9, which needs
 * one; day 12 (a Saturday) needs one and nobody works it; A may work `maxA` shifts and works day 2.
 */
const setting = (maxA: number) => {
  const ix = indexCurtois(
    readCurtoisInstance(
      [
        'SECTION_HORIZON',
        '21',
        'SECTION_SHIFTS',
        'D,480,',
        'SECTION_STAFF',
        `A,D=${maxA},4800,0,5,1,1,3`,
        'B,D=1,4800,0,5,1,1,3',
        'C,D=1,4800,0,5,1,1,3',
        'SECTION_COVER',
        '2,D,1,100,1',
        '9,D,1,100,1',
        '12,D,1,100,1',
      ].join('\n'),
    ),
  );
  const roster = emptyGrid(ix);
  roster[0]![2] = 0;
  roster[1]![9] = 0;
  roster[2]![9] = 0;
  return { ix, roster };
};

describe('coverNeighbourhood', () => {
  it('frees the week around an under-covered cell, with who could fill it and who works a surplus there', () => {
    const { ix, roster } = setting(21);
    for (const seed of [1, 2, 3]) {
      const scope = coverNeighbourhood(ix, roster, mulberry32(seed), 3)!;
      // Day 12 lies in the week of days 7–13, and a day either side is freed too.
      expect([scope.from, scope.to]).toEqual([6, 15]);
      // A may still work a shift; B and C work day 9, one more than it needs.
      expect(scope.employees).toEqual([0, 1, 2]);
    }
  });

  it('finds nothing when nobody who is free may work one more shift of the missing type', () => {
    const { ix, roster } = setting(1);
    expect(coverNeighbourhood(ix, roster, mulberry32(1), 3)).toBeUndefined();
  });
});
