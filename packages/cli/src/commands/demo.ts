import { parseScenario } from '@turnus/core';
import { EXIT } from '../cli-io.js';
import { type Command, numberFlag, stringFlag } from '../command.js';
import { DEMO_SCENARIO } from '../demo-scenario.js';
import { renderGridText } from '../grid-text.js';
import { writeOutput } from '../io.js';
import { renderKeyNumbers } from '../key-numbers.js';
import { formatNumber } from '../number-format.js';
import { printInfeasible, solveWithProgress } from './solve.js';
import { scenarioSummary } from './validate.js';

/** `turnus demo` (see its help text below and docs/cli.md). */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'solve a built-in nursing-home example and show the rota and its key numbers',
  help: `turnus demo [--time-limit s] [--seed n] [--out plan.json] [--json]

Solves a small built-in scenario (a nursing-home ward, 6-week rotating rota, 10 employees, day and
evening shifts, every-third-weekend staff plus weekend positions) and prints the rota as a grid
(weekends marked) and the key numbers: persons, årsverk, heltidsandel, average position size,
weekend hours, coverage and law violations.

Options:
  --time-limit <seconds>  search time (default 5)
  --seed <n>              random seed (default 1)
  --out <file>            also write the plan (JSON) to try "turnus report" and "turnus export"
  --json                  print the key numbers as JSON instead

Exit codes: 0 solved and legal, 1 infeasible or violations.`,
  options: {
    'time-limit': { type: 'string', short: 't' },
    seed: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  positionals: 0,
  async run(ctx) {
    const timeLimitSeconds = numberFlag(ctx, 'time-limit', { min: 0.1, max: 3600 }) ?? 5;
    const seed = numberFlag(ctx, 'seed', { min: 0, max: 2 ** 31 - 1, integer: true }) ?? 1;
    const scenario = parseScenario(DEMO_SCENARIO, 'demo');
    if (!ctx.values.json) {
      ctx.out(ctx.paint.bold(`turnus demo — ${scenarioSummary(scenario)}`));
      ctx.out(ctx.paint.dim(`Løser (maks ${formatNumber(timeLimitSeconds, 0)} s) …`));
    }
    const started = Date.now();
    const result = await solveWithProgress(ctx, scenario, { timeLimitSeconds, seed });
    if (result.status === 'infeasible') return printInfeasible(ctx, result);
    const out = stringFlag(ctx, 'out');
    if (out) await writeOutput(out, `${JSON.stringify(result.plan, null, 2)}\n`, ctx.io.cwd);
    const report = result.evaluation;
    if (ctx.values.json) {
      ctx.out(
        JSON.stringify(
          { legal: report.legal, metrics: report.metrics, coverage: report.coverage.complete },
          null,
          2,
        ),
      );
      return report.legal ? EXIT.ok : EXIT.violations;
    }
    ctx.out();
    ctx.out(renderGridText(result.plan, ctx.paint, { weeksPerBlock: 3 }));
    ctx.out();
    ctx.out(renderKeyNumbers(report, ctx.paint));
    ctx.out(
      ctx.paint.dim(
        `Løst på ${formatNumber((Date.now() - started) / 1000, 1)} s${out ? `; plan skrevet til ${out} (prøv: turnus report ${out} --html turnus.html)` : ''}`,
      ),
    );
    return report.legal ? EXIT.ok : EXIT.violations;
  },
};
