import { describe, expect, it } from 'vitest';
import { localInstant, osloOffsetMinutes, parseTimeOfDay, shiftSpanMinutes } from '../../src/index.js';

const t = parseTimeOfDay;
/** Real elapsed hours of a shift starting on `date`, as the law checks measure it. */
const elapsedHours = (date: string, start: string, end: string, nextDay: string) =>
  (localInstant(nextDay === date ? date : nextDay, t(end)) - localInstant(date, t(start))) / 60;

describe('Norwegian local time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(osloOffsetMinutes('2027-01-15', t('12:00'))).toBe(60);
    expect(osloOffsetMinutes('2027-07-15', t('12:00'))).toBe(120);
  });

  it('switches to summer time at 02:00 on the last Sunday of March 2027 (28 March)', () => {
    expect(osloOffsetMinutes('2027-03-28', t('01:59'))).toBe(60);
    expect(osloOffsetMinutes('2027-03-28', t('03:00'))).toBe(120);
    expect(osloOffsetMinutes('2027-03-21', t('03:00'))).toBe(60);
  });

  it('switches back at 03:00 on the last Sunday of October 2027 (31 October)', () => {
    expect(osloOffsetMinutes('2027-10-31', t('01:30'))).toBe(120);
    expect(osloOffsetMinutes('2027-10-31', t('03:00'))).toBe(60);
  });

  it('makes the night shift 22:15–07:45 one hour shorter on the spring night and one hour longer in autumn', () => {
    expect(shiftSpanMinutes({ start: '22:15', end: '07:45' })).toBe(570);
    expect(elapsedHours('2027-03-27', '22:15', '07:45', '2027-03-28')).toBe(8.5);
    expect(elapsedHours('2027-10-30', '22:15', '07:45', '2027-10-31')).toBe(10.5);
    expect(elapsedHours('2027-01-09', '22:15', '07:45', '2027-01-10')).toBe(9.5);
  });

  it('measures shifts crossing midnight by the clock on ordinary nights', () => {
    expect(localInstant('2027-06-01', t('23:00') + 1440) - localInstant('2027-06-02', t('23:00'))).toBe(0);
    expect(shiftSpanMinutes({ start: '14:45', end: '22:30' })).toBe(465);
    expect(shiftSpanMinutes({ start: '20:00', end: '08:00' })).toBe(720);
  });
});
