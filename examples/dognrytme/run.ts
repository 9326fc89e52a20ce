// Demand as a døgnrytme (staff needed per interval of the day): the solver chooses how many day,
// mid and evening shifts to use each day. Shows the chosen shift mix per day type and how well
// the intervals are covered. Run with `pnpm start` in this folder.
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

/** Solves the scenario and prints the shift mix and the interval coverage. */
export async function main(options: ExampleOptions = {}) {
  const log = options.log ?? console.log;
  const text = readFileSync(new URL('./scenario.yaml', import.meta.url), 'utf8');
  const scenario = parseScenarioText(text, { source: 'scenario.yaml' });
  const result = await solve(scenario, {
    timeLimitSeconds: options.timeLimitSeconds ?? 10,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    seed: options.seed ?? 1,
  });
  if (result.status !== 'solved') {
    for (const reason of result.explanation) log(`infeasible: ${reason.rule}: ${reason.message}`);
    return { status: result.status } as const;
  }
  const { plan, evaluation } = result;
  log(
    `${plan.unit}: ${plan.employees.length} ansatte, ${plan.weeks} uker, lovlig: ${evaluation.legal ? 'ja' : 'nei'}`,
  );
  const days = plan.weeks * 7;
  const mix = new Map<string, Map<string, number>>();
  for (const a of plan.assignments) {
    if (a.flexi) continue;
    const type = isoDayIndex(a.date) < 5 ? 'hverdag' : isoDayIndex(a.date) === 5 ? 'lørdag' : 'søndag';
    const row = mix.get(type) ?? new Map<string, number>();
    row.set(a.shift, (row.get(a.shift) ?? 0) + 1);
    mix.set(type, row);
  }
  const count = { hverdag: plan.weeks * 5, lørdag: plan.weeks, søndag: plan.weeks } as Record<string, number>;
  log('');
  log('Valgt vaktmiks (gjennomsnitt per dag):');
  for (const [type, row] of mix)
    log(
      `  ${type.padEnd(8)} ${[...row].map(([shift, n]) => `${shift} ${(n / count[type]!).toFixed(1)}`).join('  ')}`,
    );
  const c = evaluation.coverage;
  const paidHours = plan.assignments.reduce(
    (sum, a) => sum + (plan.shiftTypes.find((t) => t.code === a.shift)?.paidHours ?? 0),
    0,
  );
  log('');
  log(
    `Intervaller dekket: ${c.entries.filter((e) => e.shortfall === 0).length} av ${c.entries.length} (${(c.share * 100).toFixed(1)} % av bemanningsbehovet)`,
  );
  log(
    `Betalte timer: ${paidHours.toFixed(0)} over ${days} dager; manglende bemanning ${c.shortfallHours.toFixed(1)} persontimer`,
  );
  return {
    status: 'solved' as const,
    legal: evaluation.legal,
    intervals: c.entries.length,
    covered: c.entries.filter((e) => e.shortfall === 0).length,
    paidHours,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
