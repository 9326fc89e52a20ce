// Home care: a 12-week base rota rolled 3 times with flexi shifts (fleksivakter) as the buffer.
// Shows how many flexi shifts were asked for and placed, and how fairly they are spread.
// Run with `pnpm start` in this folder.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseScenarioText } from '@turnus/core';
import { solve } from '@turnus/solver';

/** Options for {@link main}; the smoke test passes a short time limit and a silent log. */
export interface ExampleOptions {
  timeLimitSeconds?: number;
  /** A fixed search budget instead of the clock, for results that do not depend on machine load. */
  iterations?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** Solves the scenario and prints the flexi shifts per employee and the rolled weeks. */
export async function main(options: ExampleOptions = {}) {
  const log = options.log ?? console.log;
  const text = readFileSync(new URL('./scenario.yaml', import.meta.url), 'utf8');
  const scenario = parseScenarioText(text, { source: 'scenario.yaml' });
  const result = await solve(scenario, {
    timeLimitSeconds: options.timeLimitSeconds ?? 15,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    seed: options.seed ?? 1,
  });
  if (result.status !== 'solved') {
    for (const reason of result.explanation) log(`infeasible: ${reason.rule}: ${reason.message}`);
    return { status: result.status } as const;
  }
  const { plan, evaluation } = result;
  const cycle = plan.cycleWeeks ?? plan.weeks;
  log(
    `${plan.unit}: grunnturnus ${cycle} uker rullert ${plan.weeks / cycle} ganger = ${plan.weeks} uker, ${plan.employees.length} ansatte, lovlig: ${evaluation.legal ? 'ja' : 'nei'}`,
  );
  const c = evaluation.coverage;
  log(
    `Fleksivakter: ${c.flexiPlaced} plassert av ${c.flexiAsked} bedt om; dekning av grunnbehovet ${(c.share * 100).toFixed(1)} %`,
  );
  const flexi = evaluation.fairness.spread.find((s) => s.metric === 'flexi');
  if (flexi)
    log(
      `Fordeling per årsverk: min ${flexi.min.toFixed(1)}, maks ${flexi.max.toFixed(1)}, snitt ${flexi.mean.toFixed(1)} (std.avvik ${flexi.stdDev.toFixed(2)})`,
    );
  log('');
  log('ansatt  stilling  fleksivakter  timer');
  for (const e of evaluation.employees)
    log(
      `${e.id.padEnd(7)} ${`${e.positionPercent} %`.padStart(8)} ${String(e.flexi).padStart(13)} ${e.plannedHours.toFixed(1).padStart(6)}`,
    );
  // The base is rolled over the calendar: count shifts and flexi shifts in each roll.
  const rolls = Array.from({ length: plan.weeks / cycle }, () => ({ shifts: 0, flexi: 0 }));
  for (const a of plan.assignments) {
    const week = Math.floor((Date.parse(a.date) - Date.parse(plan.startDate)) / 864e5 / 7);
    const roll = rolls[Math.floor(week / cycle)]!;
    roll.shifts++;
    if (a.flexi) roll.flexi++;
  }
  log('');
  rolls.forEach((r, i) =>
    log(
      `Rullering ${i + 1} (uke ${i * cycle + 1}–${(i + 1) * cycle}): ${r.shifts} vakter, herav ${r.flexi} fleksivakter`,
    ),
  );
  return {
    status: 'solved' as const,
    legal: evaluation.legal,
    weeks: plan.weeks,
    flexiAsked: c.flexiAsked,
    flexiPlaced: c.flexiPlaced,
    rolls: rolls.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
