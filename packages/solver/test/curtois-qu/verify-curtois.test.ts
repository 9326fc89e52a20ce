import { describe, expect, it } from 'vitest';
import { readCurtoisSolution, writeCurtoisSolution } from '../../src/curtois-qu/curtois-solution.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { verifyCurtoisSolution } from '../../src/curtois-qu/verify-curtois.js';
import { TINY_INSTANCE } from './tiny-instance.js';

const instance = readCurtoisInstance(TINY_INSTANCE);

describe('verifyCurtoisSolution', () => {
  it('finds every hard violation of a bad roster and computes its objective', () => {
    // A: L E L E . E E (day 6 is A's day off); B: . L . . . E . with E written twice on day 5.
    const solution = readCurtoisSolution(
      ['A,0,L', 'A,1,E', 'A,2,L', 'A,3,E', 'A,5,E', 'A,6,E', 'B,1,L', 'B,5,E', 'B,5,E'].join('\n'),
      instance,
    );
    const { feasible, violations, objective } = verifyCurtoisSolution(instance, solution);
    expect(feasible).toBe(false);
    const found = violations.map((v) => `${v.employee} ${v.constraint} ${v.days.join(' ')}`).sort();
    expect(found).toEqual(
      [
        'A forbidden-succession 0 1',
        'A forbidden-succession 2 3',
        'A max-shifts-per-type ',
        'A max-total-minutes ',
        'A max-consecutive-shifts 0 1 2 3',
        'A day-off 6',
        'A min-consecutive-days-off 4',
        'B one-shift-per-day 5',
        'B max-weekends 5',
      ].sort(),
    );
    // On request A,0,E lost (2), off request B,1,L violated (3), day 0 E under by 1 (100), day 2 E under by 2 (100).
    expect(objective).toEqual({ total: 205, onRequests: 2, offRequests: 3, underCover: 200, overCover: 0 });
  });

  it('accepts a legal roster; runs cut by the horizon are not penalised by the min rules', () => {
    // A works days 0-2 (the run touches day 0) and is off 3-6; B (no weekends, runs of 1 allowed)
    // works days 1 and 3 with one day off between (min 1).
    const solution = readCurtoisSolution('A,0,E\nA,1,E\nA,2,E\nB,1,L\nB,3,E\n', instance);
    const result = verifyCurtoisSolution(instance, solution);
    expect(result.violations).toEqual([]);
    // Cover: day 0 E 1/1, day 1 L 1/1, day 2 E 1/2 → 50; off request B,1,L → 3.
    expect(result.objective.total).toBe(53);
  });

  it('penalises a short run of shifts that does not touch the horizon edge', () => {
    const solution = readCurtoisSolution('A,1,E\nA,3,E\nA,4,E\n', instance);
    const violations = verifyCurtoisSolution(instance, solution).violations.filter((v) => v.employee === 'A');
    expect(violations.map((v) => `${v.constraint} ${v.days.join(' ')}`)).toEqual([
      'min-consecutive-shifts 1',
      'min-consecutive-days-off 2',
    ]);
  });
});

describe('Curtois–Qu solution format', () => {
  it('writes EmployeeID,Day,ShiftID lines in staff and day order and reads them back', () => {
    const assignments = [
      { employee: 'B', day: 3, shift: 'E' },
      { employee: 'A', day: 2, shift: 'E' },
      { employee: 'A', day: 0, shift: 'E' },
    ];
    const text = writeCurtoisSolution(assignments, instance);
    expect(text).toBe('A,0,E\nA,2,E\nB,3,E\n');
    expect(readCurtoisSolution(text.replaceAll('\n', '\r\n'), instance)).toEqual([
      { employee: 'A', day: 0, shift: 'E' },
      { employee: 'A', day: 2, shift: 'E' },
      { employee: 'B', day: 3, shift: 'E' },
    ]);
  });

  it('rejects malformed lines with their line numbers', () => {
    expect(() => readCurtoisSolution('A,0,E\nA;1;E\n', instance)).toThrow(/line 2/);
    expect(() => readCurtoisSolution('A,9,E\n', instance)).toThrow(/outside the horizon/);
    expect(() => readCurtoisSolution('Q,1,E\n', instance)).toThrow(/unknown employee Q/);
  });
});
