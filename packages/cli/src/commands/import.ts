import { type Plan, TurnusError, importPlanCsv, isTurnusError } from '@turnus/core';
import { EXIT } from '../cli-io.js';
import { type Command, stringFlag } from '../command.js';
import { readScenarioFile, readTextFile, writeOutput } from '../io.js';

/** `turnus import` (see its help text below and docs/cli.md). */
export const importCommand: Command = {
  name: 'import',
  summary: 'read a rota grid (CSV: employees × dates of shift codes) into a plan for checking',
  help: `turnus import <rota.csv> --scenario <scenario.yaml> [--out plan.json] [--json]

Reads a planner's rota grid: first row "ansatt,<date>,<date>,…", then one row per employee with a
shift code per date ("," or ";" separated). Blank, "-" and F1–F5 are days off, "FE" is vacation,
a trailing "*" marks a flexi shift (fleksivakt). Employees and shift codes must exist in the
scenario. Writes a turnus-plan/1 JSON document you can pass to check, evaluate, report and export.

Options:
  --scenario <file>  the scenario the rota belongs to (required)
  --out <file>       where to write the plan (default: print the plan JSON to stdout)

Exit codes: 0 imported, 2 bad CSV (each bad cell named by row and column) or bad scenario.`,
  options: { scenario: { type: 'string', short: 's' }, out: { type: 'string', short: 'o' } },
  positionals: 1,
  async run(ctx) {
    const scenarioPath = stringFlag(ctx, 'scenario');
    if (!scenarioPath) {
      ctx.err(
        '✖ --scenario <scenario.yaml> is required (the rota is read against its staff and shift types)',
      );
      return EXIT.badInput;
    }
    const scenario = await readScenarioFile(scenarioPath, ctx.io.cwd);
    const csvPath = ctx.positionals[0]!;
    const text = await readTextFile(csvPath, ctx.io.cwd);
    let plan: Plan;
    try {
      plan = importPlanCsv(text, scenario);
    } catch (error) {
      // Name the CSV file in the error, as the scenario and plan readers do.
      if (isTurnusError(error) && !error.source) throw new TurnusError(error.code, error.issues, csvPath);
      throw error;
    }
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    const out = stringFlag(ctx, 'out');
    if (!out) {
      ctx.io.stdout.write(json);
      return EXIT.ok;
    }
    await writeOutput(out, json, ctx.io.cwd);
    if (ctx.values.json)
      ctx.out(JSON.stringify({ out, employees: plan.employees.length, shifts: plan.assignments.length }));
    else
      ctx.out(
        `${ctx.paint.green('OK')} ${csvPath} → ${out}: ${plan.employees.length} employees, ${plan.assignments.length} shifts, ${plan.weeks} weeks`,
      );
    return EXIT.ok;
  },
};
