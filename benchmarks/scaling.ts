// Scaling benchmark of the turnus solver: the shared scenarios as they are, the staff-policy
// scenario with its demand multiplied, and generated units (generated-units.ts) of 10–60 staff
// over 12, 26 and 52 weeks, each solved with the same time limit. Reports time to the end of
// construction, to the first local-search progress and to the end; legality (evaluation),
// coverage, objective, LP bound and gap when the solver computed one, and memory.
//   tsx --conditions=@turnus/source scaling.ts --quick      10 s each, a few cases
//   tsx --conditions=@turnus/source scaling.ts              30 s each, every case
import { readFileSync, readdirSync } from 'node:fs';
import { type Scenario, parseScenarioText } from '@turnus/core';
import { type SolveProgress, solve } from '@turnus/solver';
import { generatedUnit } from './generated-units.js';
import { argument, flag, machine, printMachine } from './machine.js';
import { scalingTable } from './result-tables.js';
import { type Json, finishRun } from './table.js';

const quick = flag('quick');
const timeLimitSeconds = Number(argument('time') ?? (quick ? 10 : 30));
const seed = Number(argument('seed') ?? 1);
const dir = new URL('../fixtures/scenarios/', import.meta.url);
const host = machine();
printMachine(host);
console.log(`scaling, ${timeLimitSeconds} s each, seed ${seed}`);

/** Shared scenarios run in quick mode (all six in full mode). */
const QUICK_FILES = ['sykehjem-ansatte-12u.yaml', 'institusjon-dimensjonering.yaml'];
/** Demand factors of the staff-policy scenario (1 is the scenario itself). */
const FACTORS = quick ? [] : [2, 4, 8];
/** Generated units as [staff, weeks]. */
const UNITS: [number, number][] = quick
  ? [
      [10, 12],
      [20, 26],
      [40, 52],
    ]
  : [10, 20, 40, 60].flatMap((n) => [12, 26, 52].map((w): [number, number] => [n, w]));

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

const cases: { label: string; scenario: Scenario; generated?: Json }[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && (!quick || QUICK_FILES.includes(f)))
  .sort()) {
  cases.push({
    label: file,
    scenario: parseScenarioText(readFileSync(new URL(file, dir), 'utf8'), { source: file }),
  });
}
const base = cases.find((c) => c.label === 'institusjon-dimensjonering.yaml');
for (const factor of base ? FACTORS : []) {
  cases.push({
    label: `generated: institusjon ×${factor}`,
    scenario: scaleDemand(
      base!.scenario as unknown as Record<string, unknown>,
      factor,
    ) as unknown as Scenario,
  });
}
for (const [employees, weeks] of UNITS) {
  const { label, scenario, ...sizing } = generatedUnit(employees, weeks);
  cases.push({ label, scenario, generated: { ...sizing } });
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const round1 = (ms: number) => Math.round(ms / 100) / 10;

const rows: Json[] = [];
for (const c of cases) {
  const started = performance.now();
  let peakHeap = process.memoryUsage().heapUsed;
  let constructedMs: number | undefined;
  let firstSearchMs: number | undefined;
  // 'construct' with an objective is the end of construction (the solver's first complete rota,
  // legal in its own rule model); 'local-search' is reported on improvements, at most every 200 ms.
  const onProgress = (p: SolveProgress) => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (p.phase === 'construct' && p.bestObjective !== undefined) constructedMs ??= p.elapsedMs;
    if (p.phase === 'local-search') firstSearchMs ??= p.elapsedMs;
  };
  let row: Json;
  try {
    const result = await solve(c.scenario, { timeLimitSeconds, seed, onProgress });
    const seconds = round1(performance.now() - started);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    const timing = {
      constructedSeconds: constructedMs === undefined ? null : round1(constructedMs),
      firstSearchSeconds: firstSearchMs === undefined ? null : round1(firstSearchMs),
      seconds,
    };
    if (result.status === 'solved') {
      const coverage = result.evaluation.coverage;
      row = {
        case: c.label,
        status: 'solved',
        persons: result.plan.employees.length,
        weeks: result.plan.weeks,
        ...timing,
        legal: result.evaluation.legal,
        failedChecks: result.evaluation.checks.filter((k) => !k.passed).map((k) => k.id),
        shortfallShifts: coverage.shortfallShifts,
        totalRequired: coverage.totalRequired,
        heltidsandel: Math.round(result.evaluation.metrics.heltidsandel * 1000) / 1000,
        objective: Math.round(result.objective.total * 10) / 10,
        lowerBound: result.lowerBound === undefined ? null : Math.round(result.lowerBound * 10) / 10,
        gapPercent: result.gap === undefined ? null : Math.round(result.gap * 1000) / 10,
        iterations: result.stats.iterations,
      };
    } else {
      row = {
        case: c.label,
        status: 'infeasible',
        ...timing,
        explanation: result.explanation.map((e) => e.message),
      };
    }
  } catch (error) {
    row = { case: c.label, status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  row.peakHeapMb = mb(peakHeap);
  // maxRSS is in kilobytes and covers the whole process so far, not this case alone.
  row.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (c.generated) row.generated = c.generated;
  rows.push(row);
  console.log(JSON.stringify(row));
}

finishRun({ benchmark: 'scaling', quick, machine: host, timeLimitSeconds, seed }, scalingTable(rows), rows);
