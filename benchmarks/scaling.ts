// Scaling benchmark of the turnus solver: the shared scenarios as they are, and generated units
// (the staff-policy scenario with its demand multiplied), each solved with the same time limit;
// reports status, time, legality (evaluation), coverage and staff size.
//   tsx --conditions=@turnus/source scaling.ts --quick      10 s each, units ×1 and ×2
//   tsx --conditions=@turnus/source scaling.ts              30 s each, units ×1, ×2, ×4, ×8
import { readFileSync, readdirSync } from 'node:fs';
import { parseScenarioText } from '@turnus/core';
import { solve } from '@turnus/solver';
import { argument, flag, machine, markdownTable, printMachine, writeResults } from './machine.js';

const quick = flag('quick');
const timeLimitSeconds = Number(argument('time') ?? (quick ? 10 : 30));
const seed = Number(argument('seed') ?? 1);
const factors = quick ? [1, 2] : [1, 2, 4, 8];
const dir = new URL('../fixtures/scenarios/', import.meta.url);
const host = machine();
printMachine(host);
console.log(`scaling, ${timeLimitSeconds} s each, seed ${seed}`);

/** Multiplies every count of a `demand` given per day type and shift code (the simple form). */
function scaleDemand(document: Record<string, unknown>, factor: number): Record<string, unknown> {
  const demand = document.demand;
  if (typeof demand !== 'object' || demand === null || Array.isArray(demand)) return document;
  const scaled: Record<string, unknown> = {};
  for (const [dayType, counts] of Object.entries(demand)) {
    if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
      scaled[dayType] = counts;
      continue;
    }
    scaled[dayType] = Object.fromEntries(
      Object.entries(counts).map(([code, n]) => [code, typeof n === 'number' ? n * factor : n]),
    );
  }
  return { ...document, demand: scaled, unit: `${String(document.unit ?? 'unit')} ×${factor}` };
}

const cases: { label: string; scenario: ReturnType<typeof parseScenarioText> }[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  cases.push({
    label: file,
    scenario: parseScenarioText(readFileSync(new URL(file, dir), 'utf8'), { source: file }),
  });
}
const base = cases.find((c) => c.label === 'institusjon-dimensjonering.yaml');
if (base) {
  for (const factor of factors.filter((f) => f > 1)) {
    cases.push({
      label: `generated: institusjon ×${factor}`,
      scenario: scaleDemand(
        base.scenario as unknown as Record<string, unknown>,
        factor,
      ) as unknown as typeof base.scenario,
    });
  }
}

const rows: Record<string, unknown>[] = [];
for (const c of cases) {
  const started = performance.now();
  let row: Record<string, unknown>;
  try {
    const result = await solve(c.scenario, { timeLimitSeconds, seed });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    if (result.status === 'solved') {
      const coverage = result.evaluation.coverage;
      row = {
        case: c.label,
        status: 'solved',
        seconds,
        persons: result.plan.employees.length,
        weeks: result.plan.weeks,
        legal: result.evaluation.legal,
        failedChecks: result.evaluation.checks.filter((k) => !k.passed).map((k) => k.id),
        shortfallShifts: coverage.shortfallShifts,
        totalRequired: coverage.totalRequired,
        heltidsandel: Math.round(result.evaluation.metrics.heltidsandel * 1000) / 1000,
        iterations: result.stats.iterations,
        lowerBound: result.lowerBound ?? null,
      };
    } else {
      row = {
        case: c.label,
        status: 'infeasible',
        seconds,
        explanation: result.explanation.map((e) => e.message),
      };
    }
  } catch (error) {
    row = { case: c.label, status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  rows.push(row);
  console.log(JSON.stringify(row));
}

console.log(
  `\n${markdownTable(
    ['case', 'status', 'time s', 'persons', 'weeks', 'legal', 'shortfall / required', 'heltidsandel'],
    rows.map((r) => [
      String(r.case),
      String(r.status),
      r.seconds === undefined ? '–' : Number(r.seconds),
      r.persons === undefined ? '–' : Number(r.persons),
      r.weeks === undefined ? '–' : Number(r.weeks),
      r.legal === undefined ? '–' : r.legal ? 'yes' : `no (${(r.failedChecks as string[]).join(', ')})`,
      r.shortfallShifts === undefined ? '–' : `${r.shortfallShifts} / ${r.totalRequired}`,
      r.heltidsandel === undefined ? '–' : Number(r.heltidsandel),
    ]),
  )}`,
);
const file = writeResults(quick ? 'scaling-quick' : 'scaling', {
  benchmark: 'scaling',
  mode: quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: host,
  timeLimitSeconds,
  seed,
  rows,
});
console.log(`\nwrote ${file}`);
