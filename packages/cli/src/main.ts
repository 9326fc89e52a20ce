import { parseArgs } from 'node:util';
import { isTurnusError } from '@turnus/core';
import { isCliError } from './cli-error.js';
import { type CliIo, EXIT, paint } from './cli-io.js';
import { COMMON_OPTIONS, type Command, type CommandContext } from './command.js';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { demoCommand } from './commands/demo.js';
import { evaluateCommand } from './commands/evaluate.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { reportCommand } from './commands/report.js';
import { solveCommand } from './commands/solve.js';
import { validateCommand } from './commands/validate.js';

/**
 * Every sub-command, in the order `turnus --help` lists them.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); // ['demo', 'validate', 'solve', …]
 * ```
 * @since 0.1.0
 */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  validateCommand,
  solveCommand,
  checkCommand,
  evaluateCommand,
  compareCommand,
  reportCommand,
  exportCommand,
  importCommand,
];

const VERSION = '0.1.0';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'turnus — lovlige og rettferdige turnuser (rotas) for helse og omsorg',
    '',
    'Usage: turnus <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help (per command too), --json (machine output), --debug (stack traces), --version',
    'Exit codes: 0 ok, 1 lovbrudd or infeasible, 2 bad input, 3 internal error',
  ].join('\n');
}

/**
 * Runs the `turnus` command line with the given arguments and returns the exit code. Never
 * throws: bad input is printed as `✖ message → at path` lines (exit 2), unexpected errors as one
 * line with a hint to rerun with `--debug` (exit 3).
 *
 * @param argv arguments after the program name, e.g. `['validate', 'unit.yaml']`
 * @example
 * ```ts
 * const code = await run(['validate', 'unit.yaml'], { stdout: process.stdout, stderr: process.stderr, isTTY: false });
 * ```
 * @since 0.1.0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const err = (line = '') => io.stderr.write(`${line}\n`);
  const out = (line = '') => io.stdout.write(`${line}\n`);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    out(topic ? topic.help : mainHelp());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err(`✖ unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
    err('  run "turnus --help" for usage');
    return EXIT.badInput;
  }
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...COMMON_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      err(`✖ ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      err(`  run "turnus ${command.name} --help" for usage`);
      return EXIT.badInput;
    }
    const values = parsed.values as CommandContext['values'];
    if (values.help) {
      out(command.help);
      return EXIT.ok;
    }
    const [min, max] =
      typeof command.positionals === 'number'
        ? [command.positionals, command.positionals]
        : command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      err(
        parsed.positionals.length < min
          ? `✖ turnus ${command.name}: missing argument`
          : `✖ turnus ${command.name}: unexpected argument "${parsed.positionals[max]}"`,
      );
      err(`  usage: ${command.help.split('\n')[0]}`);
      return EXIT.badInput;
    }
    const context: CommandContext = {
      positionals: parsed.positionals,
      values,
      io,
      paint: paint(io.isTTY && !values.json),
      out,
      err,
    };
    return await command.run(context);
  } catch (error) {
    return reportError(error, err, debug);
  }
}

const ERROR_HEADINGS: Record<string, string> = {
  INVALID_SCENARIO: 'invalid scenario',
  INVALID_PLAN: 'invalid plan',
  INVALID_CSV: 'invalid CSV',
  INVALID_ARGUMENT: 'invalid argument',
  SYNTAX_ERROR: 'syntax error',
  UNSUPPORTED_FORMAT: 'unsupported format',
};

function reportError(error: unknown, err: (line?: string) => void, debug: boolean): number {
  if (isTurnusError(error)) {
    const where = error.source ? `${error.source}: ` : '';
    const what = ERROR_HEADINGS[error.code] ?? error.code;
    err(`${where}${what}`);
    err(error.format());
    if (debug && error.stack) err(error.stack);
    return EXIT.badInput;
  }
  if (isCliError(error)) {
    err(`✖ ${error.message}`);
    if (debug && error.stack) err(error.stack);
    return error.exitCode;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') {
    const path = (error as { path?: unknown }).path;
    err(`✖ file not found: ${typeof path === 'string' ? path : 'unknown'}`);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  err(`✖ internal error: ${message.split('\n')[0]}`);
  if (debug) err(error instanceof Error && error.stack ? error.stack : String(error));
  else err('  this is a bug in turnus; rerun with --debug to see the stack trace');
  return EXIT.internal;
}
