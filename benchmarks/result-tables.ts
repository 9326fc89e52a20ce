// The table of each benchmark, defined once: the benchmark scripts print it from their rows and
// report.ts prints it from the results files.
import { type Cell, type Json, type Table, cell } from './table.js';

/**
 * Curtois–Qu: one row per instance with objective, bound, best known value and the verifier's word.
 *
 * @example
 * ```ts
 * markdownTable(curtoisTable(readResults('curtois-qu')!.rows as Json[]));
 * ```
 */
export function curtoisTable(rows: readonly Json[]): Table {
  return {
    columns: [
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
    rows: rows.map((x) => [
      String(x.instance),
      String(x.size),
      String(x.status),
      x.objective as Cell,
      x.lowerBound as Cell,
      x.bestKnown === null ? 'open' : `${x.bestKnownKind === 'about' ? '≈' : ''}${String(x.bestKnown)}`,
      x.gapPercent as Cell,
      x.seconds as Cell,
      x.verified ? 'yes' : x.status === 'infeasible' ? 'n/a' : 'no',
    ]),
  };
}

/**
 * Curtois–Qu over several seeds: one row per instance with each seed's objective (all verified)
 * and the median's gap to the best known value, for the instances every run has. `runs` are the
 * rows of one results file per seed.
 *
 * @example
 * ```ts
 * markdownTable(curtoisSeedsTable([1, 2, 3], runs));
 * ```
 */
export function curtoisSeedsTable(seeds: readonly number[], runs: readonly (readonly Json[])[]): Table {
  // The instances every run has (the seed runs may cover a subset).
  const labels = (runs[0] ?? [])
    .map((x) => String(x.instance))
    .filter((label) => runs.every((rows) => rows.some((x) => String(x.instance) === label)));
  const rows = labels.map((label) => {
    const found = runs.map((rows) => rows.find((x) => String(x.instance) === label));
    const objectives = found.map((x) => (x?.verified ? (x.objective as number) : undefined));
    const known = found.find((x) => x)?.bestKnown as number | null | undefined;
    const kind = found.find((x) => x)?.bestKnownKind;
    const median = medianOf(objectives);
    const gap =
      median !== undefined && known ? Math.round(((median - known) / known) * 10_000) / 100 : undefined;
    return [
      label,
      known === null || known === undefined ? 'open' : `${kind === 'about' ? '≈' : ''}${String(known)}`,
      ...objectives.map((v) => v ?? '–'),
      median,
      gap,
    ] as Cell[];
  });
  return {
    columns: ['instance', 'best known', ...seeds.map((seed) => `seed ${seed}`), 'median', 'median gap %'],
    rows,
  };
}

/** The median of the defined values (undefined when there are none). */
function medianOf(objectives: readonly (number | undefined)[]): number | undefined {
  const values = objectives.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/**
 * Curtois–Qu on one thread and on two (the helper annealer): for each instance all runs have, the
 * median verified objective of each (one results file per seed) and its gap to the best known value.
 *
 * @example
 * ```ts
 * curtoisThreadsTable([readResults('curtois-qu')!.rows as Json[]], [readResults('curtois-qu-threads2')!.rows as Json[]]);
 * ```
 */
export function curtoisThreadsTable(
  one: readonly (readonly Json[])[],
  two: readonly (readonly Json[])[],
): Table {
  const runs = [...one, ...two];
  const labels = (two[0] ?? [])
    .map((x) => String(x.instance))
    .filter((label) => runs.every((rows) => rows.some((x) => String(x.instance) === label)));
  const median = (set: readonly (readonly Json[])[], label: string) =>
    medianOf(
      set.map((rows) => {
        const x = rows.find((r) => String(r.instance) === label);
        return x?.verified ? (x.objective as number) : undefined;
      }),
    );
  const rows = labels.map((label) => {
    const first = two[0]!.find((x) => String(x.instance) === label)!;
    const known = first.bestKnown as number | null;
    const gap = (v: number | undefined) =>
      v !== undefined && known ? Math.round(((v - known) / known) * 10_000) / 100 : '–';
    const a = median(one, label);
    const b = median(two, label);
    return [
      label,
      known === null ? 'open' : `${first.bestKnownKind === 'about' ? '≈' : ''}${String(known)}`,
      a ?? '–',
      gap(a),
      b ?? '–',
      gap(b),
    ] as Cell[];
  });
  return {
    columns: ['instance', 'best known', '1 thread', 'gap %', '2 threads', 'gap %'],
    rows,
  };
}

/** One solver's outcome in the peers table: `607 (opt) in 3.4 s`, `timeout (30 s)` or `skipped`. */
function peerOutcome(o: Json | null | undefined): string {
  if (!o) return 'skipped';
  if (o.objective === null) return `${String(o.status)} (${String(o.seconds)} s)`;
  return `${String(o.objective)}${o.status === 'optimal' ? ' (opt)' : ''} in ${String(o.seconds)} s`;
}

/**
 * Peers: the library, monolithic HiGHS and monolithic javascript-lp-solver on one instance.
 *
 * @example
 * ```ts
 * markdownTable(peersTable(readResults('peers')!.rows as Json[]));
 * ```
 */
export function peersTable(rows: readonly Json[]): Table {
  return {
    columns: [
      'instance',
      'days/staff/shifts',
      'best known',
      'library',
      'HiGHS monolithic',
      'jsLP monolithic',
      'library / HiGHS',
      'library / jsLP',
    ],
    rows: rows.map((x) => [
      String(x.instance),
      String(x.size),
      x.bestKnown === null ? 'open' : (x.bestKnown as Cell),
      peerOutcome(x.library as Json),
      peerOutcome(x.highsMonolithic as Json),
      peerOutcome(x.jsLpMonolithic as Json | null),
      x.ratioLibraryToHighs as Cell,
      x.ratioLibraryToJsLp as Cell,
    ]),
  };
}

/**
 * Scaling: one row per scenario with time to the first plan and to the end, quality and memory.
 * Rows written before these columns existed print '–' in them.
 *
 * @example
 * ```ts
 * markdownTable(scalingTable(readResults('scaling')!.rows as Json[]));
 * ```
 */
export function scalingTable(rows: readonly Json[]): Table {
  return {
    columns: [
      'case',
      'status',
      'persons',
      'weeks',
      'construction done s',
      'first search progress s',
      'time s',
      'legal',
      'shortfall / required',
      'heltidsandel',
      'objective',
      'lower bound',
      'gap %',
      'peak heap MB',
      'process max RSS MB',
    ],
    rows: rows.map((x) => [
      String(x.case),
      String(x.status),
      x.persons as Cell,
      x.weeks as Cell,
      x.constructedSeconds as Cell,
      x.firstSearchSeconds as Cell,
      x.seconds as Cell,
      x.legal === undefined ? '–' : x.legal ? 'yes' : `no (${(x.failedChecks as string[]).join(', ')})`,
      x.shortfallShifts === undefined ? '–' : `${String(x.shortfallShifts)} / ${String(x.totalRequired)}`,
      x.heltidsandel as Cell,
      x.objective as Cell,
      x.lowerBound as Cell,
      x.gapPercent as Cell,
      x.peakHeapMb as Cell,
      x.maxRssMb as Cell,
    ]),
  };
}

/** A message cut to its first 100 characters; the results file keeps all of it. */
function short(message: string): string {
  return message.length > 100 ? `${message.slice(0, 99)}…` : message;
}

/**
 * Weekend patterns: one row per alternative (helgemønster × buffer) of one unit, with the numbers
 * a planner compares (personer, årsverk, heltidsandel, stillingsprosent, helgetimer, kostnad,
 * dekning, lovbrudd).
 *
 * @example
 * ```ts
 * markdownTable(weekendPatternsTable(readResults('weekend-patterns')!.rows as Json[]));
 * ```
 */
export function weekendPatternsTable(rows: readonly Json[]): Table {
  return {
    columns: [
      'enhet',
      'alternativ',
      'personer',
      'årsverk',
      'heltidsandel %',
      'gj.sn. stillingsprosent',
      'helgetimer per årsverk',
      'kostnad per år (kr)',
      'dekning %',
      'lovbrudd',
    ],
    rows: rows.map((x) =>
      x.status === 'solved'
        ? [
            String(x.unit),
            String(x.alternative),
            x.persons as Cell,
            x.arsverk as Cell,
            x.heltidsandelPercent as Cell,
            x.averagePositionPercent as Cell,
            x.weekendHoursPerArsverk as Cell,
            x.costPerYear as Cell,
            x.coveragePercent as Cell,
            x.violations as Cell,
          ]
        : [
            String(x.unit),
            String(x.alternative),
            `${String(x.status)}: ${short(cell(x.message as Cell))}`,
            ...Array<Cell>(7).fill(null),
          ],
    ),
  };
}
