import { evaluate } from '@turnus/evaluation';
import { EXIT } from '../cli-io.js';
import { type Command, stringFlag } from '../command.js';
import { renderEvaluationText } from '../evaluation-text.js';
import { readPlanFile, readScenarioFile } from '../io.js';

/** `turnus evaluate` (see its help text below and docs/cli.md). */
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'the full evaluation of a plan: key numbers, coverage, law checks, fairness, cost',
  help: `turnus evaluate <plan.json> [--scenario scenario.yaml] [--json]

Prints the evaluation as readable Norwegian text: heltidskultur key numbers (persons, årsverk,
heltidsandel, average position size, weekend hours), coverage against the demand, every law
check, fairness, cost and the earned full-time week, and a line per employee.

Options:
  --scenario <file>  the scenario the plan was made for (adds wishes and cost settings)
  --json             the whole report as JSON

Exit codes: 0 legal, 1 law violations, 2 bad plan file.`,
  options: { scenario: { type: 'string', short: 's' } },
  positionals: 1,
  async run(ctx) {
    const plan = await readPlanFile(ctx.positionals[0]!, ctx.io.cwd);
    const scenarioPath = stringFlag(ctx, 'scenario');
    const scenario = scenarioPath ? await readScenarioFile(scenarioPath, ctx.io.cwd) : undefined;
    const report = evaluate(plan, scenario);
    if (ctx.values.json) ctx.out(JSON.stringify(report, null, 2));
    else ctx.out(renderEvaluationText(plan, report, ctx.paint));
    return report.legal ? EXIT.ok : EXIT.violations;
  },
};
