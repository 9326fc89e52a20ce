import { basename } from 'node:path';
import type { Scenario } from '@turnus/core';
import { type SolveResult, solveInWorker } from '@turnus/solver';
import { CliError } from '../cli-error.js';
import { EXIT } from '../cli-io.js';
import { type Command, type CommandContext, numberFlag, stringFlag } from '../command.js';
import { solveCurtoisFile } from '../curtois.js';
import { readScenarioFile, writeOutput } from '../io.js';
import { renderKeyNumbers } from '../key-numbers.js';
import { formatNumber } from '../number-format.js';
import { createProgress } from '../progress.js';

/**
 * Solves a scenario in a worker thread (so the terminal stays responsive) with a progress bar on
 * a terminal, stopping cleanly with the best plan so far on Ctrl-C.
 *
 * @example
 * ```ts
 * const result = await solveWithProgress(ctx, scenario, { timeLimitSeconds: 10, seed: 1 });
 * ```
 * @since 0.1.0
 */
export async function solveWithProgress(
  ctx: CommandContext,
  scenario: Scenario,
  options: { timeLimitSeconds: number; seed: number },
): Promise<SolveResult> {
  const progress = createProgress(ctx.io, options.timeLimitSeconds, ctx.io.isTTY && !ctx.values.json);
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await solveInWorker(scenario, {
      timeLimitSeconds: options.timeLimitSeconds,
      seed: options.seed,
      onProgress: (p) => progress.update(p),
      signal: controller.signal,
    });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    progress.done();
  }
}

/** Prints why a scenario is infeasible, one reason per line. */
export function printInfeasible(
  ctx: CommandContext,
  result: Extract<SolveResult, { status: 'infeasible' }>,
): number {
  const timedOut = result.explanation.some((r) => r.rule === 'time-limit');
  ctx.err(
    ctx.paint.red(
      timedOut
        ? '✖ Ingen turnus ble ferdig innen tidsgrensen (prøv en høyere --time-limit):'
        : '✖ Ingen lovlig turnus finnes for scenarioet (infeasible):',
    ),
  );
  for (const reason of result.explanation.slice(0, 20)) ctx.err(`  ${reason.rule}: ${reason.message}`);
  if (result.explanation.length > 20) ctx.err(`  … og ${result.explanation.length - 20} til`);
  return EXIT.violations;
}

