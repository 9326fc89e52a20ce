import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayName, easterSunday, holidaysBetween, norwegianHolidays } from '../../src/index.js';

// Easter Sundays from published tables (Gregorian computus).
const EASTER: Record<number, string> = {
  1818: '1818-03-22', // earliest possible
  1943: '1943-04-25', // latest possible
  2000: '2000-04-23',
  2008: '2008-03-23',
  2011: '2011-04-24',
  2019: '2019-04-21',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2038: '2038-04-25',
  2285: '2285-03-22',
};

describe('easterSunday', () => {
  it.each(Object.entries(EASTER))('gives the published date for %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const date = easterSunday(year);
        expect(dayName(date)).toBe('sunday');
        expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
      }),
      { seed: 20271, numRuns: 500 },
    );
  });
});

describe('norwegianHolidays', () => {
  it('lists the twelve Norwegian public holidays of 2027 with their dates', () => {
    expect(norwegianHolidays(2027).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-01-01 1. nyttårsdag',
      '2027-03-25 Skjærtorsdag',
      '2027-03-26 Langfredag',
      '2027-03-28 1. påskedag',
      '2027-03-29 2. påskedag',
      '2027-05-01 Offentlig høytidsdag (1. mai)',
      '2027-05-06 Kristi himmelfartsdag',
      '2027-05-16 1. pinsedag',
      '2027-05-17 Grunnlovsdag (17. mai)',
      '2027-05-17 2. pinsedag',
      '2027-12-25 1. juledag',
      '2027-12-26 2. juledag',
    ]);
  });

  it('places the movable feasts relative to Easter in 2026 (Ascension 14 May, Whit Monday 25 May)', () => {
    const byName = new Map(norwegianHolidays(2026).map((h) => [h.name, h.date]));
    expect(byName.get('Skjærtorsdag')).toBe('2026-04-02');
    expect(byName.get('Kristi himmelfartsdag')).toBe('2026-05-14');
    expect(byName.get('2. pinsedag')).toBe('2026-05-25');
  });

  it('gives twelve holidays every year, ascension always on a Thursday and Whit Monday on a Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const list = norwegianHolidays(year);
        expect(list).toHaveLength(12);
        const byName = new Map(list.map((h) => [h.name, h.date]));
        expect(dayName(byName.get('Kristi himmelfartsdag')!)).toBe('thursday');
        expect(dayName(byName.get('2. pinsedag')!)).toBe('monday');
        expect(dayName(byName.get('Langfredag')!)).toBe('friday');
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('collects holidays across a year boundary', () => {
    expect(holidaysBetween('2027-12-20', '2028-01-05').map((h) => h.date)).toEqual([
      '2027-12-25',
      '2027-12-26',
      '2028-01-01',
    ]);
  });
});
