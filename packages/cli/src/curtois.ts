import { basename } from 'node:path';
import * as solver from '@turnus/solver';
import { CliError } from './cli-error.js';
import { EXIT } from './cli-io.js';
import type { CommandContext } from './command.js';
import { readTextFile, writeOutput } from './io.js';
import { formatNumber } from './number-format.js';
import { type ProgressEvent, createProgress } from './progress.js';

interface CurtoisSolveLike {
  status: 'optimal' | 'feasible' | 'infeasible' | 'timeout';
  explanation?: readonly { employee: string; message: string }[];
  assignments: readonly unknown[];
  objective: number;
  lowerBound?: number;
}

/** The Curtois–Qu functions the CLI needs from `@turnus/solver`, looked up so a build without them still runs. */
interface CurtoisApi {
  readCurtoisInstance(text: string, source?: string): unknown;
  solveCurtoisQu(
    instance: unknown,
    options: { timeLimitSeconds: number; seed: number; onProgress?: (p: ProgressEvent) => void },
  ): Promise<CurtoisSolveLike>;
  writeCurtoisSolution(assignments: readonly unknown[], instance?: unknown): string;
  verifyCurtoisSolution(
    instance: unknown,
    assignments: readonly unknown[],
  ): { feasible: boolean; objective: { total: number }; violations: readonly { message: string }[] };
}

const NAMES = [
  'readCurtoisInstance',
  'solveCurtoisQu',
  'writeCurtoisSolution',
  'verifyCurtoisSolution',
] as const;

function curtoisApi(): CurtoisApi {
  const api = solver as unknown as Partial<Record<keyof CurtoisApi, unknown>>;
  const missing = NAMES.filter((name) => typeof api[name] !== 'function');
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
  let result: CurtoisSolveLike;
  try {
    result = await api.solveCurtoisQu(instance, {
      timeLimitSeconds: options.timeLimitSeconds,
      seed: options.seed,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.done();
  }
  if (result.status === 'infeasible' || result.status === 'timeout') {
    if (ctx.values.json)
      ctx.out(JSON.stringify({ status: result.status, explanation: result.explanation ?? [] }));
    else {
      ctx.err(
        ctx.paint.red(
          result.status === 'infeasible'
            ? `✖ ${basename(file)} is infeasible:`
            : `✖ no solution found for ${basename(file)} within ${options.timeLimitSeconds} s`,
        ),
      );
      for (const reason of result.explanation ?? []) ctx.err(`  ${reason.employee}: ${reason.message}`);
    }
    return EXIT.violations;
  }
  const check = api.verifyCurtoisSolution(instance, result.assignments);
  const objective = check.objective.total;
  const out = options.out ?? `${basename(file).replace(/\.txt$/i, '')}.solution.txt`;
  await writeOutput(out, api.writeCurtoisSolution(result.assignments, instance), ctx.io.cwd);
  const bound = result.lowerBound === undefined ? '' : `, lower bound ${formatNumber(result.lowerBound, 0)}`;
  if (ctx.values.json)
    ctx.out(
      JSON.stringify({
        status: result.status,
        out,
        feasible: check.feasible,
        objective,
        lowerBound: result.lowerBound,
        violations: check.violations.length,
      }),
    );
  else {
    ctx.out(
      `${check.feasible ? ctx.paint.green(result.status === 'optimal' ? 'Optimal' : 'Løst') : ctx.paint.red('Ugyldig')} ${basename(file)} → ${out}: objective ${formatNumber(objective, 0)}${bound}, ${result.assignments.length} assignments`,
    );
    for (const v of check.violations.slice(0, 20)) ctx.err(`  ✖ ${v.message}`);
  }
  return check.feasible ? EXIT.ok : EXIT.violations;
}