/** `turnus solve` (see its help text below and docs/cli.md). */
export const solveCommand: Command = {
  name: 'solve',
  summary: 'build a legal rota for a scenario and write it as a plan (JSON)',
  help: `turnus solve <scenario.yaml> [--out plan.json] [--time-limit s] [--seed n] [--json]
                [--input-format turnus|curtois-qu] [--output-format turnus|curtois-qu] [--threads n]

Sizes the staff (when the scenario has a staffPolicy), builds the rota, verifies it against every
law check and writes the plan. On a terminal a progress bar shows the phase, the best objective
and the time used; Ctrl-C stops and keeps the best plan found so far.

Options:
  --out <file>            where to write the plan (default: <scenario>.plan.json)
  --time-limit <seconds>  search time (default 10)
  --seed <n>              random seed (default 1); the same seed gives the same plan
  --input-format          turnus (a turnus-scenario/1 file, default) or curtois-qu (a benchmark
                          instance from the Curtois–Qu set)
  --output-format         turnus (turnus-plan/1 JSON, default) or curtois-qu (EmployeeID,Day,ShiftID
                          lines; only with --input-format curtois-qu)
  --threads <n>           Curtois–Qu only: searches in parallel (default 1); 2 runs a second
                          annealing, then a second neighbourhood search, with another seed in a
                          worker thread, and keeps the better roster
  --json                  print the result summary as JSON

Exit codes: 0 solved, 1 infeasible, 2 bad input.`,
  options: {
    out: { type: 'string', short: 'o' },
    'time-limit': { type: 'string', short: 't' },
    seed: { type: 'string' },
    'input-format': { type: 'string' },
    'output-format': { type: 'string' },
    threads: { type: 'string' },
  },
  positionals: 1,
  async run(ctx) {
    const file = ctx.positionals[0]!;
    const timeLimitSeconds = numberFlag(ctx, 'time-limit', { min: 0.1, max: 86_400 }) ?? 10;
    const seed = numberFlag(ctx, 'seed', { min: 0, max: 2 ** 31 - 1, integer: true }) ?? 1;
    const inputFormat = stringFlag(ctx, 'input-format') ?? 'turnus';
    const outputFormat = stringFlag(ctx, 'output-format') ?? 'turnus';
    const threads = numberFlag(ctx, 'threads', { min: 1, max: 2, integer: true });
    for (const [flag, value] of [
      ['input-format', inputFormat],
      ['output-format', outputFormat],
    ] as const)
      if (value !== 'turnus' && value !== 'curtois-qu')
        throw new CliError(`--${flag} must be turnus or curtois-qu (got "${value}")`);
    if (inputFormat === 'curtois-qu' || outputFormat === 'curtois-qu') {
      if (inputFormat !== outputFormat)
        throw new CliError(
          '--input-format and --output-format must both be curtois-qu: a Curtois–Qu instance solves to a Curtois–Qu solution',
        );
      return solveCurtoisFile(ctx, file, {
        timeLimitSeconds,
        seed,
        out: stringFlag(ctx, 'out'),
        threads: threads ?? 1,
      });
    }
    if (threads !== undefined)
      throw new CliError('--threads only applies to Curtois–Qu instances (--input-format curtois-qu)');
    const scenario = await readScenarioFile(file, ctx.io.cwd);
    const started = Date.now();
    const result = await solveWithProgress(ctx, scenario, { timeLimitSeconds, seed });
    if (result.status === 'infeasible') {
      if (ctx.values.json)
        ctx.out(JSON.stringify({ status: 'infeasible', explanation: result.explanation }, null, 2));
      else printInfeasible(ctx, result);
      return EXIT.violations;
    }
    const out = stringFlag(ctx, 'out') ?? `${basename(file).replace(/\.(ya?ml|json)$/i, '')}.plan.json`;
    await writeOutput(out, `${JSON.stringify(result.plan, null, 2)}\n`, ctx.io.cwd);
    const report = result.evaluation;
    if (ctx.values.json) {
      ctx.out(
        JSON.stringify(
          {
            status: result.status,
            out,
            legal: report.legal,
            metrics: report.metrics,
            coverage: {
              totalRequired: report.coverage.totalRequired,
              totalPlanned: report.coverage.totalPlanned,
              shortfallShifts: report.coverage.shortfallShifts,
              complete: report.coverage.complete,
            },
            objective: result.objective,
            lowerBound: result.lowerBound,
            gap: result.gap,
            stats: result.stats,
          },
          null,
          2,
        ),
      );
    } else {
      ctx.out(
        `${ctx.paint.green('Løst')} ${scenario.unit}: ${result.plan.employees.length} ansatte, ${result.plan.weeks} uker, ${result.plan.assignments.length} vakter → ${out} ${ctx.paint.dim(`(${formatNumber((Date.now() - started) / 1000, 1)} s)`)}`,
      );
      const bound =
        result.lowerBound === undefined
          ? ''
          : `, nedre grense ${formatNumber(result.lowerBound, 0)}${result.gap === undefined ? '' : ` (gap ${formatNumber(result.gap * 100, 1)} %)`}`;
      ctx.out(
        ctx.paint.dim(
          `Målfunksjon ${formatNumber(result.objective.total, 0)}${bound}; ${result.stats.iterations} iterasjoner, seed ${seed}`,
        ),
      );
      if (result.dimensioning) {
        const d = result.dimensioning;
        ctx.out(
          ctx.paint.dim(
            `Bemanning dimensjonert etter staffPolicy: ${d.persons} personer for ${formatNumber(d.arsverk, 2)} årsverk behov (${formatNumber(d.demandHoursPerWeek, 1)} t/uke)`,
          ),
        );
        for (const note of d.notes) ctx.out(ctx.paint.dim(`  ${note}`));
      }
      ctx.out(renderKeyNumbers(report, ctx.paint));
    }
    return report.legal ? EXIT.ok : EXIT.violations;
  },
};
