import type { Problem } from './problem.js';
import { weekendWorkable } from './weekend-rotation.js';

/**
 * Planner-facing notes on why demand may stay uncovered although the rota is legal: weekends that
 * employees with a pattern cannot work with any legal pair of shifts (for example two long shifts
 * over the spring daylight-saving night leave less than the daily rest), which rules out every
 * weekend phase that includes them.
 *
 * @example
 * ```ts
 * weekendNotes(problem); // ['Helgen 2027-03-27–28: …']
 * ```
 */
export function weekendNotes(p: Problem): string[] {
  const byWeek = new Map<number, string[]>();
  for (let e = 0; e < p.E; e++) {
    const c = p.cycles[e]!;
    if (c.workedWeeks.length === 0) continue;
    for (let w = 0; w < p.weeks; w++)
      if (!weekendWorkable(p, e, w)) byWeek.set(w, [...(byWeek.get(w) ?? []), p.employees[e]!.id]);
  }
  return [...byWeek.entries()].map(([w, ids]) => {
    const sat = p.dates[w * 7 + 5]!;
    const sun = p.dates[w * 7 + 6]!;
    return `Helgen ${sat}–${sun.slice(8)} (uke ${w + 1}) kan ikke arbeides lovlig av ${ids.join(', ')}: ingen tillatt vaktkombinasjon lørdag+søndag gir ${p.rules.dailyRestHours} t døgnhvile (reell tid, sommertid/vintertid teller). Helgefaser som inkluderer denne helgen brukes ikke, og etterspørselen der kan stå udekket.`;
  });
}
