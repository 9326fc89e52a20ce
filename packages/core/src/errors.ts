/**
 * One problem found in an input document: where it is and what is wrong.
 *
 * @example
 * ```ts
 * const issue: TurnusIssue = { path: 'staff[1].positionPercent', message: 'must be at least 1' };
 * ```
 * @since 0.1.0
 */
export interface TurnusIssue {
  /** Field path in the document, e.g. `staff[1].positionPercent`; empty for the document itself. */
  readonly path: string;
  /** A plain explanation a planner can act on. */
  readonly message: string;
  /** Line in the source file, when known (YAML syntax errors). */
  readonly line?: number;
}

/** Stable error codes; integrators may switch on them. */
export type TurnusErrorCode =
  | 'INVALID_SCENARIO'
  | 'INVALID_PLAN'
  | 'SYNTAX_ERROR'
  | 'INVALID_CSV'
  | 'INVALID_ARGUMENT'
  | 'UNSUPPORTED_FORMAT';

/**
 * The error every public entry point throws for bad input: a stable `code` and a list of issues,
 * each with its field path.
 *
 * @example
 * ```ts
 * try {
 *   parseScenario({ format: 'turnus-scenario/1' });
 * } catch (error) {
 *   if (isTurnusError(error)) console.log(error.format());
 * }
 * ```
 * @since 0.1.0
 */
export class TurnusError extends Error {
  readonly _tag = 'TurnusError' as const;
  readonly code: TurnusErrorCode;
  readonly issues: readonly TurnusIssue[];
  /** File the input came from, when known. */
  readonly source: string | undefined;

  constructor(code: TurnusErrorCode, issues: readonly TurnusIssue[], source?: string) {
    const head = issues[0];
    super(
      `${source ? `${source}: ` : ''}${code}: ${head ? formatIssue(head) : 'invalid input'}${
        issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
      }`,
    );
    this.name = 'TurnusError';
    this.code = code;
    this.issues = issues;
    this.source = source;
  }

  /** All issues, one per line, in the house format `✖ message → at path`. */
  format(): string {
    return this.issues.map((issue) => formatIssue(issue)).join('\n');
  }
}

/**
 * Formats one issue as `✖ message → at path` (with the line when known).
 *
 * @example
 * ```ts
 * formatIssue({ path: 'period.weeks', message: 'must be at least 1' });
 * // '✖ must be at least 1 → at period.weeks'
 * ```
 * @since 0.1.0
 */
export function formatIssue(issue: TurnusIssue): string {
  const where = [issue.path ? `at ${issue.path}` : '', issue.line !== undefined ? `line ${issue.line}` : '']
    .filter(Boolean)
    .join(', ');
  return `✖ ${issue.message}${where ? ` → ${where}` : ''}`;
}

/**
 * Type guard for {@link TurnusError}, safe across package copies (checks the tag, not the class).
 *
 * @example
 * ```ts
 * if (isTurnusError(e)) process.exitCode = 2;
 * ```
 * @since 0.1.0
 */
export function isTurnusError(value: unknown): value is TurnusError {
  return typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'TurnusError';
}

/**
 * Turns a path array (`['staff', 1, 'id']`) into the dotted form used in messages (`staff[1].id`).
 *
 * @example
 * ```ts
 * formatPath(['staff', 1, 'id']); // 'staff[1].id'
 * ```
 * @since 0.1.0
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
