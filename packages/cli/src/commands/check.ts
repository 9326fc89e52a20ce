import { checkPlan } from '@turnus/evaluation';
import { renderChecksText } from '../check-text.js';
import { EXIT } from '../cli-io.js';
import type { Command } from '../command.js';
import { readPlanFile } from '../io.js';

/** `turnus check` (see its help text below and docs/cli.md). */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check a plan against the working-time law and tariff rules (lovkrav)',
  help: `turnus check <plan.json> [--json] [--all]

Runs every law and tariff check (daily and weekly rest, shift length, weekly and average hours,
Sundays/holidays, nights, consecutive days, contract hours, weekend pattern …) and lists the
violations per check with the law reference.

Options:
  --all    list every violation (default: at most 20 per check)
  --json   the check results as JSON

Exit codes: 0 no violations, 1 violations found, 2 bad plan file.`,
  options: { all: { type: 'boolean' } },
  positionals: 1,
  async run(ctx) {
    const file = ctx.positionals[0]!;
    const plan = await readPlanFile(file, ctx.io.cwd);
    const checks = checkPlan(plan);
    const failed = checks.filter((c) => !c.passed);
    const count = failed.reduce((sum, c) => sum + c.violations.length, 0);
    if (ctx.values.json) {
      ctx.out(JSON.stringify({ file, legal: failed.length === 0, violations: count, checks }, null, 2));
    } else {
      ctx.out(
        renderChecksText(checks, ctx.paint, ctx.values.all ? { maxPerCheck: Number.POSITIVE_INFINITY } : {}),
      );
      ctx.out();
      ctx.out(
        failed.length === 0
          ? ctx.paint.green(`Lovlig: alle ${checks.length} krav er oppfylt.`)
          : ctx.paint.red(`${count} brudd på ${failed.length} av ${checks.length} krav.`),
      );
    }
    return failed.length === 0 ? EXIT.ok : EXIT.violations;
  },
};
