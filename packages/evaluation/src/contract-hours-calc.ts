import type { EmployeeTimeline, Timeline } from './timeline.js';

/** An employee's planned hours against the contract over the plan. */
export interface ContractHours {
  /** Paid hours of the assigned shifts (flexi included). */
  readonly plannedHours: number;
  /** Hours credited for vacation on Monday–Friday non-holidays (position % × full-time week / 5 each). */
  readonly vacationCreditHours: number;
  /** Position % / 100 × full-time week × plan weeks. */
  readonly targetHours: number;
}

/** Planned, vacation-credit and target hours of one employee. */
export function contractHours(t: Timeline, e: EmployeeTimeline): ContractHours {
  const share = e.employee.positionPercent / 100;
  const plannedHours = e.items.reduce((sum, item) => sum + item.shift.paidHours, 0);
  let vacationDays = 0;
  for (const [day, kind] of e.absences)
    if (kind === 'vacation' && t.weekdayOf(day) < 5 && !t.holidays.has(t.dateOf(day))) vacationDays++;
  return {
    plannedHours,
    vacationCreditHours: (vacationDays * share * t.plan.fullTimeHoursPerWeek) / 5,
    targetHours: share * t.plan.fullTimeHoursPerWeek * t.weeks,
  };
}
