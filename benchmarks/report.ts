// Prints the markdown tables of docs/benchmarks.md from the JSON files in benchmarks/results/.
//   tsx report.ts
import {
  curtoisSeedsTable,
  curtoisTable,
  curtoisThreadsTable,
  peersTable,
  scalingTable,
  weekendPatternsTable,
} from './result-tables.js';
import { type Json, type Table, markdownTable, readResults, runLine } from './table.js';

const TABLES: [string[], (rows: readonly Json[]) => Table][] = [
  [['curtois-qu-quick', 'curtois-qu'], curtoisTable],
  [['peers-quick', 'peers'], peersTable],
  [['scaling-quick', 'scaling'], scalingTable],
  [['weekend-patterns-quick', 'weekend-patterns'], weekendPatternsTable],
];

for (const [names, table] of TABLES)
  for (const name of names) {
    const r = readResults(name);
    if (!r) continue;
    const limit =
      r.benchmark === 'weekend-patterns'
        ? `${String(r.timeLimitSeconds)} s per unit shared by ${(r.patterns as string[]).length} × ${(r.buffers as string[]).length} alternatives`
        : undefined;
    console.log(`### ${name}\n\n${runLine(r, limit)}\n`);
    console.log(`${markdownTable(table(r.rows as Json[]))}\n`);
  }

/** The results of `base` over seeds: seed 1 is `base` itself, seed N the run named `base`-seed<N>. */
const seedRunsOf = (base: string) =>
  [1, 2, 3, 4, 5]
    .map((seed) => ({ seed, r: readResults(seed === 1 ? base : `${base}-seed${seed}`) }))
    .filter((x): x is { seed: number; r: Json } => x.r !== undefined);

// Curtois–Qu over seeds: the full run (seed 1) and the runs named curtois-qu-seed<N>; the same
// for two threads (curtois-qu-threads2, curtois-qu-threads2-seed<N>).
for (const [base, title] of [
  ['curtois-qu', 'curtois-qu over seeds'],
  ['curtois-qu-threads2', 'curtois-qu with 2 threads over seeds'],
] as const) {
  const seedRuns = seedRunsOf(base);
  if (seedRuns.length < 2) continue;
  console.log(`### ${title}\n`);
  for (const { r } of seedRuns.slice(1)) console.log(`${runLine(r)}\n`);
  const seeds = seedRuns.map((x) => x.seed);
  console.log(
    `${markdownTable(
      curtoisSeedsTable(
        seeds,
        seedRuns.map((x) => x.r.rows as Json[]),
      ),
    )}\n`,
  );
}

// Curtois–Qu on one thread against two: medians over the seeds both have run.
const twoThreads = seedRunsOf('curtois-qu-threads2').map((x) => x.r);
const oneThread = seedRunsOf('curtois-qu')
  .map((x) => x.r)
  .slice(0, Math.max(1, twoThreads.length));
if (oneThread.length > 0 && twoThreads.length > 0) {
  const n = twoThreads.length;
  console.log(`### curtois-qu on 1 and 2 threads (${n === 1 ? 'seed 1' : `median of seeds 1–${n}`})\n`);
  for (const r of twoThreads) console.log(`${runLine(r)}\n`);
  console.log(
    `${markdownTable(
      curtoisThreadsTable(
        oneThread.map((r) => r.rows as Json[]),
        twoThreads.map((r) => r.rows as Json[]),
      ),
    )}\n`,
  );
}
