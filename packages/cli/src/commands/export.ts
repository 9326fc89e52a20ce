import { join } from 'node:path';
import { exportPlanCsv } from '@turnus/core';
import { evaluate } from '@turnus/evaluation';
import { EXIT } from '../cli-io.js';
import { type Command, stringFlag } from '../command.js';
import { calendarFileName, planCalendars } from '../export-ics.js';
import { planWorkbook } from '../export-xlsx.js';
import { readPlanFile, writeOutput } from '../io.js';

/** `turnus export` (see its help text below and docs/cli.md). */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a plan as Excel (.xlsx), a CSV grid, or one iCalendar (.ics) file per employee',
  help: `turnus export <plan.json> [--xlsx out.xlsx] [--csv out.csv] [--ics dir/] [--json]

At least one of:
  --xlsx <file>  Excel workbook: sheets "Turnus" (the grid, coloured by shift kind, weekends
                 shaded, frozen header), "Nøkkeltall" (heltidskultur metrics), "Dekning" (coverage)
  --csv <file>   the rota grid as CSV (the format "turnus import" reads back)
  --ics <dir>    one .ics calendar per employee (Europe/Oslo times, flexi shifts marked)

Exit codes: 0 written, 2 bad plan or missing option.`,
  options: {
    xlsx: { type: 'string' },
    csv: { type: 'string' },
    ics: { type: 'string' },
  },
  positionals: 1,
  async run(ctx) {
    const xlsx = stringFlag(ctx, 'xlsx');
    const csv = stringFlag(ctx, 'csv');
    const ics = stringFlag(ctx, 'ics');
    if (!xlsx && !csv && !ics) {
      ctx.err('✖ give at least one of --xlsx <file>, --csv <file>, --ics <dir>');
      return EXIT.badInput;
    }
    const plan = await readPlanFile(ctx.positionals[0]!, ctx.io.cwd);
    const written: string[] = [];
    if (csv) {
      await writeOutput(csv, exportPlanCsv(plan), ctx.io.cwd);
      written.push(csv);
    }
    if (xlsx) {
      await writeOutput(xlsx, await planWorkbook(plan, evaluate(plan)), ctx.io.cwd);
      written.push(xlsx);
    }
    if (ics) {
      for (const [id, text] of planCalendars(plan)) {
        const file = join(ics, calendarFileName(id));
        await writeOutput(file, text, ctx.io.cwd);
        written.push(file);
      }
    }
    if (ctx.values.json) ctx.out(JSON.stringify({ written }, null, 2));
    else {
      if (csv) ctx.out(`${ctx.paint.green('OK')} CSV grid → ${csv}`);
      if (xlsx) ctx.out(`${ctx.paint.green('OK')} Excel workbook → ${xlsx}`);
      if (ics) ctx.out(`${ctx.paint.green('OK')} ${plan.employees.length} calendars → ${ics}`);
    }
    return EXIT.ok;
  },
};
