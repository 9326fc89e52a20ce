// Generated nursing-home units for the scaling benchmark: explicit staff and day+evening demand
// sized from the staff's own contract hours and weekend patterns, so the staff can cover it.
import { type Scenario, parseScenario, shiftPaidHours, weekendCycle } from '@turnus/core';

/** Full-time week (timer per uke for heltid) of the generated units, as in the shared scenarios. */
const FULL_TIME_HOURS = 35.5;
/** Share of the staff's contract hours the demand asks for; the rest is slack for the rules. */
const DEMAND_SHARE = 0.9;
/** Position sizes (stillingsprosent) handed out in turn: on average 84 %. */
const POSITIONS = [100, 80, 100, 60, 80];

/**
 * First Monday of the generated plans. In 2027 both Christmas Day and New Year's Day 2028 fall on a
 * Saturday and 1 May on a Saturday: Saturday and Sunday are then both Sundays/holidays, which the
 * default Sunday rule (no two in a row) forbids working together, and every phase of every third
 * weekend hits one of them in 52 weeks (the solver calls such a unit infeasible). In 2028 none of
 * these holidays falls on a Saturday.
 */
const START = '2028-01-03';

const SHIFT_TYPES = [
  { code: 'D', name: 'Dagvakt', start: '07:30', end: '15:15', kind: 'day' },
  { code: 'A', name: 'Aftenvakt', start: '14:45', end: '22:30', kind: 'evening' },
] as const;

/** A generated unit: the parsed scenario and how its demand was sized. */
export interface GeneratedUnit {
  label: string;
  scenario: Scenario;
  /** Demand hours a week over the staff's contract hours a week. */
  demandShare: number;
  /** Persons on each weekend day asked for, and person-days per weekend day the patterns give. */
  weekendPersonsPerDay: number;
  weekendPersonsGiven: number;
}

/**
 * A nursing-home unit (sykehjemsavdeling) of `employees` staff over `weeks` weeks: positions of
 * 100/80/60 %, about 30 % nurses (sykepleier), every third weekend (hver 3. helg) for most and
 * every other weekend (annenhver helg) for one in ten, day shifts 07:30–15:15 and evening shifts
 * 14:45–22:30. Weekend demand is what the weekend patterns give (rounded down); weekday demand
 * fills the rest up to about 90 % of the contract hours. Plans of up to 12 weeks whose length both
 * weekend cycles (3 and 2) divide are rotating (grunnturnus); the others are annual (årsturnus),
 * since a rotating 26-week plan cannot repeat every third weekend.
 *
 * @param employees number of staff, at least 3
 * @param weeks plan length in weeks
 * @returns the parsed `turnus-scenario/1` scenario and its sizing
 * @throws TurnusError when the generated scenario does not parse (a bug in this generator)
 * @example
 * ```ts
 * const unit = generatedUnit(20, 12); // rotating, 20 staff
 * unit.scenario.period.kind; // 'rotating'
 * ```
 */
export function generatedUnit(employees: number, weeks: number): GeneratedUnit {
  const staff = Array.from({ length: employees }, (_, i) => {
    const nurse = i % 10 === 0 || i % 10 === 3 || i % 10 === 6;
    const everyOther = i % 10 === 9;
    return {
      id: `${nurse ? 'S' : 'H'}${i + 1}`,
      name: `${nurse ? 'Sykepleier' : 'Helsefagarbeider'} ${i + 1}`,
      positionPercent: POSITIONS[i % POSITIONS.length]!,
      competence: nurse ? 'sykepleier' : 'helsefagarbeider',
      weekendPattern: everyOther ? 'every-other' : 'every-third',
    };
  });
  const shiftHours = shiftPaidHours({ ...SHIFT_TYPES[0], breakMinutes: 30, breakPaid: true });
  const contractHours = staff.reduce((sum, e) => sum + (e.positionPercent / 100) * FULL_TIME_HOURS, 0);
  // Person-days per weekend the patterns give: a worked weekend is Saturday and Sunday.
  const weekendGiven = staff.reduce((sum, e) => {
    const cycle = weekendCycle(e.weekendPattern as 'every-third' | 'every-other');
    return sum + (2 * cycle.workedWeeks.length) / cycle.cycleWeeks;
  }, 0);
  const perWeekendDay = Math.floor(weekendGiven / 2);
  const weekendDay = { D: Math.ceil(perWeekendDay / 2), A: Math.floor(perWeekendDay / 2) };
  const weekendHours = 2 * perWeekendDay * shiftHours;
  const weekdayShifts = Math.max(
    2,
    Math.round((DEMAND_SHARE * contractHours - weekendHours) / (5 * shiftHours)),
  );
  const weekday = { D: Math.ceil(weekdayShifts / 2), A: Math.floor(weekdayShifts / 2) };
  const demandHours = weekendHours + 5 * weekdayShifts * shiftHours;
  const rotating = weeks % 6 === 0 && weeks <= 12;
  const label = `generated: ${employees} staff × ${weeks} w ${rotating ? 'rotating' : 'annual'}`;
  const scenario = parseScenario(
    {
      format: 'turnus-scenario/1',
      unit: `Generert avdeling ${employees} ansatte ${weeks} uker`,
      period: { start: START, weeks, kind: rotating ? 'rotating' : 'annual' },
      fullTimeHoursPerWeek: FULL_TIME_HOURS,
      shiftTypes: SHIFT_TYPES,
      demand: { weekday, saturday: weekendDay, sunday: weekendDay },
      staff,
      rules: { dailyRestHours: 11, weeklyRestHours: 35, maxConsecutiveDays: 5 },
    },
    label,
  );
  return {
    label,
    scenario,
    demandShare: Math.round((demandHours / contractHours) * 1000) / 1000,
    weekendPersonsPerDay: perWeekendDay,
    weekendPersonsGiven: Math.round((weekendGiven / 2) * 100) / 100,
  };
}
