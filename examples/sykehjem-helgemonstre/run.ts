// Weekend patterns side by side for one nursing-home ward: the library sizes the staff for each
// pattern, builds a legal rota and evaluates it; the table shows persons, heltidsandel, position
// sizes, weekend hours, coverage and cost. Run with `pnpm start` in this folder.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseScenarioText } from '@turnus/core';
import { compareReports } from '@turnus/evaluation';
import { compareAlternatives } from '@turnus/solver';

/** Options for {@link main}; the smoke test passes a short time limit and a silent log. */
export interface ExampleOptions {
  /** Total search time over all alternatives. */
  timeLimitSeconds?: number;
  /** A fixed search budget instead of the clock, for results that do not depend on machine load. */
  iterations?: number;
  seed?: number;
  log?: (line: string) => void;
}

const ROWS = [
  'Personer',
  'Årsverk (stillinger)',
  'Heltidsandel (%)',
  'Gj.sn. stillingsprosent',
  'Antall stillingsstørrelser',
  'Helgetimer per person og år',
  'Dekning (%)',
  'Lovbrudd',
  'Kostnad per år (kr)',
];

/** Compares the four weekend patterns with base staffing and prints the table. */
export async function main(options: ExampleOptions = {}) {
  const log = options.log ?? console.log;
  const text = readFileSync(new URL('./scenario.yaml', import.meta.url), 'utf8');
  const scenario = parseScenarioText(text, { source: 'scenario.yaml' });
  const alternatives = await compareAlternatives(scenario, {
    patterns: ['every-third', 'hinke', 'long-every-fourth', 'every-other'],
    buffers: ['base'],
    timeLimitSeconds: options.timeLimitSeconds ?? 40,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    seed: options.seed ?? 1,
  });
  const solved = alternatives.flatMap((a) =>
    a.evaluation ? [{ label: a.label, report: a.evaluation }] : [],
  );
  const table = compareReports(solved);
  log(`${scenario.unit}: helgemønstre med grunnbemanning (${alternatives.length} alternativer)`);
  log('');
  const labels = table.columns.map((c) => c.replace(', grunnbemanning', ''));
  const first = Math.max(...ROWS.map((r) => r.length));
  const widths = labels.map((l) => Math.max(l.length, 10));
  log(`${''.padEnd(first)}  ${labels.map((l, i) => l.padStart(widths[i]!)).join('  ')}`);
  for (const row of table.rows.filter((r) => ROWS.includes(r.label)))
    log(`${row.label.padEnd(first)}  ${row.values.map((v, i) => String(v).padStart(widths[i]!)).join('  ')}`);
  for (const a of alternatives)
    if (a.result.status === 'infeasible')
      log(`${a.label}: ingen lovlig turnus (${a.result.explanation.map((e) => e.message).join('; ')})`);
  return {
    status: solved.length > 0 ? ('solved' as const) : ('infeasible' as const),
    alternatives: alternatives.length,
    solved: solved.length,
    table,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
