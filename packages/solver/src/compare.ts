import {
  type Plan,
  type Scenario,
  type ScenarioInput,
  type ShiftType,
  type WeekendPattern,
  parseScenario,
  weekendCycle,
} from '@turnus/core';
import { type ComparisonTable, type EvaluationReport, compareReports } from '@turnus/evaluation';
import type { DimensioningResult, SolveOptions, SolveResult } from './solve-types.js';
import { solveSync } from './solve.js';
import { positionSizesOf } from './staff-policy.js';

/** A staffing buffer (ressursbemanning) planned as flexi shifts. */
export type BufferVariant = 'base' | 'weekdays+5' | 'all-days+7';

/** One alternative of a comparison: its label, the scenario it solved, and the outcome. */
export interface AlternativeResult {
  label: string;
  weekendPattern: string;
  buffer: BufferVariant;
  scenario: Scenario;
  result: SolveResult;
  plan?: Plan;
  evaluation?: EvaluationReport;
  dimensioning?: DimensioningResult;
}

/** Options of {@link compareAlternatives}. */
export interface CompareOptions extends Omit<SolveOptions, 'onProgress'> {
  patterns?: WeekendPattern[];
  buffers?: BufferVariant[];
  onProgress?: (p: { label: string; index: number; count: number }) => void;
}

const BUFFER_LABEL: Record<BufferVariant, string> = {
  base: 'grunnbemanning',
  'weekdays+5': '+5 vakter/uke man–fre',
  'all-days+7': '+7 vakter/uke alle dager',
};

const PATTERN_LABEL: Record<string, string> = {
  'every-third': 'hver 3. helg',
  hinke: 'hinkehelg',
  'long-every-fourth': 'langvakter hver 4. helg',
  'every-other': 'annenhver helg',
};

/**
 * Compares weekend patterns and staffing buffers on one unit (Bodø-style): for each pattern
 * (every third, hinkehelg, long shifts every fourth, every other weekend) and each buffer (base,
 * +5 flexi shifts a week Monday–Friday, +7 a week all days) the staff is dimensioned and a rota
 * solved with an equal share of the time limit. Long shifts every fourth weekend add a long shift
 * type (08:00–20:00) when the unit has none and let it replace day+evening pairs at weekends.
 *
 * @example
 * ```ts
 * const alts = await compareAlternatives(scenario, { timeLimitSeconds: 60 });
 * const table = alternativesTable(alts);
 * ```
 */
