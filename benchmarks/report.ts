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

// Curtois–Qu over seeds: the full run (seed 1) and the runs named curtois-qu-seed<N>.
const seedRuns = [1, 2, 3, 4, 5]
  .map((seed) => ({ seed, r: readResults(seed === 1 ? 'curtois-qu' : `curtois-qu-seed${seed}`) }))
  .filter((x): x is { seed: number; r: Json } => x.r !== undefined);
if (seedRuns.length > 1) {
  console.log('### curtois-qu over seeds\n');
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

// Curtois–Qu with the helper annealer (two threads) against the one-thread full run, same seed.
const oneThread = readResults('curtois-qu');
const twoThreads = readResults('curtois-qu-threads2');
if (oneThread && twoThreads) {
  console.log(`### curtois-qu with 2 threads\n\n${runLine(twoThreads)}\n`);
  console.log(`${markdownTable(curtoisThreadsTable(oneThread.rows as Json[], twoThreads.rows as Json[]))}\n`);
}
