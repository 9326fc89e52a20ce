import { describe, expect, it } from 'vitest';
import {
  buildPlan,
  expandAbsences,
  expandDemand,
  expandFlexi,
  expandWishes,
  parseScenarioText,
  planDates,
  planWeeks,
  scenarioHolidays,
} from '../src/index.js';
import { SMALL_SCENARIO, readScenario } from './fixtures.js';

describe('expanding a scenario onto the calendar', () => {
  it('lets a single day replace the weekday demand (Tuesday) and reads weekend keys', () => {
    const s = parseScenarioText(SMALL_SCENARIO);
    const demand = expandDemand(s);
    const on = (date: string) =>
      demand.filter((d) => d.date === date).map((d) => ('shift' in d ? `${d.shift}${d.required}` : ''));
    expect(on('2027-01-04')).toEqual(['D2', 'A2']);
    expect(on('2027-01-05')).toEqual(['D3', 'A2']);
    expect(on('2027-01-09')).toEqual(['D2', 'A1']);
    expect(on('2027-01-10')).toEqual(['D1', 'A1']);
    expect(demand).toHaveLength(6 * 7 * 2);
  });

  it('rolls a 12-week base 3 times over 36 calendar weeks', () => {
    const s = parseScenarioText(readScenario('hjemmetjeneste-fleksi-36u.yaml'));
    expect(planWeeks(s)).toBe(36);
    expect(planDates(s)).toHaveLength(252);
    const flexi = expandFlexi(s);
    expect(flexi.filter((f) => f.date === '2027-01-04')).toEqual([
      { date: '2027-01-04', shift: 'D', required: 1 },
      { date: '2027-01-04', shift: 'A', required: 1 },
    ]);
    expect(flexi.filter((f) => f.date === '2027-01-09')).toEqual([
      { date: '2027-01-09', shift: 'D', required: 1 },
    ]);
  });

  it('gives an annual plan the Norwegian holidays, with Sunday demand on them', () => {
    const s = parseScenarioText(readScenario('arsturnus-52u.yaml'));
    const holidays = scenarioHolidays(s);
    expect(holidays.has('2027-05-17')).toBe(true);
    expect(holidays.has('2027-12-25')).toBe(true);
    expect(holidays.has('2028-01-01')).toBe(true);
    expect(holidays.has('2027-01-01')).toBe(false); // before the plan starts
    // 17 May is also Whit Monday in 2027: twelve holidays on eleven dates.
    expect(holidays.size).toBe(11);
    const may17 = expandDemand(s).filter((d) => d.date === '2027-05-17');
    expect(may17.map((d) => ('shift' in d ? [d.shift, d.required] : []))).toEqual([
      ['D', 5],
      ['A', 5],
      ['N', 2],
    ]);
  });

  it('gives a rotating base rota no holidays unless listed', () => {
    expect(scenarioHolidays(parseScenarioText(SMALL_SCENARIO)).size).toBe(0);
  });

  it('expands døgnrytme intervals per date', () => {
    const s = parseScenarioText(readScenario('dognrytme.yaml'));
    const monday = expandDemand(s).filter((d) => d.date === '2027-01-04');
    expect(monday).toEqual([
      { date: '2027-01-04', from: '07:30', to: '10:00', required: 4 },
      { date: '2027-01-04', from: '10:00', to: '15:00', required: 5 },
      { date: '2027-01-04', from: '15:00', to: '18:00', required: 4 },
      { date: '2027-01-04', from: '18:00', to: '22:30', required: 3 },
    ]);
  });

  it('expands vacation, unavailable days and weekday wishes to dates', () => {
    const s = parseScenarioText(readScenario('arsturnus-52u.yaml'));
    const absences = expandAbsences(s);
    expect(absences.filter((a) => a.employee === 'P01' && a.kind === 'vacation')).toHaveLength(21);
    expect(absences.filter((a) => a.employee === 'P07' && a.kind === 'unavailable')).toHaveLength(5);
    const wednesdays = expandWishes(s).filter((w) => w.employee === 'P08');
    expect(wednesdays).toHaveLength(52);
    expect(wednesdays[0]).toEqual({ employee: 'P08', date: '2027-01-06', shift: 'off', weight: 2 });
  });

  it('builds a self-contained plan with paid hours per shift type', () => {
    const s = parseScenarioText(readScenario('langvakt-mellomvakt.yaml'));
    const plan = buildPlan(s, s.staff!, [{ employee: 'L1', date: '2027-01-09', shift: 'L', flexi: false }]);
    expect(plan).toMatchObject({
      format: 'turnus-plan/1',
      startDate: '2027-01-04',
      weeks: 12,
      kind: 'rotating',
      cycleWeeks: 12,
    });
    expect(Object.fromEntries(plan.shiftTypes.map((t) => [t.code, t.paidHours]))).toEqual({
      D: 7.75,
      M: 7.5,
      A: 7.75,
      L: 12.5,
      N: 9.5,
    });
    expect(plan.employees).toHaveLength(17);
  });
});
