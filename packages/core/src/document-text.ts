import { parseDocument } from 'yaml';
import { TurnusError } from './errors.js';

/** Text formats a document may be written in. */
export type DocumentSyntax = 'yaml' | 'json';

/**
 * Reads YAML or JSON text into a plain value. A syntax error becomes a `TurnusError` with code
 * `SYNTAX_ERROR` naming the line (and the file, when `source` is given).
 *
 * @example
 * ```ts
 * readDocumentText('a: 1'); // { a: 1 }
 * ```
 * @since 0.1.0
 */
export function readDocumentText(
  text: string,
  options: { source?: string; syntax?: DocumentSyntax } = {},
): unknown {
  const syntax = options.syntax ?? (options.source?.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  if (syntax === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message);
      const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
      throw new TurnusError(
        'SYNTAX_ERROR',
        [{ path: '', message: `JSON syntax error: ${message}`, ...(line === undefined ? {} : { line }) }],
        options.source,
      );
    }
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new TurnusError(
      'SYNTAX_ERROR',
      doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line;
        return {
          path: '',
          message: `YAML syntax error${line === undefined ? '' : ` on line ${line}`}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
          ...(line === undefined ? {} : { line }),
        };
      }),
      options.source,
    );
  }
  try {
    // toJS resolves aliases: an unresolved or exploding alias only fails here.
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    throw new TurnusError(
      'SYNTAX_ERROR',
      [{ path: '', message: `YAML error: ${error instanceof Error ? error.message : String(error)}` }],
      options.source,
    );
  }
}
