import { TurnusError, type TurnusIssue } from './errors.js';
import type { Absence, Assignment, Plan } from './plan-schema.js';
import { buildPlan, planDates } from './scenario-expansion.js';
import type { Employee, Scenario } from './scenario-schema.js';

/** Cell texts read as a day off (fridager F1–F5, blank, dash). `FE` is vacation (ferie). */
const OFF_CELLS = new Set(['', '-', 'F', 'F1', 'F2', 'F3', 'F4', 'F5', 'X', 'FRI']);
const VACATION_CELL = 'FE';

/**
 * The plan as a CSV grid: one row per employee, one column per date, shift codes in the cells
 * (`D*` marks a flexi shift, blank is a day off, `FE` vacation). This is the format
 * {@link importPlanCsv} reads.
 *
 * @example
 * ```ts
 * exportPlanCsv(plan).split('\n')[0]; // 'ansatt,2027-01-04,2027-01-05,…'
 * ```
 * @since 0.1.0
 */
export function exportPlanCsv(plan: Plan): string {
  const dates: string[] = [];
  const first = Date.parse(`${plan.startDate}T00:00:00Z`);
  for (let i = 0; i < plan.weeks * 7; i++) dates.push(new Date(first + i * 864e5).toISOString().slice(0, 10));
  const cell = new Map<string, string>();
  for (const a of plan.absences)
    if (a.kind === 'vacation') cell.set(`${a.employee}|${a.date}`, VACATION_CELL);
  for (const a of plan.assignments) cell.set(`${a.employee}|${a.date}`, a.flexi ? `${a.shift}*` : a.shift);
  const rows = [['ansatt', ...dates].join(',')];
  for (const e of plan.employees)
    rows.push([csvField(e.id), ...dates.map((d) => cell.get(`${e.id}|${d}`) ?? '')].join(','));
  return `${rows.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/**
 * Reads a planner's rota grid (CSV, `,` or `;` separated: employee rows × date columns of shift
 * codes) into a `turnus-plan/1` document for the scenario, so any rota can be checked and evaluated.
 * Employees not in the scenario's staff are refused; `D*` is a flexi shift; `FE` is vacation.
 *
 * @throws TurnusError (`INVALID_CSV`) naming row and column of each bad cell.
 * @example
 * ```ts
 * const plan = importPlanCsv(fs.readFileSync('rota.csv', 'utf8'), scenario);
 * ```
 * @since 0.1.0
 */
export function importPlanCsv(
  text: string,
  scenario: Scenario,
  staff: readonly Employee[] | undefined = scenario.staff,
): Plan {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const issues: TurnusIssue[] = [];
  if (lines.length === 0) throw new TurnusError('INVALID_CSV', [{ path: '', message: 'the CSV is empty' }]);
  const delimiter = (lines[0]!.match(/;/g)?.length ?? 0) > (lines[0]!.match(/,/g)?.length ?? 0) ? ';' : ',';
  const header = splitCsvLine(lines[0]!, delimiter);
  const dates = header.slice(1);
  const planned = new Set(planDates(scenario));
  dates.forEach((d, i) => {
    if (!planned.has(d))
      issues.push({
        path: `row 1, column ${i + 2}`,
        message: `"${d}" is not a date of the scenario's period`,
        line: 1,
      });
  });
  const employees = new Map((staff ?? []).map((e) => [e.id, e]));
  if (employees.size === 0)
    issues.push({ path: '', message: 'the scenario has no staff list to match the rows against' });
  const codes = new Set(scenario.shiftTypes.map((t) => t.code));
  const assignments: Assignment[] = [];
  const absences: Absence[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, r) => {
    const cells = splitCsvLine(line, delimiter);
    const id = cells[0] ?? '';
    const row = r + 2;
    if (!employees.has(id)) {
      issues.push({
        path: `row ${row}, column 1`,
        message: `"${id}" is not an employee of the scenario`,
        line: row,
      });
      return;
    }
    if (seen.has(id))
      issues.push({ path: `row ${row}, column 1`, message: `employee "${id}" has two rows`, line: row });
    seen.add(id);
    cells.slice(1).forEach((raw, c) => {
      const date = dates[c];
      if (date === undefined) {
        if (raw !== '')
          issues.push({
            path: `row ${row}, column ${c + 2}`,
            message: 'cell beyond the last date column',
            line: row,
          });
        return;
      }
      const text = raw;
      if (OFF_CELLS.has(text.toUpperCase())) return;
      if (text.toUpperCase() === VACATION_CELL) {
        absences.push({ employee: id, date, kind: 'vacation' });
        return;
      }
      const flexi = text.endsWith('*');
      const code = flexi ? text.slice(0, -1) : text;
      if (!codes.has(code)) {
        issues.push({
          path: `row ${row}, column ${c + 2}`,
          message: `"${raw}" is not a shift code (known: ${[...codes].join(', ')}), a day off (blank, F1–F5) or FE`,
          line: row,
        });
        return;
      }
      assignments.push({ employee: id, date, shift: code, flexi });
    });
  });
  if (issues.length > 0) throw new TurnusError('INVALID_CSV', issues.slice(0, 200));
  const used = [...employees.values()].filter((e) => seen.has(e.id));
  const agreed = new Set(absences.map((a) => `${a.employee}|${a.date}`));
  const plan = buildPlan(scenario, used, assignments, { meta: { generator: 'csv-import' } });
  return {
    ...plan,
    absences: [...plan.absences.filter((a) => !agreed.has(`${a.employee}|${a.date}`)), ...absences],
  };
}
