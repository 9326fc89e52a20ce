import { describe, expect, it } from 'vitest';
import { heltidMetrics } from '../src/index.js';
import { employee, makePlan } from './make-plan.js';

describe('heltidskultur metrics', () => {
  it('computes persons, årsverk, heltidsandel, position sizes and helgetimer by hand', () => {
    const plan = makePlan(
      [
        ['E1', '2027-01-09', 'D'],
        ['E1', '2027-01-10', 'D'],
        ['E2', '2027-01-08', 'N'],
        ['E3', '2027-01-10', 'N'],
      ],
      {
        employees: [
          employee('E1'),
          employee('E2'),
          employee('E3', { positionPercent: 80 }),
          employee('E4', { positionPercent: 50 }),
        ],
      },
    );
    const m = heltidMetrics(plan);
    expect(m.persons).toBe(4);
    expect(m.arsverkFromPositions).toBeCloseTo(3.3, 10);
    // Planned 7.75 + 7.75 + 9.5 + 9.5 = 34.5 h of a 35.5 h week.
    expect(m.arsverkFromHours).toBeCloseTo(34.5 / 35.5, 10);
    expect(m.heltidsandel).toBe(0.5);
    expect(m.averagePositionPercent).toBeCloseTo(82.5, 10);
    expect(m.positionSizes).toEqual([
      { percent: 100, count: 2 },
      { percent: 80, count: 1 },
      { percent: 50, count: 1 },
    ]);
    expect(m.distinctPositionSizes).toBe(3);
    // Weekend hours: E1 15.5, E2's Friday night 00:00–07:45 = 7.75, E3's Sunday night 22:15–24:00 = 1.75.
    expect(m.weekendHoursPerPersonYear).toBeCloseTo((25 * 52) / 4, 10);
    expect(m.weekendHoursPerArsverkYear).toBeCloseTo((25 * 52) / 3.3, 10);
    expect(m.weekendShareOfHours).toBeCloseTo(25 / 34.5, 10);
  });

  it('scales helgetimer to a year from the plan length', () => {
    const plan = makePlan(
      [
        ['E1', '2027-01-09', 'D'],
        ['E1', '2027-01-10', 'D'],
      ],
      { weeks: 3 },
    );
    // Every third weekend with 7.75 h shifts: 15.5 h per 3 weeks ≈ 268.7 h a year.
    expect(heltidMetrics(plan).weekendHoursPerPersonYear).toBeCloseTo((15.5 * 52) / 3, 10);
  });

  it('reports zeros for a plan without employees', () => {
    const m = heltidMetrics(makePlan([], { employees: [] }));
    expect(m).toMatchObject({
      persons: 0,
      heltidsandel: 0,
      averagePositionPercent: 0,
      weekendShareOfHours: 0,
    });
  });
});
