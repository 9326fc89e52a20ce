import { addDays, isoDayIndex } from './calendar/dates.js';
import { type DocumentSyntax, readDocumentText } from './document-text.js';
import { TurnusError, type TurnusIssue } from './errors.js';
import { type Plan, PlanShapeSchema } from './plan-schema.js';
import type { ParseResult } from './scenario-parse.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Parses and validates a `turnus-plan/1` document: the schema, then references (every assignment
 * names a known employee and shift type, and falls inside the plan's dates). Rule violations are
 * not input errors: the evaluation reports them.
 *
 * @throws TurnusError (`INVALID_PLAN`) listing every issue with its field path.
 * @example
 * ```ts
 * const plan = parsePlan(JSON.parse(fs.readFileSync('plan.json', 'utf8')));
 * ```
 * @since 0.1.0
 */
export function parsePlan(input: unknown, source?: string): Plan {
  const result = safeParsePlan(input, source);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parsePlan} but returns a result instead of throwing.
 *
 * @example
 * ```ts
 * safeParsePlan({}).success; // false
 * ```
 * @since 0.1.0
 */
export function safeParsePlan(input: unknown, source?: string): ParseResult<Plan> {
  const parsed = PlanShapeSchema.safeParse(input);
  if (!parsed.success)
    return {
      success: false,
      error: new TurnusError('INVALID_PLAN', fromZodIssues(parsed.error.issues), source),
    };
  const issues = planIssues(parsed.data);
  if (issues.length > 0) return { success: false, error: new TurnusError('INVALID_PLAN', issues, source) };
  return { success: true, data: parsed.data };
}

/**
 * Reads a plan from JSON (or YAML) text and validates it.
 *
 * @example
 * ```ts
 * const plan = parsePlanText(text, { source: 'plan.json' });
 * ```
 * @since 0.1.0
 */
export function parsePlanText(
  text: string,
  options: { source?: string; syntax?: DocumentSyntax } = {},
): Plan {
  return parsePlan(readDocumentText(text, { syntax: 'json', ...options }), options.source);
}

function planIssues(p: Plan): TurnusIssue[] {
  const issues: TurnusIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (isoDayIndex(p.startDate) !== 0) add('startDate', `${p.startDate} is not a Monday`);
  if (p.kind === 'rotating') {
    if (p.cycleWeeks === undefined) add('cycleWeeks', 'is required for a rotating plan');
    else if (p.weeks % p.cycleWeeks !== 0)
      add('cycleWeeks', `weeks (${p.weeks}) must be a multiple of cycleWeeks (${p.cycleWeeks})`);
  }
  const last = addDays(p.startDate, p.weeks * 7 - 1);
  const codes = new Set(p.shiftTypes.map((t) => t.code));
  const ids = new Set<string>();
  p.employees.forEach((e, i) => {
    if (ids.has(e.id)) add(`employees[${i}].id`, `repeats id "${e.id}"`);
    ids.add(e.id);
  });
  const inPeriod = (date: string) => date >= p.startDate && date <= last;
  p.assignments.forEach((a, i) => {
    if (!ids.has(a.employee))
      add(`assignments[${i}].employee`, `"${a.employee}" is not an employee of the plan`);
    if (!codes.has(a.shift)) add(`assignments[${i}].shift`, `"${a.shift}" is not a shift type of the plan`);
    if (!inPeriod(a.date))
      add(`assignments[${i}].date`, `${a.date} is outside the plan (${p.startDate} – ${last})`);
  });
  p.demand.forEach((d, i) => {
    if ('shift' in d && !codes.has(d.shift))
      add(`demand[${i}].shift`, `"${d.shift}" is not a shift type of the plan`);
  });
  p.flexi.forEach((f, i) => {
    if (!codes.has(f.shift)) add(`flexi[${i}].shift`, `"${f.shift}" is not a shift type of the plan`);
  });
  p.absences.forEach((a, i) => {
    if (!ids.has(a.employee))
      add(`absences[${i}].employee`, `"${a.employee}" is not an employee of the plan`);
  });
  return issues.slice(0, 200);
}
