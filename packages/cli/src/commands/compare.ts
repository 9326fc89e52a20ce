import { compareReports } from '@turnus/evaluation';
import { compareAlternatives } from '@turnus/solver';
import { EXIT } from '../cli-io.js';
import { type Command, numberFlag } from '../command.js';
import { renderComparisonText } from '../comparison-text.js';
import { readScenarioFile } from '../io.js';

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare weekend patterns and staffing alternatives for a scenario (a table)',
  help: `turnus compare <scenario.yaml> [--time-limit s] [--seed n] [--json]

Solves the scenario once per alternative (weekend patterns such as every third weekend, hinkehelg,
long shifts every fourth weekend, every other weekend) and prints a table: persons, årsverk,
heltidsandel, average position size, weekend hours, coverage, cost, violations.

Options:
  --time-limit <seconds>  search time per alternative (default 5)
  --seed <n>              random seed (default 1)
  --json                  the table as JSON

Exit codes: 0 compared, 2 bad scenario.`,
  options: { 'time-limit': { type: 'string', short: 't' }, seed: { type: 'string' } },
  positionals: 1,
  async run(ctx) {
    const scenario = await readScenarioFile(ctx.positionals[0]!, ctx.io.cwd);
    const timeLimitSeconds = numberFlag(ctx, 'time-limit', { min: 0.1, max: 86_400 }) ?? 5;
    const seed = numberFlag(ctx, 'seed', { min: 0, max: 2 ** 31 - 1, integer: true }) ?? 1;
    if (!ctx.values.json && ctx.io.isTTY)
      ctx.err(ctx.paint.dim(`Sammenligner alternativer (maks ${timeLimitSeconds} s hver) …`));
    const alternatives = await compareAlternatives(scenario, { timeLimitSeconds, seed });
    const items = alternatives.flatMap((a) =>
      a.result.status === 'solved' ? [{ label: a.label, report: a.result.evaluation }] : [],
    );
    const infeasible = alternatives.filter((a) => a.result.status !== 'solved').map((a) => a.label);
    const table = compareReports(items);
    if (ctx.values.json) ctx.out(JSON.stringify({ unit: scenario.unit, table, infeasible }, null, 2));
    else {
      ctx.out(ctx.paint.bold(`Alternativer for ${scenario.unit}`));
      ctx.out(renderComparisonText(table, ctx.paint));
      for (const label of infeasible) ctx.out(ctx.paint.yellow(`  ${label}: ingen lovlig turnus funnet`));
    }
    return EXIT.ok;
  },
};
