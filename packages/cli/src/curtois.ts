import { basename } from 'node:path';
import {
  type CurtoisSolveResult,
  readCurtoisInstance,
  solveCurtoisQu,
  verifyCurtoisSolution,
  writeCurtoisSolution,
} from '@turnus/solver';
import { EXIT } from './cli-io.js';
import type { CommandContext } from './command.js';
import { readTextFile, writeOutput } from './io.js';
import { formatNumber } from './number-format.js';
import { createProgress } from './progress.js';

/**
 * `turnus solve --input-format curtois-qu`: reads a Curtois–Qu benchmark instance, solves it,
 * verifies the roster independently and writes the solution (`EmployeeID,Day,ShiftID` lines).
 *
 * @returns the exit code: 0 solved and verified, 1 infeasible, out of time or not verified
 * @example
 * ```ts
 * await solveCurtoisFile(ctx, 'Instance1.txt', { timeLimitSeconds: 10, seed: 1, out: 'Instance1.sol', threads: 1 });
 * ```
 * @since 0.1.0
 */
export async function solveCurtoisFile(
  ctx: CommandContext,
  file: string,
  options: { timeLimitSeconds: number; seed: number; out: string | undefined; threads: number },
): Promise<number> {
  const instance = readCurtoisInstance(await readTextFile(file, ctx.io.cwd), file);
  const progress = createProgress(ctx.io, options.timeLimitSeconds, ctx.io.isTTY && !ctx.values.json);
  let result: CurtoisSolveResult;
  try {
    result = await solveCurtoisQu(instance, {
      timeLimitSeconds: options.timeLimitSeconds,
      seed: options.seed,
      threads: options.threads,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.done();
  }
  if (result.status === 'infeasible' || result.status === 'timeout') {
    if (ctx.values.json)
      ctx.out(JSON.stringify({ status: result.status, explanation: result.explanation ?? [] }, null, 2));
    else {
      ctx.err(
        ctx.paint.red(
          result.status === 'infeasible'
            ? `✖ ${basename(file)} is infeasible:`
            : `✖ no solution found for ${basename(file)} within ${options.timeLimitSeconds} s (try a higher --time-limit)`,
        ),
      );
      for (const reason of result.explanation ?? []) ctx.err(`  ${reason.employee}: ${reason.message}`);
    }
    return EXIT.violations;
  }
  const check = verifyCurtoisSolution(instance, result.assignments);
  const objective = check.objective.total;
  const out = options.out ?? `${basename(file).replace(/\.txt$/i, '')}.solution.txt`;
  await writeOutput(out, writeCurtoisSolution(result.assignments, instance), ctx.io.cwd);
  if (ctx.values.json)
    ctx.out(
      JSON.stringify(
        {
          status: result.status,
          out,
          feasible: check.feasible,
          objective: check.objective,
          lowerBound: result.lowerBound,
          method: result.method,
          threads: result.threads,
          elapsedMs: result.elapsedMs,
          violations: check.violations.length,
        },
        null,
        2,
      ),
    );
  else {
    const bound =
      result.lowerBound === undefined ? '' : `, lower bound ${formatNumber(result.lowerBound, 0)}`;
    const verdict = !check.feasible
      ? ctx.paint.red('Ugyldig')
      : ctx.paint.green(result.status === 'optimal' ? 'Optimal' : 'Løst');
    ctx.out(
      `${verdict} ${basename(file)} → ${out}: objective ${formatNumber(objective, 0)}${bound}, ${result.assignments.length} assignments (${result.method}, ${formatNumber(result.elapsedMs / 1000, 1)} s${result.threads > 1 ? `, ${result.threads} threads` : ''})`,
    );
    for (const v of check.violations.slice(0, 20)) ctx.err(`  ✖ ${v.message}`);
  }
  return check.feasible ? EXIT.ok : EXIT.violations;
}
