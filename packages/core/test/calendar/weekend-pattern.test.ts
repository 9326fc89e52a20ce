import { describe, expect, it } from 'vitest';
import { WeekendPatternSchema, expandWeekendPattern, weekendCycle, weekendShare } from '../../src/index.js';

const worked = (flags: boolean[]) => flags.flatMap((f, i) => (f ? [i] : []));

describe('weekend patterns (helgemønstre)', () => {
  it('works every third weekend: 4 weekends in 12 weeks', () => {
    expect(worked(expandWeekendPattern('every-third', 12))).toEqual([0, 3, 6, 9]);
    expect(worked(expandWeekendPattern('every-third', 12, 1))).toEqual([2, 5, 8, 11]);
  });

  it('gives hinkehelg 5 weekends in 12 weeks, never two in a row', () => {
    for (let phase = 0; phase < 12; phase++) {
      const flags = expandWeekendPattern('hinke', 24, phase);
      expect(worked(flags.slice(0, 12))).toHaveLength(5);
      for (let w = 1; w < 24; w++) expect(flags[w] && flags[w - 1]).toBe(false);
    }
  });

  it('gives every other weekend 6 in 12 and long shifts every fourth 3 in 12', () => {
    expect(worked(expandWeekendPattern('every-other', 12))).toHaveLength(6);
    expect(worked(expandWeekendPattern('long-every-fourth', 12))).toEqual([0, 4, 8]);
    expect(weekendCycle('long-every-fourth').longShifts).toBe(true);
  });

  it('expands a custom pattern and reports its share', () => {
    const custom = WeekendPatternSchema.parse({ cycleWeeks: 6, workedWeeks: [4, 1] });
    expect(worked(expandWeekendPattern(custom, 12))).toEqual([1, 4, 7, 10]);
    expect(weekendShare(custom)).toBeCloseTo(1 / 3);
    expect(weekendShare('hinke')).toBeCloseTo(5 / 12);
    expect(weekendShare('none')).toBe(0);
  });

  it('refuses an unknown pattern name', () => {
    expect(WeekendPatternSchema.safeParse('every-fifth-tuesday').success).toBe(false);
  });
});
