import { basename } from 'node:path';
import * as solver from '@turnus/solver';
import { CliError } from './cli-error.js';
import { EXIT } from './cli-io.js';
import type { CommandContext } from './command.js';
import { readTextFile, writeOutput } from './io.js';
import { formatNumber } from './number-format.js';
import { createProgress } from './progress.js';

/** The Curtois–Qu functions the CLI needs from `@turnus/solver` (looked up so a build without them still runs). */
interface CurtoisApi {
  readCurtoisInstance(text: string, source?: string): unknown;
  solveCurtois(
    instance: unknown,
    options: { timeLimitSeconds: number; seed: number; onProgress?: (p: never) => void },
  ): Promise<{ assignments: readonly unknown[]; objective?: number; feasible?: boolean }>;
  writeCurtoisSolution(assignments: readonly unknown[], instance?: unknown): string;
  verifyCurtoisSolution(
    instance: unknown,
    assignments: readonly unknown[],
  ): { feasible: boolean; objective: number | { total: number }; violations: readonly { message: string }[] };
}

function curtoisApi(): CurtoisApi {
  const api = solver as unknown as Partial<Record<keyof CurtoisApi, unknown>>;
  const missing = (
    ['readCurtoisInstance', 'solveCurtois', 'writeCurtoisSolution', 'verifyCurtoisSolution'] as const
  ).filter((name) => typeof api[name] !== 'function');
  if (missing.length > 0)
    throw new CliError(
      `the Curtois–Qu format is not available in this build of @turnus/solver (missing ${missing.join(', ')})`,
    );
  return api as unknown as CurtoisApi;
}

/**
 * `turnus solve --input-format curtois-qu`: reads a Curtois–Qu benchmark instance, solves it and
 * writes the solution (`EmployeeID,Day,ShiftID` lines) with its verified objective.
 *
 * @since 0.1.0
 */
export async function solveCurtoisFile(
  ctx: CommandContext,
  file: string,
  options: { timeLimitSeconds: number; seed: number; out: string | undefined },
): Promise<number> {
  const api = curtoisApi();
  const instance = api.readCurtoisInstance(await readTextFile(file, ctx.io.cwd), file);
  const progress = createProgress(ctx.io, options.timeLimitSeconds, ctx.io.isTTY && !ctx.values.json);
  let result: Awaited<ReturnType<CurtoisApi['solveCurtois']>>;
  try {
    result = await api.solveCurtois(instance, {
      timeLimitSeconds: options.timeLimitSeconds,
      seed: options.seed,
      onProgress: ((p: Parameters<typeof progress.update>[0]) => progress.update(p)) as (p: never) => void,
    });
  } finally {
    progress.done();
  }
  const check = api.verifyCurtoisSolution(instance, result.assignments);
  const objective = typeof check.objective === 'number' ? check.objective : check.objective.total;
  const out = options.out ?? `${basename(file).replace(/\.txt$/i, '')}.solution.txt`;
  await writeOutput(out, api.writeCurtoisSolution(result.assignments, instance), ctx.io.cwd);
  if (ctx.values.json)
    ctx.out(
      JSON.stringify({ out, feasible: check.feasible, objective, violations: check.violations.length }),
    );
  else {
    ctx.out(
      `${check.feasible ? ctx.paint.green('Løst') : ctx.paint.red('Ugyldig')} ${basename(file)} → ${out}: objective ${formatNumber(objective, 0)}, ${result.assignments.length} assignments`,
    );
    for (const v of check.violations.slice(0, 20)) ctx.err(`  ✖ ${v.message}`);
  }
  return check.feasible ? EXIT.ok : EXIT.violations;
}
