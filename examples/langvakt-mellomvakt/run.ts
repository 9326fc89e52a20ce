// Langvakter every fourth weekend and a mellomvakt: solve the ward and show what the long shifts
// do to each employee's weekends and weekend hours. Run with `pnpm start` in this folder.
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

/** Solves the scenario and prints weekends, long shifts and mid shifts per employee group. */
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
  log(
    `Dekning ${(evaluation.coverage.share * 100).toFixed(1)} %, mangler ${evaluation.coverage.shortfallShifts} vakter`,
  );
  log('');
  log('ansatt  helgemønster        helger  helgetimer  langvakter  mellomvakter  netter');
  const mid = new Map<string, number>();
  for (const a of plan.assignments) if (a.shift === 'M') mid.set(a.employee, (mid.get(a.employee) ?? 0) + 1);
  const groups = new Map<string, { people: number; weekends: number; weekendHours: number }>();
  for (const e of evaluation.employees) {
    const employee = plan.employees.find((p) => p.id === e.id)!;
    const pattern = typeof employee.weekendPattern === 'string' ? employee.weekendPattern : 'egendefinert';
    log(
      `${e.id.padEnd(7)} ${pattern.padEnd(19)} ${String(e.weekendsWorked).padStart(6)} ${e.weekendHours.toFixed(1).padStart(11)} ${String(e.longShifts).padStart(11)} ${String(mid.get(e.id) ?? 0).padStart(13)} ${String(e.nights).padStart(7)}`,
    );
    const g = groups.get(pattern) ?? { people: 0, weekends: 0, weekendHours: 0 };
    g.people++;
    g.weekends += e.weekendsWorked;
    g.weekendHours += e.weekendHours;
    groups.set(pattern, g);
  }
  log('');
  for (const [pattern, g] of groups)
    log(
      `${pattern}: ${(g.weekends / g.people).toFixed(1)} helger og ${(g.weekendHours / g.people).toFixed(1)} helgetimer per person på ${plan.weeks} uker`,
    );
  return {
    status: 'solved' as const,
    legal: evaluation.legal,
    employees: plan.employees.length,
    longShifts: evaluation.employees.reduce((s, e) => s + e.longShifts, 0),
    midShifts: [...mid.values()].reduce((s, n) => s + n, 0),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
