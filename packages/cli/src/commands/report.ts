import { evaluate } from '@turnus/evaluation';
import { EXIT } from '../cli-io.js';
import { type Command, stringFlag } from '../command.js';
import { readPlanFile, writeOutput } from '../io.js';
import { renderReportHtml } from '../report-html.js';

/** `turnus report` (see its help text below and docs/cli.md). */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write a self-contained HTML report of a plan (rota grid, coverage, metrics, law checks)',
  help: `turnus report <plan.json> --html <out.html> [--json]

Writes one HTML file with everything inline (no internet needed): the rota grid coloured by shift
kind with weekends and holidays shaded and flexi shifts marked, hours per employee and week, a
coverage chart (required vs planned), the heltidskultur key numbers and every law check with an
explanation. Prints in landscape.

Exit codes: 0 written, 2 bad plan or missing --html.`,
  options: { html: { type: 'string' } },
  positionals: 1,
  async run(ctx) {
    const html = stringFlag(ctx, 'html');
    if (!html) {
      ctx.err('✖ --html <out.html> is required');
      return EXIT.badInput;
    }
    const plan = await readPlanFile(ctx.positionals[0]!, ctx.io.cwd);
    const report = evaluate(plan);
    await writeOutput(html, renderReportHtml(plan, report, { generatedAt: new Date() }), ctx.io.cwd);
    if (ctx.values.json) ctx.out(JSON.stringify({ html, legal: report.legal }));
    else
      ctx.out(
        `${ctx.paint.green('OK')} report → ${html}${report.legal ? '' : ctx.paint.yellow(' (the plan has law violations; see the report)')}`,
      );
    return EXIT.ok;
  },
};
