import type { CurtoisInstance } from './curtois-instance.js';

/**
 * Why an instance cannot be solved: the employee and the rules that contradict each other.
 *
 * @example
 * ```ts
 * const reason: CurtoisInfeasibility = { employee: 'C', message: 'at most 3 shifts (1440 min) fit …' };
 * ```
 * @since 0.1.0
 */
export interface CurtoisInfeasibility {
  readonly employee: string;
  readonly message: string;
}

/**
 * Quick necessary conditions per employee, checked before any solving: the longest roster the
 * shift-type limits, days off and MaxConsecutiveShifts allow must reach MinTotalMinutes. Each
 * failing employee is explained in plain words. An empty list does not prove feasibility.
 *
 * @example
 * ```ts
 * curtoisInfeasibility(instance); // [{ employee: 'C', message: 'at most 3 shifts (1440 min) fit …' }]
 * ```
 * @since 0.1.0
 */
export function curtoisInfeasibility(instance: CurtoisInstance): CurtoisInfeasibility[] {
  const found: CurtoisInfeasibility[] = [];
  const H = instance.horizon;
  for (const person of instance.staff) {
    const off = new Set(instance.daysOff[person.id] ?? []);
    const available = H - off.size;
    const C = person.maxConsecutiveShifts;
    const days = Math.min(available, H - Math.floor(H / (C + 1)));
    const types = instance.shifts
      .map((s) => ({ id: s.id, minutes: s.minutes, limit: person.maxShifts[s.id] ?? H }))
      .sort((a, b) => b.minutes - a.minutes);
    let left = days;
    let minutes = 0;
    let shifts = 0;
    for (const t of types) {
      const take = Math.min(left, t.limit);
      minutes += take * t.minutes;
      shifts += take;
      left -= take;
    }
    if (minutes < person.minTotalMinutes) {
      const limits = types.map((t) => `${t.id}=${t.limit}`).join('|');
      found.push({
        employee: person.id,
        message: `at most ${shifts} shifts (${minutes} min) fit — MaxShifts ${limits}, ${available} days without day off, at most ${C} in a row — but MinTotalMinutes is ${person.minTotalMinutes}`,
      });
    }
    if (person.minTotalMinutes > person.maxTotalMinutes) {
      found.push({
        employee: person.id,
        message: `MinTotalMinutes ${person.minTotalMinutes} exceeds MaxTotalMinutes ${person.maxTotalMinutes}`,
      });
    }
  }
  return found;
}
