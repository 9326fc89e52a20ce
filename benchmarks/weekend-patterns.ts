// Weekend-pattern study (helgemønstre): for each example unit, the library sizes the staff and
// solves a rota for every weekend pattern × staffing buffer with `compareAlternatives`, and the
// alternatives are put side by side with `alternativesTable` (evaluation's `compareReports`).
// Units without a staff policy get one from their staff list (position sizes and competence mix);
// their per-person vacation, unavailable days and wishes are left out, since the staff is new.
//   tsx --conditions=@turnus/source weekend-patterns.ts --quick   sykehjem-helgemonstre, 2 patterns × 1 buffer, 20 s
//   tsx --conditions=@turnus/source weekend-patterns.ts           every example, 4 patterns × 3 buffers, 60 s a unit
//   options: --time <seconds per unit> --seed <n> --units sykehjem-helgemonstre,dognrytme
import { readFileSync, readdirSync } from 'node:fs';
import {
  type Scenario,
  type ScenarioInput,
  type WeekendPattern,
  parseScenario,
  parseScenarioText,
} from '@turnus/core';
import type { ComparisonTable } from '@turnus/evaluation';
import {
  type AlternativeResult,
  type BufferVariant,
  alternativesTable,
  compareAlternatives,
} from '@turnus/solver';
import { argument, flag, machine, printMachine } from './machine.js';
import { weekendPatternsTable } from './result-tables.js';
import { type Json, finishRun, markdownTable } from './table.js';

const quick = flag('quick');
const timeLimitSeconds = Number(argument('time') ?? (quick ? 20 : 60));
const seed = Number(argument('seed') ?? 1);
const patterns: WeekendPattern[] = quick
  ? ['every-third', 'every-other']
  : ['every-third', 'hinke', 'long-every-fourth', 'every-other'];
const buffers: BufferVariant[] = quick ? ['base'] : ['base', 'weekdays+5', 'all-days+7'];
const examples = new URL('../examples/', import.meta.url);
const units =
  argument('units')?.split(',') ??
  (quick
    ? ['sykehjem-helgemonstre']
    : readdirSync(examples, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort());
const host = machine();
printMachine(host);
console.log(
  `weekend patterns, ${timeLimitSeconds} s per unit over ${patterns.length} × ${buffers.length} alternatives, seed ${seed}`,
);

/** Rows of the comparison table that the summary keeps, by their Norwegian label. */
const MEASURES = {
  persons: 'Personer',
  arsverk: 'Årsverk (stillinger)',
  heltidsandelPercent: 'Heltidsandel (%)',
  averagePositionPercent: 'Gj.sn. stillingsprosent',
  weekendHoursPerArsverk: 'Helgetimer per årsverk og år',
  costPerYear: 'Kostnad per år (kr)',
  coveragePercent: 'Dekning (%)',
  violations: 'Lovbrudd',
  legal: 'Lovlig',
} as const;

/** The value of one measure for one alternative (a column of the table). */
function measure(table: ComparisonTable, label: string, column: number): string | number | null {
  return table.rows.find((r) => r.label === label)?.values[column] ?? null;
}

/**
 * The unit as the comparison gets it. A unit without a staff policy gets one from its staff list
 * inside `compareAlternatives`; its per-person entries (vacation, unavailable days, wishes) name
 * persons the dimensioned staff does not have, so they are left out here.
 */
function asPolicyUnit(scenario: Scenario): Scenario {
  if (scenario.staffPolicy) return scenario;
  const { vacation: _v, unavailable: _u, wishes: _w, ...rest } = scenario as ScenarioInput;
  return parseScenario(rest);
}

/**
 * Every alternative of one unit, each solved on its own with an equal share of the unit's time, so
 * one alternative that fails (a pattern the plan length cannot hold, a solver error) is reported
 * in its row and the others still run.
 */
async function alternativesOf(
  scenario: Scenario,
): Promise<(AlternativeResult | { label: string; error: string })[]> {
  const out: (AlternativeResult | { label: string; error: string })[] = [];
  const share = timeLimitSeconds / (patterns.length * buffers.length);
  for (const pattern of patterns)
    for (const buffer of buffers) {
      try {
        out.push(
          ...(await compareAlternatives(scenario, {
            seed,
            timeLimitSeconds: share,
            patterns: [pattern],
            buffers: [buffer],
          })),
        );
      } catch (error) {
        out.push({
          label: `${pattern}, ${buffer}`,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  return out;
}

const rows: Json[] = [];
const comparisons: Json = {};
for (const unit of units) {
  const file = new URL(`${unit}/scenario.yaml`, examples);
  const started = performance.now();
  let scenario: Scenario;
  try {
    scenario = parseScenarioText(readFileSync(file, 'utf8'), { source: `${unit}/scenario.yaml` });
  } catch (error) {
    rows.push({
      unit,
      alternative: 'all',
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
    continue;
  }
  const results = await alternativesOf(asPolicyUnit(scenario));
  const alternatives = results.filter((a): a is AlternativeResult => !('error' in a));
  const table = alternativesTable(alternatives);
  comparisons[unit] = { seconds: Math.round((performance.now() - started) / 100) / 10, ...table };
  console.log(`\n${unit} (${scenario.staffPolicy ? 'staffPolicy' : 'staff list → staff policy'}):\n`);
  console.log(
    markdownTable({ columns: ['', ...table.columns], rows: table.rows.map((r) => [r.label, ...r.values]) }),
  );
  for (const a of results) {
    if ('error' in a) {
      console.log(`${unit}, ${a.label}: error ${a.error}`);
      rows.push({ unit, alternative: a.label, status: 'error', message: a.error });
      continue;
    }
    const column = table.columns.indexOf(a.label);
    const common = { unit, alternative: a.label, weekendPattern: a.weekendPattern, buffer: a.buffer };
    if (a.result.status !== 'solved' || column < 0) {
      const reasons = a.result.status === 'infeasible' ? a.result.explanation.map((e) => e.message) : [];
      rows.push({ ...common, status: 'infeasible', message: reasons.join('; ') });
      continue;
    }
    rows.push({
      ...common,
      status: 'solved',
      ...Object.fromEntries(
        Object.entries(MEASURES).map(([key, label]) => [key, measure(table, label, column)]),
      ),
    });
  }
}

finishRun(
  { benchmark: 'weekend-patterns', quick, machine: host, timeLimitSeconds, seed },
  weekendPatternsTable(rows),
  rows,
  {
    timeLimit: 'seconds per unit, shared evenly by its alternatives, each solved on its own',
    patterns,
    buffers,
    comparisons,
  },
);
