import { describe, expect, it } from 'vitest';
import { planCoverage } from '../src/index.js';
import { employee, makePlan } from './make-plan.js';

const employees = [employee('H1'), employee('S1', { competence: 'sykepleier' }), employee('H2')];

describe('coverage (dekning)', () => {
  it('counts non-flexi staff per date and shift, with competence minimums and substitute hours', () => {
    const plan = makePlan(
      [
        ['H1', '2027-01-04', 'D'],
        ['H2', '2027-01-04', 'D', true],
        ['S1', '2027-01-04', 'A'],
        ['H2', '2027-01-05', 'A'],
      ],
      {
        employees,
        demand: [
          { date: '2027-01-04', shift: 'D', required: 2, min: { sykepleier: 1 } },
          { date: '2027-01-04', shift: 'A', required: 0 },
        ],
        flexi: [{ date: '2027-01-04', shift: 'D', required: 2 }],
      },
    );
    const c = planCoverage(plan);
    expect(c.entries).toEqual([
      {
        date: '2027-01-04',
        shift: 'D',
        required: 2,
        planned: 1,
        shortfall: 1,
        surplus: 0,
        competenceShortfall: { sykepleier: 1 },
        shortfallHours: 7.75,
      },
      {
        date: '2027-01-04',
        shift: 'A',
        required: 0,
        planned: 1,
        shortfall: 0,
        surplus: 1,
        competenceShortfall: {},
        shortfallHours: 0,
      },
    ]);
    expect(c).toMatchObject({
      totalRequired: 2,
      totalPlanned: 2,
      shortfallShifts: 1,
      shortfallHours: 7.75,
      surplusShifts: 1,
      competenceShortfall: 1,
      flexiAsked: 2,
      flexiPlaced: 1,
      share: 0.5,
      complete: false,
    });
    expect(c.flexi).toEqual([{ date: '2027-01-04', shift: 'D', asked: 2, placed: 1 }]);
  });

  it('counts a døgnrytme interval as the fewest on duty at any moment, covered piecewise', () => {
    const plan = makePlan(
      [
        ['H1', '2027-01-04', 'D'],
        ['S1', '2027-01-04', 'A'],
        ['H2', '2027-01-04', 'L'],
      ],
      {
        employees,
        demand: [
          // 07:00–07:30 nobody, 07:30–08:00 one: fewest 0; missing staff-hours 2 × 0.5 + 1 × 0.5.
          { date: '2027-01-04', from: '07:00', to: '08:00', required: 2 },
          // D then A hand over at 14:45–15:15; L covers 08:00–20:30: at least 2 until 20:30.
          { date: '2027-01-04', from: '08:00', to: '20:30', required: 2, min: { sykepleier: 1 } },
          { date: '2027-01-04', from: '20:30', to: '24:00', required: 1 },
        ],
      },
    );
    const [early, day, evening] = planCoverage(plan).entries;
    expect(early).toMatchObject({ planned: 0, shortfall: 2, shortfallHours: 1.5 });
    expect(day).toMatchObject({ planned: 2, shortfall: 0, competenceShortfall: { sykepleier: 1 } });
    // A ends 22:30: 22:30–24:00 has nobody.
    expect(evening).toMatchObject({ planned: 0, shortfall: 1, shortfallHours: 1.5 });
  });

  it('lets the last night of a rotating plan cover the first morning', () => {
    const demand = [{ date: '2027-01-04', from: '00:00', to: '06:00', required: 1 }];
    const cells = [['H1', '2027-01-10', 'N']] as const;
    expect(planCoverage(makePlan(cells, { employees, demand })).entries[0]!.planned).toBe(0);
    expect(planCoverage(makePlan(cells, { employees, demand, kind: 'rotating' })).entries[0]!.planned).toBe(
      1,
    );
  });

  it('is complete when nothing is missing', () => {
    const plan = makePlan([['S1', '2027-01-04', 'D']], {
      employees,
      demand: [{ date: '2027-01-04', shift: 'D', required: 1, min: { sykepleier: 1 } }],
    });
    expect(planCoverage(plan)).toMatchObject({ complete: true, share: 1, shortfallShifts: 0 });
  });
});
