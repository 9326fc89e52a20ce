import type { z } from 'zod';
import { type TurnusIssue, formatPath } from './errors.js';

/** Zod's issues in the house form: a dotted path and a plain message. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): TurnusIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: plainMessage(issue) }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(issue.message)) return 'is required';
    if (issue.path.length === 0 && issue.expected === 'object') {
      return `must be a document (an object with format, unit, period, …), not ${/received (\w+)/.exec(issue.message)?.[1] ?? 'that'}`;
    }
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  return issue.message;
}
