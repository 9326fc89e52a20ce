import type { ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';
import type { CliIo, Paint } from './cli-io.js';

/** Options every command understands. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * What a command receives: its positionals, parsed flags and where to write.
 *
 * @example
 * ```ts
 * async function run(ctx: CommandContext) { ctx.out(`files: ${ctx.positionals.join(', ')}`); return 0; }
 * ```
 * @since 0.1.0
 */
export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  io: CliIo;
  paint: Paint;
  /** Writes a line to stdout. */
  out(line?: string): void;
  /** Writes a line to stderr. */
  err(line?: string): void;
}

/**
 * One `turnus` sub-command: its name, help text, flags and what it does. `run` returns the exit
 * code (0 ok, 1 violations or infeasible, 2 bad input).
 *
 * @example
 * ```ts
 * const hello: Command = {
 *   name: 'hello', summary: 'greets', help: 'turnus hello', options: {}, positionals: 0,
 *   run: async (ctx) => { ctx.out('hei'); return 0; },
 * };
 * ```
 * @since 0.1.0
 */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Exact number of positionals, or [min, max]. */
  positionals: number | readonly [number, number];
  run(ctx: CommandContext): Promise<number>;
}

/** A string flag's value, if given. */
export function stringFlag(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A numeric flag's value, checked; a bad value is a one-line {@link CliError} (exit 2). */
export function numberFlag(
  ctx: CommandContext,
  name: string,
  limits: { min: number; max: number; integer?: boolean },
): number | undefined {
  const text = stringFlag(ctx, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  const kind = limits.integer ? 'a whole number' : 'a number';
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    (limits.integer && !Number.isInteger(value)) ||
    value < limits.min ||
    value > limits.max
  )
    throw new CliError(`--${name} must be ${kind} from ${limits.min} to ${limits.max} (got "${text}")`);
  return value;
}
