// Prints the markdown tables of docs/benchmarks.md from the JSON files in benchmarks/results/.
//   tsx report.ts
import { curtoisTable, peersTable, scalingTable, weekendPatternsTable } from './result-tables.js';
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
