import { addDays, localInstant } from '@turnus/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTimeline } from '../src/timeline.js';
import { makePlan } from './make-plan.js';

describe('timeline instants', () => {
  const plan = makePlan([], { startDate: '2027-01-04', weeks: 52 });
  const t = planTimeline(plan);

  it('agree with core’s localInstant on every day, daylight-saving changes included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -14, max: 52 * 7 + 14 }),
        fc.integer({ min: 0, max: 2879 }),
        (day, minute) => {
          expect(t.instant(day, minute)).toBe(localInstant(addDays('2027-01-04', day), minute));
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('agree around both changes minute by minute', () => {
    for (const date of ['2027-03-27', '2027-03-28', '2027-10-30', '2027-10-31']) {
      const day = (Date.parse(`${date}T00:00:00Z`) - Date.parse('2027-01-04T00:00:00Z')) / 864e5;
      for (let minute = 0; minute < 2880; minute += 15)
        expect(t.instant(day, minute)).toBe(localInstant(date, minute));
    }
  });
});