export async function compareAlternatives(
  scenario: Scenario | unknown,
  options: CompareOptions = {},
): Promise<AlternativeResult[]> {
  const s = parseScenario(scenario);
  const patterns =
    options.patterns ?? (['every-third', 'hinke', 'long-every-fourth', 'every-other'] as WeekendPattern[]);
  const buffers = options.buffers ?? (['base', 'weekdays+5', 'all-days+7'] as BufferVariant[]);
  const total = (options.timeLimitSeconds ?? 60) * 1000;
  const started = performance.now();
  const out: AlternativeResult[] = [];
  const count = patterns.length * buffers.length;
  for (const pattern of patterns)
    for (const buffer of buffers) {
      if (options.signal?.aborted) return out;
      const variant = variantScenario(s, pattern, buffer);
      const label = `${PATTERN_LABEL[weekendCycle(pattern).name] ?? weekendCycle(pattern).name}, ${BUFFER_LABEL[buffer]}`;
      options.onProgress?.({ label, index: out.length, count });
      const left = total - (performance.now() - started);
      const share = Math.max(0.5, left / (count - out.length) / 1000);
      const result = solveSync(variant, {
        timeLimitSeconds: share,
        seed: options.seed ?? 1,
        // A total iteration budget is shared evenly, so results do not depend on machine load.
        ...(options.iterations !== undefined ? { iterations: Math.round(options.iterations / count) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      out.push({
        label,
        weekendPattern: weekendCycle(pattern).name,
        buffer,
        scenario: variant,
        result,
        ...(result.status === 'solved'
          ? {
              plan: result.plan,
              evaluation: result.evaluation,
              ...(result.dimensioning ? { dimensioning: result.dimensioning } : {}),
            }
          : {}),
      });
      await Promise.resolve();
    }
  return out;
}

/**
 * The comparison table of solved alternatives (evaluation's `compareReports`).
 *
 * @example
 * ```ts
 * alternativesTable(await compareAlternatives(scenario)).rows.length;
 * ```
 */
export function alternativesTable(alts: readonly AlternativeResult[]): ComparisonTable {
  return compareReports(
    alts.flatMap((a) => (a.evaluation ? [{ label: a.label, report: a.evaluation }] : [])),
  );
}

/**
 * The scenario of one alternative: staff policy with the pattern, flexi as the buffer.
 *
 * @example
 * ```ts
 * variantScenario(scenario, 'hinke', 'weekdays+5').flexi; // { weekday: { D: 1 }, … }
 * ```
 */
export function variantScenario(s: Scenario, pattern: WeekendPattern, buffer: BufferVariant): Scenario {
  const cycle = weekendCycle(pattern);
  const base = s.shiftTypes.find((t) => t.kind === 'day') ?? s.shiftTypes[0]!;
  let shiftTypes: ShiftType[] = s.shiftTypes;
  let demand = s.demand;
  if (cycle.longShifts && !s.shiftTypes.some((t) => t.kind === 'long')) {
    // 12 h, not 12.5 h: two in a row leave 12 h rest, still 11 h over the spring DST night.
    const long: ShiftType = {
      code: 'L',
      name: 'Langvakt',
      start: '08:00',
      end: '20:00',
      kind: 'long',
      breakMinutes: 30,
      breakPaid: true,
      days: ['saturday', 'sunday'],
    };
    shiftTypes = [...s.shiftTypes, long];
    demand = { ...s.demand };
    const day = s.shiftTypes.find((t) => t.kind === 'day')?.code;
    const eve = s.shiftTypes.find((t) => t.kind === 'evening')?.code;
    for (const key of ['saturday', 'sunday', 'holiday'] as const) {
      const m = s.demand?.[key];
      if (!m || !day || !eve || m[day] === undefined || m[eve] === undefined) continue;
      const count = (v: (typeof m)[string]) => (typeof v === 'number' ? v : (v?.count ?? 0));
      const pairs = Math.max(0, Math.min(count(m[day]), count(m[eve])) - 1);
      const cut = (v: (typeof m)[string]) =>
        typeof v === 'number' ? v - pairs : { ...v!, count: v!.count - pairs };
      demand[key] = { ...m, [day]: cut(m[day]), [eve]: cut(m[eve]), L: pairs };
    }
  }
  const flexi =
    buffer === 'base'
      ? s.flexi
      : buffer === 'weekdays+5'
        ? { weekday: { [base.code]: 1 }, spreadOver: 'staff' as const, minPositionPercent: 0 }
        : {
            weekday: { [base.code]: 1 },
            saturday: { [base.code]: 1 },
            sunday: { [base.code]: 1 },
            spreadOver: 'staff' as const,
            minPositionPercent: 0,
          };
  const policy = s.staffPolicy ?? {
    weekendPattern: pattern,
    weekendPositions: 'none' as WeekendPattern,
    positionSizes: positionSizesOf(s),
    competence: competenceMix(s),
  };
  const { staff: _staff, flexi: _flexi, demand: _demand, ...rest } = s as ScenarioInput;
  const input: ScenarioInput = {
    ...rest,
    shiftTypes,
    ...(demand ? { demand } : {}),
    ...(flexi ? { flexi } : {}),
    staffPolicy: { ...policy, weekendPattern: pattern },
  };
  return parseScenario(input);
}

function competenceMix(s: Scenario): Record<string, number> | string {
  const staff = s.staff ?? [];
  if (staff.length === 0) return 'helsefagarbeider';
  const out: Record<string, number> = {};
  for (const e of staff) out[e.competence] = (out[e.competence] ?? 0) + e.positionPercent;
  const sum = Object.values(out).reduce((a, b) => a + b, 0);
  for (const k of Object.keys(out)) out[k] = Math.round((out[k]! / sum) * 1000) / 1000;
  return out;
}
