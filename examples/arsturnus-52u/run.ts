// A 52-week årsturnus on the calendar: holidays, vacation (planned under the policy), nights,
// wishes and unavailable days. Shows vacation per employee, holidays worked, wishes granted and
// the substitute need (vikarbehov) per month. Run with `pnpm start` in this folder.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isoDayIndex, parseScenarioText } from '@turnus/core';
import { solve } from '@turnus/solver';

/** Options for {@link main}; the smoke test passes a short time limit and a silent log. */
export interface ExampleOptions {
  timeLimitSeconds?: number;
  /** A fixed search budget instead of the clock, for results that do not depend on machine load. */
  iterations?: number;
  seed?: number;
  log?: (line: string) => void;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];

/** Solves the scenario and prints vacation, holidays, wishes and substitute need per month. */
export async function main(options: ExampleOptions = {}) {
  const log = options.log ?? console.log;
  const text = readFileSync(new URL('./scenario.yaml', import.meta.url), 'utf8');
  const scenario = parseScenarioText(text, { source: 'scenario.yaml' });
  const result = await solve(scenario, {
    timeLimitSeconds: options.timeLimitSeconds ?? 30,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    seed: options.seed ?? 1,
  });
  if (result.status !== 'solved') {
    for (const reason of result.explanation) log(`infeasible: ${reason.rule}: ${reason.message}`);
    return { status: result.status } as const;
  }
  const { plan, evaluation } = result;
  log(
    `${plan.unit}: årsturnus ${plan.weeks} uker fra ${plan.startDate}, ${plan.employees.length} ansatte, lovlig: ${evaluation.legal ? 'ja' : 'nei'}`,
  );
  log(`Helligdager i perioden: ${plan.holidays.length}`);
  const holidaySet = new Set(plan.holidays);
  // Vacation days are counted as working days (Monday–Friday, not a holiday), like the policy.
  const vacation = plan.absences.filter(
    (a) => a.kind === 'vacation' && isoDayIndex(a.date) < 5 && !holidaySet.has(a.date),
  );
  const perEmployee = new Map<string, number>();
  for (const a of vacation) perEmployee.set(a.employee, (perEmployee.get(a.employee) ?? 0) + 1);
  const days = [...perEmployee.values()];
  log(
    `Ferie: ${vacation.length} feriedager (arbeidsdager) planlagt, ${days.length > 0 ? Math.min(...days) : 0}–${days.length > 0 ? Math.max(...days) : 0} per ansatt`,
  );
  const holidays = new Set(plan.holidays);
  const holidayShifts = plan.assignments.filter((a) => holidays.has(a.date)).length;
  log(`Vakter på helligdager: ${holidayShifts}`);
  const w = evaluation.fairness.wishes;
  log(`Ønsker innfridd: ${w.granted} av ${w.total}`);
  const byMonth = new Array<number>(12).fill(0);
  for (const e of evaluation.coverage.entries) byMonth[Number(e.date.slice(5, 7)) - 1]! += e.shortfallHours;
  log('');
  log('Vikarbehov (timer som ikke er dekket) per måned:');
  log(byMonth.map((h, i) => `${MONTHS[i]} ${Math.round(h)}`).join(' · '));
  log(
    `Sum ${Math.round(evaluation.coverage.shortfallHours)} t; vikarkostnad per år ${Math.round(evaluation.cost.substituteCostYear).toLocaleString('nb-NO')} kr`,
  );
  return {
    status: 'solved' as const,
    legal: evaluation.legal,
    weeks: plan.weeks,
    vacationDays: vacation.length,
    shortfallHours: evaluation.coverage.shortfallHours,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
