import { describe, expect, it } from 'vitest';
import { fullTimeWeek } from '../src/index.js';
import { employee, makePlan } from './make-plan.js';

describe('full-time week earned (HTA kap. 1 § 4.2.4)', () => {
  const plan = makePlan(
    [
      ...['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-10'].map(
        (d) => ['SUN', d, 'D'] as const,
      ),
      ...['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'].map(
        (d) => ['DAY', d, 'D'] as const,
      ),
      ...['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07'].map((d) => ['NIGHT', d, 'N'] as const),
    ],
    { employees: [employee('SUN'), employee('DAY'), employee('NIGHT')] },
  );
  const report = fullTimeWeek(plan);

  it('gives 37.5 h for day work', () => {
    expect(report.employees[1]).toMatchObject({ employee: 'DAY', calculatedWeek: 37.5, fullTimeWeek: 37.5 });
  });

  it('weights Sunday hours by 70/60 and caps at 35.5 h with every third Sunday', () => {
    // 38.75 h with 7.75 Sunday hours: 37.5 × 38.75 / (38.75 + 7.75 / 6) = 36.29.
    expect(report.employees[0]).toMatchObject({
      sundayHolidayHours: 7.75,
      calculatedWeek: 36.29,
      everyThirdSunday: true,
      fullTimeWeek: 35.5,
    });
  });

  it('weights night hours 20–06 by 75/60 and floors at 33.6 h', () => {
    // 4 nights of 9.5 h with 7.75 h each 20:00–06:00: 37.5 × 38 / (38 + 31 / 4) = 31.15 → 33.6.
    expect(report.employees[2]).toMatchObject({ nightHours: 31, calculatedWeek: 31.15, fullTimeWeek: 33.6 });
  });

  it('reports the unit from the summed hours', () => {
    const work = 38.75 + 38.75 + 38;
    const weighted = work + 7.75 / 6 + 31 / 4;
    expect(report.unit.calculatedWeek).toBeCloseTo((37.5 * work) / weighted, 2);
    expect(report.planFullTimeHoursPerWeek).toBe(35.5);
  });
});
