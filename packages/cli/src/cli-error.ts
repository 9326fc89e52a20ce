/**
 * An error the CLI reports as one clear line (no stack trace) with its exit code: a missing file,
 * a wrong flag, a feature that is not available.
 *
 * @example
 * ```ts
 * throw new CliError('file not found: plan.json', 2);
 * ```
 * @since 0.1.0
 */
export class CliError extends Error {
  readonly _tag = 'CliError' as const;
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * Type guard for {@link CliError}.
 *
 * @example
 * ```ts
 * if (isCliError(error)) process.exitCode = error.exitCode;
 * ```
 * @since 0.1.0
 */
export function isCliError(value: unknown): value is CliError {
  return typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'CliError';
}
