import { WEEKEND_PATTERN_NAMES, type WeekendPattern } from '@turnus/core';
import { compareReports } from '@turnus/evaluation';
import { type BufferVariant, compareAlternatives } from '@turnus/solver';
import { CliError } from '../cli-error.js';
import { EXIT } from '../cli-io.js';
import { type Command, numberFlag, stringFlag } from '../command.js';
import { renderComparisonText } from '../comparison-text.js';
import { readScenarioFile } from '../io.js';

const BUFFERS: readonly BufferVariant[] = ['base', 'weekdays+5', 'all-days+7'];
const PATTERNS = WEEKEND_PATTERN_NAMES.filter((p) => p !== 'none');

function listFlag<T extends string>(
  text: string | undefined,
  allowed: readonly T[],
  flag: string,
): T[] | undefined {
  if (text === undefined) return undefined;
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i as T));
  if (items.length === 0 || bad.length > 0)
    throw new CliError(`--${flag} takes a comma-separated list of ${allowed.join(', ')} (got "${text}")`);
  return items as T[];
}

/** `turnus compare` (see its help text below and docs/cli.md). */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare weekend patterns and staffing alternatives for a scenario (a table)',
  help: `turnus compare <scenario.yaml> [--patterns list] [--buffers list] [--time-limit s] [--seed n] [--json]

Solves the scenario once per alternative — each weekend pattern (every third weekend, hinkehelg,
long shifts every fourth weekend, every other weekend) with each staffing buffer (base staffing,
+5 shifts a week Monday–Friday, +7 shifts a week on all days) — sizing the staff for it, and prints
a table with one column per alternative: persons, årsverk, heltidsandel, average position size,
weekend hours, coverage, substitutes, violations, wishes, full-time week and cost.

Options:
  --patterns <list>       weekend patterns to compare (default: ${PATTERNS.join(',')})
  --buffers <list>        staffing buffers (default: ${BUFFERS.join(',')})
  --time-limit <seconds>  total search time shared by all alternatives (default 60)
  --seed <n>              random seed (default 1)
  --json                  the table (and any infeasible alternatives) as JSON

Exit codes: 0 compared, 1 no alternative could be solved, 2 bad scenario or option.`,
  options: {
    patterns: { type: 'string' },
    buffers: { type: 'string' },
    'time-limit': { type: 'string', short: 't' },
    seed: { type: 'string' },
  },
  positionals: 1,
  async run(ctx) {
    const patterns = listFlag(stringFlag(ctx, 'patterns'), PATTERNS, 'patterns');
    const buffers = listFlag(stringFlag(ctx, 'buffers'), BUFFERS, 'buffers');
    const timeLimitSeconds = numberFlag(ctx, 'time-limit', { min: 0.1, max: 86_400 }) ?? 60;
    const seed = numberFlag(ctx, 'seed', { min: 0, max: 2 ** 31 - 1, integer: true }) ?? 1;
    const scenario = await readScenarioFile(ctx.positionals[0]!, ctx.io.cwd);
    const live = ctx.io.isTTY && !ctx.values.json;
    const alternatives = await compareAlternatives(scenario, {
      timeLimitSeconds,
      seed,
      ...(patterns ? { patterns: patterns as WeekendPattern[] } : {}),
      ...(buffers ? { buffers } : {}),
      onProgress: (p) => {
        if (live) ctx.io.stderr.write(`\r\u001b[K[${p.index + 1}/${p.count}] ${p.label}`);
      },
    });
    if (live) ctx.io.stderr.write('\r\u001b[K');
    const items = alternatives.flatMap((a) =>
      a.result.status === 'solved' ? [{ label: a.label, report: a.result.evaluation }] : [],
    );
    const infeasible = alternatives.flatMap((a) =>
      a.result.status === 'infeasible' ? [{ label: a.label, explanation: a.result.explanation }] : [],
    );
    const table = compareReports(items);
    if (ctx.values.json) ctx.out(JSON.stringify({ unit: scenario.unit, table, infeasible }, null, 2));
    else {
      ctx.out(ctx.paint.bold(`Alternativer for ${scenario.unit}`));
      ctx.out();
      ctx.out(renderComparisonText(table, ctx.paint));
      for (const alt of infeasible)
        ctx.out(
          ctx.paint.yellow(
            `${alt.label}: ingen lovlig turnus (${alt.explanation.map((e) => e.message).join('; ')})`,
          ),
        );
    }
    return items.length > 0 ? EXIT.ok : EXIT.violations;
  },
};
