// Prints the markdown tables of docs/benchmarks.md from the JSON files in benchmarks/results/.
//   tsx report.ts
import { existsSync, readFileSync } from 'node:fs';
import { markdownTable } from './machine.js';

type Json = Record<string, unknown>;
const read = (name: string): Json | undefined => {
  const file = new URL(`./results/${name}.json`, import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : undefined;
};
const header = (r: Json) => {
  const m = r.machine as Json;
  return `_${String(r.mode)} run finished ${String(r.date).slice(0, 16).replace('T', ' ')} UTC, ${String(r.timeLimitSeconds)} s per run, seed ${String(r.seed)}; machine: ${String(m.cores)} cores (${String(m.cpu)}), Node ${String(m.node)}, shared with other jobs._`;
};
const num = (v: unknown) => (v === null || v === undefined ? '–' : String(v));

for (const name of ['curtois-qu-quick', 'curtois-qu']) {
  const r = read(name);
  if (!r) continue;
  console.log(`### ${name}\n\n${header(r)}\n`);
  const rows = r.rows as Json[];
  console.log(
    markdownTable(
      [
        'instance',
        'days/staff/shifts',
        'status',
        'objective',
        'lower bound',
        'best known',
        'gap %',
        'time s',
        'verified',
      ],
      rows.map((x) => [
        String(x.instance),
        String(x.size),
        String(x.status),
        num(x.objective),
        num(x.lowerBound),
        x.bestKnown === null ? 'open' : `${x.bestKnownKind === 'about' ? '≈' : ''}${String(x.bestKnown)}`,
        num(x.gapPercent),
        num(x.seconds),
        x.verified ? 'yes' : x.status === 'infeasible' ? 'n/a' : 'no',
      ]),
    ),
  );
  console.log('');
}
for (const name of ['peers-quick', 'peers']) {
  const r = read(name);
  if (!r) continue;
  console.log(`### ${name}\n\n${header(r)}\n`);
  const show = (o: Json | null) =>
    o === null
      ? 'skipped'
      : o.objective === null
        ? `${String(o.status)} (${String(o.seconds)} s)`
        : `${String(o.objective)}${o.status === 'optimal' ? ' (opt)' : ''} in ${String(o.seconds)} s`;
  console.log(
    markdownTable(
      [
        'instance',
        'days/staff/shifts',
        'best known',
        'library',
        'HiGHS monolithic',
        'jsLP monolithic',
        'library / HiGHS',
        'library / jsLP',
      ],
      (r.rows as Json[]).map((x) => [
        String(x.instance),
        String(x.size),
        num(x.bestKnown),
        show(x.library as Json),
        show(x.highsMonolithic as Json),
        show(x.jsLpMonolithic as Json | null),
        num(x.ratioLibraryToHighs),
        num(x.ratioLibraryToJsLp),
      ]),
    ),
  );
  console.log('');
}
for (const name of ['scaling-quick', 'scaling']) {
  const r = read(name);
  if (!r) continue;
  console.log(`### ${name}\n\n${header(r)}\n`);
  console.log(
    markdownTable(
      ['case', 'status', 'time s', 'persons', 'weeks', 'legal', 'shortfall / required', 'heltidsandel'],
      (r.rows as Json[]).map((x) => [
        String(x.case),
        String(x.status),
        num(x.seconds),
        num(x.persons),
        num(x.weeks),
        x.legal === undefined ? '–' : x.legal ? 'yes' : `no (${(x.failedChecks as string[]).join(', ')})`,
        x.shortfallShifts === undefined ? '–' : `${String(x.shortfallShifts)} / ${String(x.totalRequired)}`,
        num(x.heltidsandel),
      ]),
    ),
  );
  console.log('');
}
