import { type IsoDate, addDays } from './dates.js';

/** A Norwegian public holiday (helligdag or lovfestet høytidsdag). */
export interface PublicHoliday {
  readonly date: IsoDate;
  /** Norwegian name, e.g. `2. påskedag`. */
  readonly name: string;
}

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * easterSunday(2027); // '2027-03-28'
 * ```
 * @since 0.1.0
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every Norwegian public holiday of a year, in date order: the helligdager of lov om helligdager
 * og helligdagsfred and the høytidsdager 1 and 17 May. Sundays are not listed (they are Sundays).
 *
 * @example
 * ```ts
 * norwegianHolidays(2027).map((h) => h.date).includes('2027-05-17'); // true
 * ```
 * @since 0.1.0
 */
export function norwegianHolidays(year: number): PublicHoliday[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    { date: `${y}-01-01`, name: '1. nyttårsdag' },
    { date: addDays(easter, -3), name: 'Skjærtorsdag' },
    { date: addDays(easter, -2), name: 'Langfredag' },
    { date: easter, name: '1. påskedag' },
    { date: addDays(easter, 1), name: '2. påskedag' },
    { date: `${y}-05-01`, name: 'Offentlig høytidsdag (1. mai)' },
    { date: `${y}-05-17`, name: 'Grunnlovsdag (17. mai)' },
    { date: addDays(easter, 39), name: 'Kristi himmelfartsdag' },
    { date: addDays(easter, 49), name: '1. pinsedag' },
    { date: addDays(easter, 50), name: '2. pinsedag' },
    { date: `${y}-12-25`, name: '1. juledag' },
    { date: `${y}-12-26`, name: '2. juledag' },
  ];
  return list.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
}

/**
 * The public holidays between two dates (inclusive), over year boundaries.
 *
 * @example
 * ```ts
 * holidaysBetween('2027-12-20', '2028-01-05').length; // 3
 * ```
 * @since 0.1.0
 */
export function holidaysBetween(from: IsoDate, to: IsoDate): PublicHoliday[] {
  const out: PublicHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of norwegianHolidays(year)) if (h.date >= from && h.date <= to) out.push(h);
  }
  return out;
}
