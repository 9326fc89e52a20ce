// Why the larger Curtois–Qu instances are tight: weekend cover against what the staff may work in
// weekends, and the demand in minutes against the staff's minute limits (arithmetic on the
// instance files), and the weekend relaxation's bound (a MIP over the weekend days alone, solved
// with HiGHS; see curtois-weekend-bound.ts). Proven optima are the same on every machine; a bound
// HiGHS did not prove within --time seconds (default 60) is marked "≥".
//   tsx curtois-weekends.ts                   instances 4–19
//   tsx curtois-weekends.ts --instances 8-24
import { indexCurtois } from '../packages/solver/src/curtois-qu/curtois-index.js';
import type { CurtoisInstance } from '../packages/solver/src/curtois-qu/curtois-instance.js';
import { curtoisWeekendBound } from '../packages/solver/src/curtois-qu/curtois-weekend-bound.js';
import { highsEngine } from '../packages/solver/src/engine/highs-engine.js';
import { loadInstances, parseInstanceList } from './curtois-instances.js';
import { argument } from './machine.js';
import { markdownTable } from './table.js';

/** Weekend and minute arithmetic of one instance. */
interface WeekendCapacity {
  /** Shifts demanded on Saturdays and Sundays (sum of the cover requirements). */
  weekendDemand: number;
  /**
   * Most weekend shifts the staff may work: per employee, the MaxWeekends weekends with the most
   * days that are not fixed days off, counting both of their days.
   */
  weekendCapacity: number;
  /**
   * A lower bound on the under-cover cost from weekends alone: the weekend shifts beyond the
   * capacity, each at the smallest under-cover weight of a weekend cell.
   */
  weekendFloor: number;
  demandMinutes: number;
  staffMaxMinutes: number;
  staffMinMinutes: number;
}

/** The weekend and minute arithmetic of an instance (day 0 is a Monday). */
function weekendCapacity(instance: CurtoisInstance): WeekendCapacity {
  const H = instance.horizon;
  const isWeekend = (day: number) => day % 7 >= 5;
  const minutesOf = new Map(instance.shifts.map((s) => [s.id, s.minutes]));
  let weekendDemand = 0;
  let demandMinutes = 0;
  let smallestWeight = Number.POSITIVE_INFINITY;
  for (const c of instance.cover) {
    demandMinutes += c.requirement * (minutesOf.get(c.shift) ?? 0);
    if (!isWeekend(c.day) || c.requirement <= 0) continue;
    weekendDemand += c.requirement;
    smallestWeight = Math.min(smallestWeight, c.underWeight);
  }
  let capacity = 0;
  for (const person of instance.staff) {
    const off = new Set(instance.daysOff[person.id] ?? []);
    const workable: number[] = [];
    for (let saturday = 5; saturday < H; saturday += 7) {
      workable.push([saturday, saturday + 1].filter((d) => d < H && !off.has(d)).length);
    }
    workable.sort((a, b) => b - a);
    for (const days of workable.slice(0, person.maxWeekends)) capacity += days;
  }
  const short = Math.max(0, weekendDemand - capacity);
  return {
    weekendDemand,
    weekendCapacity: capacity,
    weekendFloor: short > 0 ? short * smallestWeight : 0,
    demandMinutes,
    staffMaxMinutes: instance.staff.reduce((sum, p) => sum + p.maxTotalMinutes, 0),
    staffMinMinutes: instance.staff.reduce((sum, p) => sum + p.minTotalMinutes, 0),
  };
}

const numbers = parseInstanceList(argument('instances') ?? '4-19', []);
const timeLimitSeconds = Number(argument('time') ?? 60);
const percent = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;
const engine = highsEngine();
const rows: (string | number)[][] = [];
for (const bench of loadInstances(numbers, false)) {
  const w = weekendCapacity(bench.instance);
  const started = performance.now();
  const relaxation = await curtoisWeekendBound(indexCurtois(bench.instance), engine, timeLimitSeconds);
  const seconds = (performance.now() - started) / 1000;
  // Every weight of the benchmark is whole, so a bound rounds up to the next whole number.
  const whole = relaxation ? Math.ceil(relaxation.bound - 1e-6) : undefined;
  const bound = relaxation ? `${relaxation.proven ? '' : '≥ '}${whole}` : '-';
  const room = whole !== undefined && bench.bestKnown !== undefined ? bench.bestKnown - whole : '-';
  console.error(`${bench.label}: weekend bound ${bound} in ${seconds.toFixed(1)} s`);
  rows.push([
    bench.label,
    bench.bestKnown ?? 'open',
    w.weekendDemand,
    w.weekendCapacity,
    percent(w.weekendDemand, w.weekendCapacity),
    w.weekendFloor,
    percent(w.demandMinutes, w.staffMaxMinutes),
    percent(w.demandMinutes, w.staffMinMinutes),
    bound,
    relaxation?.underCovered ?? '-',
    room,
  ]);
}
console.log(
  markdownTable({
    columns: [
      'instance',
      'best known',
      'weekend demand (shifts)',
      'weekend capacity (shifts)',
      'demand / capacity',
      'under-cover floor',
      'demand / staff max minutes',
      'demand / staff min minutes',
      'weekend bound',
      'weekend shifts under in it',
      'best known − weekend bound',
    ],
    rows,
  }),
);
