/**
 * The law and tariff checks the evaluation runs, by stable id.
 *
 * @example
 * ```ts
 * const id: CheckId = 'daily-rest';
 * ```
 * @since 0.1.0
 */
export type CheckId =
  | 'daily-rest'
  | 'weekly-rest'
  | 'shift-length'
  | 'weekly-hours'
  | 'average-weekly-hours'
  | 'sunday-holiday'
  | 'max-consecutive-days'
  | 'night-work'
  | 'one-shift-per-day'
  | 'allowed-shifts'
  | 'shift-days'
  | 'absence'
  | 'contract-hours'
  | 'weekend-pattern';

/**
 * One broken rule (lovbrudd / avvik): who, on which dates, in plain words with the numbers, and by
 * how much (`amount`, in the rule's unit: hours, days, Sundays …).
 *
 * @example
 * ```ts
 * const v: Violation = {
 *   check: 'daily-rest',
 *   employee: 'S1',
 *   dates: ['2027-01-05', '2027-01-06'],
 *   message: 'rest 9 h 0 min between A on 2027-01-05 and D on 2027-01-06; needs 11 h',
 *   amount: 2,
 * };
 * ```
 * @since 0.1.0
 */
export interface Violation {
  check: CheckId;
  employee?: string;
  dates: string[];
  message: string;
  amount?: number;
}

/**
 * The result of one check: its Norwegian title, law or tariff reference, the parameters it used
 * and every violation found.
 *
 * @example
 * ```ts
 * const failed = checkPlan(plan).filter((c: CheckResult) => !c.passed);
 * ```
 * @since 0.1.0
 */
export interface CheckResult {
  id: CheckId;
  title: string;
  reference: string;
  parameters: Record<string, number | string | boolean>;
  passed: boolean;
  violations: Violation[];
}

/** Assembles a check result from its violations. */
export function checkResult(
  id: CheckId,
  title: string,
  reference: string,
  parameters: Record<string, number | string | boolean>,
  violations: Violation[],
): CheckResult {
  return { id, title, reference, parameters, passed: violations.length === 0, violations };
}
