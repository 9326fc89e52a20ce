/**
 * Something text can be written to (a stream, or a test buffer).
 *
 * @example
 * ```ts
 * let text = '';
 * const sink: TextSink = { write: (t) => (text += t) };
 * ```
 * @since 0.1.0
 */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * Where a command writes, and whether it talks to a terminal (colours, progress bar) or a pipe.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) };
 * ```
 * @since 0.1.0
 */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** True when stdout is a terminal: colours and the progress bar are on. */
  isTTY: boolean;
  /** Working directory relative paths are read from (defaults to process.cwd()). */
  cwd?: string;
}

/**
 * Exit codes of the `turnus` command.
 *
 * @example
 * ```ts
 * process.exitCode = report.legal ? EXIT.ok : EXIT.violations;
 * ```
 * @since 0.1.0
 */
export const EXIT = {
  ok: 0,
  /** Law violations found, or the problem is infeasible. */
  violations: 1,
  /** Bad input: a file that does not parse, a wrong flag. */
  badInput: 2,
  /** An unexpected internal error (a bug); rerun with --debug for the stack. */
  internal: 3,
} as const;

/**
 * ANSI styling that switches itself off when the output is not a terminal or NO_COLOR is set.
 *
 * @example
 * ```ts
 * const p: Paint = paint(process.stdout.isTTY === true);
 * console.log(p.green('OK'));
 * ```
 * @since 0.1.0
 */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  /** Background + foreground by shift kind. */
  kind(kind: string, text: string): string;
  weekend(text: string): string;
}

const KIND_CODES: Record<string, string> = {
  day: '30;103', // black on bright yellow
  evening: '30;106', // black on bright cyan
  night: '97;44', // white on blue
  mid: '30;102', // black on bright green
  long: '97;45', // white on magenta
  other: '30;47',
  vacation: '30;107',
  unavailable: '90',
};

/**
 * Colours for a terminal, or identity functions when colour is off.
 *
 * @example
 * ```ts
 * paint(false).red('x'); // 'x'
 * ```
 * @since 0.1.0
 */
export function paint(enabled: boolean): Paint {
  const on = enabled && !process.env.NO_COLOR;
  const wrap = (code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    bold: wrap('1'),
    dim: wrap('2'),
    red: wrap('31'),
    green: wrap('32'),
    yellow: wrap('33'),
    kind: (kind, text) => wrap(KIND_CODES[kind] ?? '0')(text),
    weekend: wrap('4'),
  };
}
