import { TurnusError, type TurnusIssue } from '@turnus/core';
import type { CurtoisAssignment, CurtoisInstance } from './curtois-instance.js';

/**
 * Writes a Curtois–Qu solution: one `EmployeeID,Day,ShiftID` line per assignment (day 0-based),
 * sorted by employee (instance order when given) and day, LF line ends.
 *
 * @example
 * ```ts
 * writeCurtoisSolution([{ employee: 'A', day: 0, shift: 'D' }]); // 'A,0,D\n'
 * ```
 * @since 0.1.0
 */
export function writeCurtoisSolution(
  assignments: readonly CurtoisAssignment[],
  instance?: CurtoisInstance,
): string {
  const order = new Map(instance?.staff.map((s, i) => [s.id, i]) ?? []);
  const sorted = [...assignments].sort(
    (a, b) =>
      (order.get(a.employee) ?? 0) - (order.get(b.employee) ?? 0) ||
      (a.employee < b.employee ? -1 : a.employee > b.employee ? 1 : 0) ||
      a.day - b.day,
  );
  return sorted.map((a) => `${a.employee},${a.day},${a.shift}\n`).join('');
}

/**
 * Reads a Curtois–Qu solution (`EmployeeID,Day,ShiftID` per line; blank lines and `#` comments
 * are skipped). With an instance, employees, days and shift types are checked against it.
 *
 * @throws TurnusError `INVALID_ARGUMENT` with paths like `line 3`
 *
 * @example
 * ```ts
 * readCurtoisSolution('A,0,D\r\nB,1,D\r\n'); // [{ employee: 'A', day: 0, shift: 'D' }, …]
 * ```
 * @since 0.1.0
 */
export function readCurtoisSolution(
  text: string,
  instance?: CurtoisInstance,
  source?: string,
): CurtoisAssignment[] {
  const issues: TurnusIssue[] = [];
  const staff = instance ? new Set(instance.staff.map((s) => s.id)) : undefined;
  const shifts = instance ? new Set(instance.shifts.map((s) => s.id)) : undefined;
  const assignments: CurtoisAssignment[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const path = `line ${i + 1}`;
    const fields = content.split(',').map((f) => f.trim());
    const [employee, dayText, shift] = fields;
    if (fields.length !== 3 || employee === undefined || dayText === undefined || shift === undefined) {
      issues.push({ path, message: `expected EmployeeID,Day,ShiftID, got "${content}"`, line: i + 1 });
      return;
    }
    if (!/^\d+$/.test(dayText)) {
      issues.push({ path, message: `day must be a non-negative integer, got "${dayText}"`, line: i + 1 });
      return;
    }
    const day = Number(dayText);
    if (staff && !staff.has(employee))
      issues.push({ path, message: `unknown employee ${employee}`, line: i + 1 });
    if (shifts && !shifts.has(shift)) issues.push({ path, message: `unknown shift ${shift}`, line: i + 1 });
    if (instance && day >= instance.horizon) {
      issues.push({
        path,
        message: `day ${day} is outside the horizon 0..${instance.horizon - 1}`,
        line: i + 1,
      });
    }
    assignments.push({ employee, day, shift });
  });
  if (issues.length > 0) throw new TurnusError('INVALID_ARGUMENT', issues, source);
  return assignments;
}
