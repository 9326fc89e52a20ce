import { describe, expect, it } from 'vitest';
import { checkOf } from '../check-of.js';
import { type Cell, dates, makePlan } from '../make-plan.js';

const rules = { nightAveragingWeeks: 1, maxNightHoursPer24h: 5 };

describe('night work (nattarbeid)', () => {
  it('limits the average hours per 24 h of an employee with night hours', () => {
    const sevenNights: Cell[] = dates('2027-01-04', 7).map((d) => ['E1', d, 'N']);
    const r = checkOf(makePlan(sevenNights, { rules }), 'night-work');
    // 7 × 9.5 h less the 7.75 h of the last night that fall in the next week: 58.75 h / 7 days.
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.message).toBe(
      'night worker averages 8.39 h per 24 h over 2027-01-04 – 2027-01-10; at most 5 h',
    );
    const threeNights: Cell[] = ['2027-01-04', '2027-01-06', '2027-01-08'].map((d) => ['E1', d, 'N']);
    expect(checkOf(makePlan(threeNights, { rules }), 'night-work').passed).toBe(true);
  });

  it('does not apply to an employee without night hours', () => {
    const days: Cell[] = dates('2027-01-04', 7).map((d) => ['E1', d, 'D']);
    expect(checkOf(makePlan(days, { rules }), 'night-work').passed).toBe(true);
  });
});
