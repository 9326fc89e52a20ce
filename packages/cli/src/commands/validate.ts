import { basename } from 'node:path';
import {
  PLAN_FORMAT,
  type Plan,
  type Scenario,
  isTurnusError,
  parsePlan,
  parseScenario,
  planWeeks,
  readDocumentText,
} from '@turnus/core';
import { isCliError } from '../cli-error.js';
import { EXIT } from '../cli-io.js';
import type { Command } from '../command.js';
import { readTextFile } from '../io.js';

/**
 * One line describing a valid scenario: unit, period, staff and shift types.
 *
 * @example
 * ```ts
 * scenarioSummary(scenario); // 'Skjermet enhet, 12 weeks rotating, 16 employees, 2 shift types'
 * ```
 * @since 0.1.0
 */
export function scenarioSummary(s: Scenario): string {
  const period =
    s.period.kind === 'rotating' && s.period.repeat > 1
      ? `${s.period.weeks} weeks rotating rolled ${s.period.repeat} times (${planWeeks(s)} weeks)`
      : `${s.period.weeks} weeks ${s.period.kind}`;
  const staff = s.staff
    ? `${s.staff.length} employees`
    : `staff sized by policy (${typeof s.staffPolicy?.weekendPattern === 'string' ? s.staffPolicy.weekendPattern : 'custom pattern'})`;
  const demand = s.dognrytme ? ', døgnrytme demand' : '';
  return `${s.unit}, ${period}, ${staff}, ${s.shiftTypes.length} shift types${demand}`;
}

function planSummary(p: Plan): string {
  return `plan for ${p.unit || 'unnamed unit'}, ${p.weeks} weeks ${p.kind}, ${p.employees.length} employees, ${p.assignments.length} shifts`;
}

/** `turnus validate` (see its help text below and docs/cli.md). */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check that scenario (or plan) files are well-formed; lists every issue with its path',
  help: `turnus validate <scenario.yaml> [more files…] [--json]

Reads each file (YAML or JSON, format turnus-scenario/1 or turnus-plan/1) and checks it.
Valid:   prints "OK <file>: <unit>, <weeks> weeks <kind>, <n> employees, <n> shift types".
Invalid: prints each issue as "✖ message → at path" and exits 2.

Exit codes: 0 all valid, 2 at least one file is invalid or missing.`,
  options: {},
  positionals: [1, 10_000],
  async run(ctx) {
    let failed = false;
    const results: unknown[] = [];
    for (const file of ctx.positionals) {
      try {
        const text = await readTextFile(file, ctx.io.cwd);
        const doc = readDocumentText(text, { source: file });
        const isPlan = (doc as { format?: unknown } | null)?.format === PLAN_FORMAT;
        const summary = isPlan
          ? planSummary(parsePlan(doc, file))
          : scenarioSummary(parseScenario(doc, file));
        results.push({ file, valid: true, kind: isPlan ? 'plan' : 'scenario', summary });
        if (!ctx.values.json) ctx.out(`${ctx.paint.green('OK')} ${basename(file)}: ${summary}`);
      } catch (error) {
        if (!isTurnusError(error) && !isCliError(error)) throw error;
        failed = true;
        if (isTurnusError(error)) {
          results.push({ file, valid: false, code: error.code, issues: error.issues });
          if (!ctx.values.json) {
            ctx.err(`${ctx.paint.red('INVALID')} ${basename(file)}:`);
            ctx.err(error.format());
          }
        } else {
          const message = (error as Error).message;
          results.push({ file, valid: false, code: 'FILE_ERROR', issues: [{ path: '', message }] });
          if (!ctx.values.json) ctx.err(`✖ ${message}`);
        }
      }
    }
    if (ctx.values.json) ctx.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
