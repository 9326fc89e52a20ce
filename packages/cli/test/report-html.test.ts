import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../src/report-html.js';
import { fakeReport, smallPlan } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';

describe('renderReportHtml', () => {
  const plan = smallPlan();
  const html = renderReportHtml(plan, fakeReport(plan));

  it('is one self-contained page: inline CSS, no scripts or external assets', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link |src="http|href="http|@import/);
    expect(html).toContain('@media print');
    expect(html).toContain('landscape');
  });

  it('escapes every text from the plan', () => {
    expect(html).toContain('Testavdeling &lt;Øst&gt; &amp; &quot;Vest&quot;');
    expect(html).not.toContain('<Øst>');
    expect(html).toContain('works &lt;weekend&gt; 1 &amp; 2');
  });

  it('has the grid hooks: a row per employee and a cell per day, flexi, weekend and holiday marks', () => {
    const table = /<table class="turnus-grid">[\s\S]*?<\/table>/.exec(html)![0];
    const rows = table.match(/<tr data-employee="[^"]+">[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(plan.employees.length);
    for (const row of rows) expect(row.match(/<td [^>]*data-date="/g)).toHaveLength(21);
    expect(table).toMatch(/<td class="kind-day flexi" data-date="2027-01-05" data-shift="D"/);
    expect(table).toMatch(/<td class="off weekend" data-date="2027-01-09"/);
    expect(table).toMatch(/<td class="off holiday" data-date="2027-01-06"/);
    expect(table).toMatch(/<td class="kind-vacation" data-date="2027-01-13"[^>]*>FE</);
  });

  it('shows the coverage chart, the key numbers and the law checks with explanations', () => {
    expect(html).toContain('<svg class="coverage-chart"');
    expect(html.match(/<g class="coverage-series"/g)).toHaveLength(2); // D and A
    expect(html).toContain('Heltidsandel');
    expect(html).toContain('25,0 %');
    expect(html).toContain('data-check="weekend-pattern"');
    expect(html).toContain('Daglig hvile: mellom slutten');
    expect(html).toContain('✖ 1 brudd på lov- og avtalekrav');
  });
});

const hasChromium = existsSync(CHROMIUM);

describe('the HTML report in a headless browser (skipped without /usr/bin/chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'turnus-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plan = smallPlan();
  const file = join(dir, 'report.html');
  writeFileSync(file, renderReportHtml(plan, fakeReport(plan)));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${join(dir, 'profile')}`,
  ];
  const url = pathToFileURL(file).href;

  it.skipIf(!hasChromium)('renders a row per employee with a cell per day', () => {
    const result = spawnSync(CHROMIUM, [...flags, '--dump-dom', url], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const dom = result.stdout;
    const table = /<table class="turnus-grid">[\s\S]*?<\/table>/.exec(dom)![0];
    const rows = table.match(/<tr data-employee="[^"]+">[\s\S]*?<\/tr>/g)!;
    expect(rows.map((r) => /data-employee="([^"]+)"/.exec(r)![1])).toEqual(['E1', 'E2', 'E3', 'N1']);
    for (const row of rows) expect(row.match(/<td [^>]*data-date="/g)).toHaveLength(21);
  });

  it.skipIf(!hasChromium)('takes a non-trivial screenshot', () => {
    const png = join(dir, 'report.png');
    const result = spawnSync(CHROMIUM, [...flags, `--screenshot=${png}`, '--window-size=1400,900', url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(20_000);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.TURNUS_KEEP_SCREENSHOT)
      writeFileSync(process.env.TURNUS_KEEP_SCREENSHOT, readFileSync(png));
  });
});
