import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '@turnus/core';
import { checkPlan } from '@turnus/evaluation';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { SMALL_SCENARIO_INPUT, captureIo, smallPlan } from '../fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'turnus-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = smallPlan();
writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
writeFileSync(join(dir, 'scenario.json'), JSON.stringify(SMALL_SCENARIO_INPUT));

async function turnus(...argv: string[]) {
  const c = captureIo(dir);
  const code = await run(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('turnus check', () => {
  it('lists the violations per check with references and exits 1', async () => {
    const checks = checkPlan(plan);
    expect(checks.some((c) => !c.passed)).toBe(true);
    const r = await turnus('check', 'plan.json');
    expect(r.code).toBe(1);
    for (const c of checks) expect(r.stdout).toContain(`${c.passed ? '✔' : '✖'} ${c.title} (${c.reference})`);
    expect(r.stdout).toMatch(/\d+ brudd på \d+ av \d+ krav\./);
  });

  it('exits 0 for a legal plan and prints JSON with --json', async () => {
    const legal = {
      ...plan,
      assignments: plan.assignments.filter((a) => a.employee === 'E1' && a.date < '2027-01-08'),
    };
    const checks = checkPlan(parsePlan(legal));
    const failing = checks.filter((c) => !c.passed).map((c) => c.id);
    writeFileSync(join(dir, 'small.json'), JSON.stringify(legal));
    const r = await turnus('check', 'small.json', '--json');
    const json = JSON.parse(r.stdout);
    expect(json.legal).toBe(failing.length === 0);
    expect(r.code).toBe(failing.length === 0 ? 0 : 1);
    expect(json.checks).toHaveLength(checks.length);
  });

  it('refuses a broken plan file with the field path and exit 2', async () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...plan, weeks: 0 }));
    const r = await turnus('check', 'broken.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.json: invalid plan');
    expect(r.stderr).toContain('→ at weeks');
    writeFileSync(join(dir, 'syntax.json'), '{ "format": ');
    const s = await turnus('check', 'syntax.json');
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('syntax error');
    expect(s.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('turnus evaluate', () => {
  it('prints the report in Norwegian with every section', async () => {
    const r = await turnus('evaluate', 'plan.json');
    expect(r.code).toBe(1);
    for (const heading of [
      'Nøkkeltall',
      'Dekning',
      'Lov- og avtalekrav',
      'Rettferdighet',
      'Kostnad per år',
      'Opptjent heltidsuke',
      'Per ansatt',
    ])
      expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('Heltidsandel');
  });

  it('prints the full report as JSON', async () => {
    const r = await turnus('evaluate', 'plan.json', '--json');
    const report = JSON.parse(r.stdout);
    expect(report.metrics.persons).toBe(4);
    expect(report.checks.length).toBeGreaterThan(5);
  });
});

describe('turnus report, export and import', () => {
  it('writes the HTML report', async () => {
    const r = await turnus('report', 'plan.json', '--html', 'out/report.html');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    expect(html.match(/<tr data-employee=/g)?.length).toBeGreaterThanOrEqual(4);
    expect((await turnus('report', 'plan.json')).code).toBe(2);
  });

  it('round-trips the CSV grid: import(export(plan)) gives the same rota', async () => {
    expect((await turnus('export', 'plan.json', '--csv', 'rota.csv')).code).toBe(0);
    const r = await turnus('import', 'rota.csv', '--scenario', 'scenario.json', '--out', 'imported.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('imported.json');
    const back = parsePlan(JSON.parse(readFileSync(join(dir, 'imported.json'), 'utf8')));
    const key = (a: { employee: string; date: string; shift: string; flexi: boolean }) =>
      `${a.employee}|${a.date}|${a.shift}|${a.flexi}`;
    expect(back.assignments.map(key).sort()).toEqual(plan.assignments.map(key).sort());
    const absences = (p: typeof plan) => p.absences.map((a) => `${a.employee}|${a.date}|${a.kind}`).sort();
    expect(absences(back)).toEqual(absences(plan));
  });

  it('names the bad cell when importing a wrong CSV', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'ansatt,2027-01-04,2027-01-05\nE1,D,Q\n');
    const r = await turnus('import', 'bad.csv', '--scenario', 'scenario.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Q" is not a shift code');
    expect(r.stderr).toContain('at row 2, column 3');
    expect(r.stderr).toContain('bad.csv: invalid CSV');
    expect((await turnus('import', 'bad.csv')).code).toBe(2);
  });

  it('writes Excel and one calendar per employee', async () => {
    const r = await turnus('export', 'plan.json', '--xlsx', 'turnus.xlsx', '--ics', 'cal');
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'turnus.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Turnus', 'Nøkkeltall', 'Dekning']);
    expect(readdirSync(join(dir, 'cal')).sort()).toEqual(['E1.ics', 'E2.ics', 'E3.ics', 'N1.ics']);
    expect((await turnus('export', 'plan.json')).code).toBe(2);
    expect(existsSync(join(dir, 'cal/E1.ics'))).toBe(true);
  });

  it('says "file not found" with exit 2 for a missing plan', async () => {
    const r = await turnus('report', 'missing.json', '--html', 'x.html');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('✖ file not found: missing.json');
  });
});
