// Curtois–Qu benchmark: solves the 24 instances with the library's solver and checks every roster
// with the independent verifier.
//   tsx curtois-qu.ts --quick                 instances 1–7 (and 1*), 20 s each
//   tsx curtois-qu.ts                         all 24 (and 1*), 60 s each
//   tsx curtois-qu.ts --time 30 --instances 8-12 --seed 2
//   tsx curtois-qu.ts --instances 3-19 --seed 2 --name curtois-qu-seed2   (results/curtois-qu-seed2.json)
//   tsx curtois-qu.ts --instances 3-19 --threads 2 --name curtois-qu-threads2
//   tsx curtois-qu.ts --instances 4-7 --seed 2 --name curtois-qu-seed2 --merge
// --merge replaces only these instances' rows in the results file and records when they were
// rerun (for a change that only touches some instances; the report prints it with the table).
// One thread solves with the TypeScript sources. Two threads need the helper's worker file, which
// only the built package has: that run uses packages/solver/dist (`pnpm build` after changes).
import type { solveCurtoisQu as Solve } from '../packages/solver/src/curtois-qu/solve-curtois-qu.js';
import { verifyCurtoisSolution } from '../packages/solver/src/curtois-qu/verify-curtois.js';
import { loadInstances, parseInstanceList } from './curtois-instances.js';
import { argument, flag, machine, printMachine } from './machine.js';
import { curtoisTable } from './result-tables.js';
import { type Json, finishRun, readResults } from './table.js';

const quick = flag('quick');
const timeLimitSeconds = Number(argument('time') ?? (quick ? 20 : 60));
const seed = Number(argument('seed') ?? 1);
const threads = Number(argument('threads') ?? 1);
const { solveCurtoisQu } = (
  threads > 1
    ? await import('../packages/solver/dist/index.js')
    : await import('../packages/solver/src/curtois-qu/solve-curtois-qu.js')
) as { solveCurtoisQu: typeof Solve };
const numbers = parseInstanceList(
  argument('instances'),
  quick ? [1, 2, 3, 4, 5, 6, 7] : Array.from({ length: 24 }, (_, i) => i + 1),
);
const name = argument('name') ?? 'curtois-qu';
/** With --merge, the results file to merge into, checked before any solving. */
const previous = flag('merge') ? mergeTarget() : undefined;
function mergeTarget(): Json {
  const refuse = (message: string): never => {
    console.error(`--merge: ${message}`);
    process.exit(2);
  };
  const found = readResults(quick ? `${name}-quick` : name);
  if (!found) return refuse(`no results file for ${name} to merge into`);
  if (found.seed !== seed || found.timeLimitSeconds !== timeLimitSeconds || (found.threads ?? 1) !== threads)
    return refuse('seed, time limit and threads must match the results file');
  return found;
}
const host = machine();
printMachine(host);
console.log(
  `Curtois–Qu, ${timeLimitSeconds} s per instance, seed ${seed}, ${threads} thread(s)${
    threads > 1 ? ' (built package)' : ''
  }, instances ${numbers.join(',')}`,
);

const rows: Record<string, unknown>[] = [];
for (const bench of loadInstances(numbers, true)) {
  const { instance } = bench;
  const result = await solveCurtoisQu(instance, { timeLimitSeconds, seed, threads });
  const check =
    result.status === 'infeasible' || result.status === 'timeout'
      ? undefined
      : verifyCurtoisSolution(instance, result.assignments);
  const verified = check ? check.feasible && check.objective.total === result.objective : false;
  const gap =
    bench.bestKnown !== undefined && Number.isFinite(result.objective)
      ? ((result.objective - bench.bestKnown) / bench.bestKnown) * 100
      : undefined;
  const row = {
    instance: bench.label,
    size: `${instance.horizon}/${instance.staff.length}/${instance.shifts.length}`,
    status: result.status,
    objective: Number.isFinite(result.objective) ? result.objective : null,
    lowerBound: result.lowerBound !== undefined ? Math.round(result.lowerBound * 100) / 100 : null,
    bestKnown: bench.bestKnown ?? null,
    bestKnownKind: bench.bestKnownKind,
    gapPercent: gap !== undefined ? Math.round(gap * 100) / 100 : null,
    seconds: Math.round(result.elapsedMs / 100) / 10,
    iterations: result.iterations,
    method: result.method,
    threads: result.threads,
    verified,
    hardViolations: check ? check.violations.length : null,
    explanation: result.explanation?.map((e) => `${e.employee}: ${e.message}`) ?? null,
  };
  rows.push(row);
  console.log(
    `Instance${bench.label}: ${row.status} ${row.objective ?? '-'} (best known ${row.bestKnown ?? 'open'}${
      row.gapPercent !== null ? `, gap ${row.gapPercent}%` : ''
    }) bound ${row.lowerBound ?? '-'} in ${row.seconds} s, verified ${verified ? 'yes' : 'no'}${
      row.explanation ? ` — ${row.explanation.join('; ')}` : ''
    }`,
  );
}

/** The results file's rows with this run's instances' rows replaced, and its run data. */
function merged(previous: Json): { rows: Json[]; extra: Json } {
  const fresh = new Map(rows.map((row) => [row.instance, row]));
  const kept = (previous.rows as Json[]).map((row) => fresh.get(row.instance) ?? row);
  for (const row of rows) if (!kept.includes(row)) kept.push(row);
  // Rows new to the file go to their place: 1, 1*, 2, 3, …
  const order = (label: string) => Number.parseInt(label, 10) + (label.endsWith('*') ? 0.5 : 0);
  kept.sort((a, b) => order(a.instance as string) - order(b.instance as string));
  // An earlier rerun keeps only the rows this run did not replace (and goes when none is left),
  // so each row is dated by the run its numbers come from.
  const reruns: Json[] = ((previous.reruns as Json[] | undefined) ?? [])
    .map((rerun) => ({ ...rerun, instances: (rerun.instances as string[]).filter((i) => !fresh.has(i)) }))
    .filter((rerun) => rerun.instances.length > 0);
  reruns.push({ instances: rows.map((row) => row.instance), date: new Date().toISOString() });
  return { rows: kept, extra: { date: previous.date, reruns } };
}
const result = previous ? merged(previous) : { rows, extra: {} };
finishRun(
  { benchmark: name, quick, machine: host, timeLimitSeconds, seed },
  curtoisTable(result.rows),
  result.rows,
  { threads, ...result.extra },
);
