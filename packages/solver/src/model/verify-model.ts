import { dayOptions } from './day-options.js';
import { type ModelViolation, employeeViolations } from './legality.js';
import type { RotaState } from './rota-state.js';

/**
 * Every hard-rule violation of a state under the solver's own model: the time rules of
 * {@link employeeViolations}, structural rules (allowed shifts, days, absences, weekend pattern
 * at the chosen phase) and contract hours beyond the tolerance.
 *
 * @example
 * ```ts
 * modelViolations(state).length === 0; // legal by the solver's model
 * ```
 */
export function modelViolations(st: RotaState): (ModelViolation & { employee: string })[] {
  const p = st.p;
  const out: (ModelViolation & { employee: string })[] = [];
  for (let e = 0; e < p.E; e++) {
    const id = p.employees[e]!.id;
    const list: ModelViolation[] = [];
    employeeViolations(p, e, st.rows[e]!, 0, p.days - 1, list);
    for (let d = 0; d < p.days; d++) {
      const { values, forced } = dayOptions(p, st.phases, e, d);
      const v = st.rows[e]![d]!;
      if (!values.includes(v) || (forced && v < 0))
        list.push({
          rule: forced ? 'weekend-pattern' : 'allowed-shifts',
          day: d,
          message: `${p.dates[d]}: value ${v}`,
        });
    }
    const excess = st.contractExcess(e);
    if (excess > 0)
      list.push({
        rule: 'contract-hours',
        day: 0,
        message: `${(st.paid[e]! / 60).toFixed(2)} h planned, contract ${(p.targetPaid[e]! / 60).toFixed(2)} h ± ${(p.tolerance / 60).toFixed(2)}`,
      });
    for (const v of list) out.push({ ...v, employee: id, message: `${id}: ${v.message}` });
  }
  return out;
}
