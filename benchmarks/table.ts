// Tables and results files of the benchmark scripts: one markdown table writer, one cell format,
// one results-file writer and the run line that heads each table in docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.js';

/** One value of a table cell; `null` and `undefined` print as '–'. */
export type Cell = string | number | null | undefined;

/** Rows of a results file, as written by {@link finishRun} and read back by report.ts. */
export type Json = Record<string, unknown>;

/** A table: its column titles and its rows of cells. */
export interface Table {
  columns: string[];
  rows: Cell[][];
}

/**
 * A GitHub-flavoured markdown table; missing values print as '–'.
 *
 * @example
 * ```ts
 * markdownTable({ columns: ['a'], rows: [[1], [null]] }); // '| a |\n| --- |\n| 1 |\n| – |'
 * ```
 */
export function markdownTable(table: Table): string {
  const line = (cells: Cell[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(table.columns), line(table.columns.map(() => '---')), ...table.rows.map(line)].join('\n');
}

/** A cell as text: '–' for a missing value. */
export function cell(value: Cell): string {
  return value === null || value === undefined ? '–' : String(value);
}

/** Writes `benchmarks/results/<name>.json` and returns its path. */
export function writeResults(name: string, data: unknown): string {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}.json`, dir);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file.pathname;
}

/** Reads `benchmarks/results/<name>.json`, or undefined when that run has not been done. */
export function readResults(name: string): Json | undefined {
  const file = new URL(`./results/${name}.json`, import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : undefined;
}

/** What every results file says about its run. */
export interface RunInfo {
  benchmark: string;
  quick: boolean;
  machine: Machine;
  timeLimitSeconds: number;
  seed: number;
}

/**
 * Ends a benchmark run: prints the table, writes `results/<benchmark>[-quick].json` with the run
 * info, `extra` fields and the rows, and prints the file's path.
 */
export function finishRun(info: RunInfo, table: Table, rows: Json[], extra: Json = {}): void {
  console.log(`\n${markdownTable(table)}`);
  const file = writeResults(info.quick ? `${info.benchmark}-quick` : info.benchmark, {
    benchmark: info.benchmark,
    mode: info.quick ? 'quick' : 'full',
    date: new Date().toISOString(),
    machine: info.machine,
    timeLimitSeconds: info.timeLimitSeconds,
    seed: info.seed,
    ...extra,
    rows,
  });
  console.log(`\nwrote ${file}`);
}

/** The italic run line above a table: date, time limit, seed and machine of a results file. */
export function runLine(r: Json, limit = `${String(r.timeLimitSeconds)} s per run`): string {
  const m = r.machine as Json;
  const minute = (iso: unknown) => String(iso).slice(0, 16).replace('T', ' ');
  const date = minute(r.date);
  const threads = typeof r.threads === 'number' && r.threads > 1 ? `, ${r.threads} threads` : '';
  const reruns = ((r.reruns as Json[] | undefined) ?? [])
    .map((rerun) => `; rows ${(rerun.instances as string[]).join(', ')} rerun ${minute(rerun.date)} UTC`)
    .join('');
  return `_${String(r.mode)} run finished ${date} UTC, ${limit}, seed ${String(r.seed)}${threads}${reruns}; machine: ${String(m.cores)} cores (${String(m.cpu)}), Node ${String(m.node)}, shared with other jobs._`;
}
