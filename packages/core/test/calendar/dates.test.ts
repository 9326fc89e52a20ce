import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRange,
  dayName,
  dayNumber,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  isoDayIndex,
  isoWeek,
} from '../../src/index.js';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('27-01-01')).toBe(false);
  });

  it('names the days of the first week of 2027 starting on Monday 4 January', () => {
    expect(dateRange('2027-01-04', 7).map(dayName)).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
    expect(isWeekend('2027-01-09')).toBe(true);
    expect(isWeekend('2027-01-08')).toBe(false);
  });

  it('numbers ISO weeks, including week 53 of 2026 on 1 January 2027', () => {
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2027-12-31')).toEqual({ year: 2027, week: 52 });
  });

  it('adds days across month, leap-year and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('round-trips day numbers and keeps the weekday cycle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 100_000 }),
        fc.integer({ min: -400, max: 400 }),
        (day, delta) => {
          const date = fromDayNumber(day);
          expect(dayNumber(date)).toBe(day);
          expect(isoDayIndex(addDays(date, delta))).toBe((((isoDayIndex(date) + delta) % 7) + 7) % 7);
        },
      ),
      { seed: 4, numRuns: 500 },
    );
  });
});
