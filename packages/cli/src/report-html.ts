import { type Plan, addDays } from '@turnus/core';
import { checkExplanation } from './check-explanations.js';
import { coverageSvg } from './coverage-svg.js';
import { escapeHtml as h } from './html-escape.js';
import { metricRows } from './metric-rows.js';
import { formatNumber } from './number-format.js';
import { DAY_LETTERS, type PlanGrid, planGrid } from './plan-grid.js';
import type { ReportView } from './report-model.js';
import { REPORT_CSS } from './report-style.js';
import { kindLabel } from './shift-colors.js';

const MAX_VIOLATIONS_SHOWN = 40;

/**
 * One self-contained HTML page (inline CSS and SVG, no scripts or external assets) showing a plan
 * and its evaluation: key numbers (heltidskultur), the rota grid (`table.turnus-grid`, rows
 * `tr[data-employee]`, cells `td[data-date]`, coloured by shift kind, weekends and holidays shaded,
 * flexi shifts marked, hours per employee), hours per week, a coverage chart and the law checks
 * with explanations. Norwegian labels; prints in landscape.
 *
 * @example
 * ```ts
 * fs.writeFileSync('turnus.html', renderReportHtml(plan, evaluate(plan)));
 * ```
 * @since 0.1.0
 */
export function renderReportHtml(
  plan: Plan,
  report: ReportView,
  options: { title?: string; generatedAt?: Date } = {},
): string {
  const grid = planGrid(plan);
  const last = addDays(plan.startDate, plan.weeks * 7 - 1);
  const violations = report.checks.reduce((sum, c) => sum + c.violations.length, 0);
  const title = options.title ?? `Turnus – ${plan.unit || 'enhet'}`;
  const kind =
    plan.kind === 'rotating'
      ? `roterende turnus (grunnturnus ${plan.cycleWeeks ?? plan.weeks} uker${plan.cycleWeeks && plan.weeks > plan.cycleWeeks ? `, rullert ${plan.weeks / plan.cycleWeeks} ganger` : ''})`
      : 'årsturnus';
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="turnus">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${h(title)}</h1>
<p class="period">${h(plan.startDate)} – ${h(last)} · ${plan.weeks} uker · ${h(kind)} · ${plan.employees.length} ansatte · heltid ${h(formatNumber(plan.fullTimeHoursPerWeek, 1))} t/uke</p>
<p class="status ${!report.legal ? 'bad' : report.coverage.complete ? 'ok' : 'warn'}">${report.legal ? '✔ Turnusen oppfyller alle lov- og avtalekrav' : `✖ ${violations} brudd på lov- og avtalekrav`}${report.coverage.complete ? ' · behovet er dekket' : ` · mangler ${report.coverage.shortfallShifts} vakter`}</p>
</header>
<main>
${metricsSection(report)}
${gridSection(plan, grid)}
${hoursSection(grid)}
<section id="dekning">
<h2>Dekning: behov og planlagt bemanning</h2>
<p class="note">Søyler: planlagt antall på vakt per dag (fleksivakter ikke medregnet). Strek: behov. Rødt: mangler. Grå bakgrunn: helg, rosa: helligdag.</p>
<div class="scroll">${coverageSvg(report.coverage.entries, grid.days)}</div>
</section>
${checksSection(report)}
${employeesSection(report)}
</main>
<footer>Laget med turnus${options.generatedAt ? ` ${h(options.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC` : ''}.</footer>
</body>
</html>
`;
}

function metricsSection(report: ReportView): string {
  const rows = metricRows(report)
    .map(
      (r) =>
        `<tr data-metric="${h(r.key)}"><th>${h(r.label)}</th><td class="value">${h(r.value)}</td><td class="note">${h(r.note)}</td></tr>`,
    )
    .join('\n');
  return `<section id="nokkeltall">
<h2>Nøkkeltall for heltidskultur</h2>
<table class="metrics"><tbody>
${rows}
</tbody></table>
</section>`;
}

function gridSection(plan: Plan, grid: PlanGrid): string {
  const weekHead = Array.from(
    { length: grid.weeks },
    (_, w) => `<th colspan="7" class="week">Uke ${w + 1}</th>`,
  ).join('');
  const dayHead = grid.days
    .map((d) => {
      const cls = [
        d.weekend ? 'weekend' : '',
        d.holiday ? 'holiday' : '',
        d.weekday === 0 ? 'week-start' : '',
      ]
        .filter(Boolean)
        .join(' ');
      const tip = d.holiday ? ` title="${h(d.holiday)}"` : '';
      return `<th class="${cls}" data-date="${d.date}"${tip}>${DAY_LETTERS[d.weekday]}<br>${d.date.slice(8, 10)}.${d.date.slice(5, 7)}</th>`;
    })
    .join('');
  const body = grid.rows
    .map((row) => {
      const e = row.employee;
      const cells = row.cells
        .map((cell, i) => {
          const d = grid.days[i]!;
          const cls = [
            cell ? `kind-${cell.kind}` : 'off',
            cell?.flexi ? 'flexi' : '',
            d.weekend ? 'weekend' : '',
            d.holiday ? 'holiday' : '',
            d.weekday === 0 ? 'week-start' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const text = cell ? `${h(cell.code)}${cell.flexi ? '<sup>*</sup>' : ''}` : '';
          const tip = cell
            ? ` title="${h(`${d.date}: ${cell.kind === 'vacation' ? 'ferie' : cell.kind === 'unavailable' ? 'utilgjengelig' : `${cell.code} ${kindLabel(cell.kind).toLowerCase()}${cell.flexi ? ' (fleksivakt)' : ''}`}`)}"`
            : '';
          const data =
            cell && cell.kind !== 'vacation' && cell.kind !== 'unavailable'
              ? ` data-shift="${h(cell.code)}"`
              : '';
          return `<td class="${cls}" data-date="${d.date}"${data}${tip}>${text}</td>`;
        })
        .join('');
      const diff = row.totalHours + row.creditHours - row.targetHours;
      return `<tr data-employee="${h(e.id)}"><th class="name" scope="row">${h(e.id)}${e.name ? ` <span class="full-name">${h(e.name)}</span>` : ''}</th><td class="pct">${h(formatNumber(e.positionPercent, 0))}</td>${cells}<td class="total">${h(formatNumber(row.totalHours, 1))}</td><td class="target">${h(formatNumber(row.targetHours, 1))}</td><td class="diff ${Math.abs(diff) > plan.rules.contractToleranceHours ? 'bad' : ''}">${diff >= 0 ? '+' : ''}${h(formatNumber(diff, 1))}</td></tr>`;
    })
    .join('\n');
  const legend = plan.shiftTypes
    .map((t) => {
      return `<span class="legend-item"><span class="swatch kind-${t.kind}">${h(t.code)}</span> ${h(t.name ?? kindLabel(t.kind))} ${h(t.start)}–${h(t.end)} (${h(formatNumber(t.paidHours, 2))} t)</span>`;
    })
    .join(' ');
  return `<section id="turnus">
<h2>Turnus</h2>
<p class="legend">${legend} <span class="legend-item"><span class="swatch off weekend"></span> helg</span> <span class="legend-item"><span class="swatch holiday"></span> helligdag</span> <span class="legend-item"><sup>*</sup> fleksivakt</span> <span class="legend-item">FE ferie, X utilgjengelig</span></p>
<div class="scroll">
<table class="turnus-grid">
<thead>
<tr><th></th><th></th>${weekHead}<th colspan="3"></th></tr>
<tr><th class="name">Ansatt</th><th class="pct">%</th>${dayHead}<th class="total">Timer</th><th class="target">Mål</th><th class="diff">Avvik</th></tr>
</thead>
<tbody>
${body}
</tbody>
</table>
</div>
</section>`;
}

function hoursSection(grid: PlanGrid): string {
  const head = Array.from({ length: grid.weeks }, (_, w) => `<th>${w + 1}</th>`).join('');
  const rows = grid.rows
    .map(
      (row) =>
        `<tr data-employee="${h(row.employee.id)}"><th scope="row">${h(row.employee.id)}</th>${row.hoursPerWeek.map((hrs) => `<td>${hrs === 0 ? '' : h(formatNumber(hrs, 1))}</td>`).join('')}<td class="total">${h(formatNumber(row.totalHours, 1))}</td></tr>`,
    )
    .join('\n');
  return `<section id="timer">
<h2>Timer per uke</h2>
<div class="scroll">
<table class="hours-per-week">
<thead><tr><th>Ansatt</th>${head}<th>Sum</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>`;
}

function checksSection(report: ReportView): string {
  const items = report.checks
    .map((check) => {
      const params = Object.entries(check.parameters)
        .map(([k, v]) => `${h(k)} = ${h(String(v))}`)
        .join(', ');
      const shown = check.violations.slice(0, MAX_VIOLATIONS_SHOWN);
      const list =
        shown.length === 0
          ? ''
          : `<ul class="violations">${shown
              .map(
                (v) =>
                  `<li>${v.employee ? `<strong>${h(v.employee)}</strong>: ` : ''}${h(v.message)}${v.dates.length > 0 ? ` <span class="dates">(${h(v.dates.slice(0, 6).join(', '))}${v.dates.length > 6 ? ' …' : ''})</span>` : ''}</li>`,
              )
              .join(
                '',
              )}${check.violations.length > shown.length ? `<li>… og ${check.violations.length - shown.length} til</li>` : ''}</ul>`;
      return `<div class="check ${check.passed ? 'passed' : 'failed'}" data-check="${h(check.id)}">
<h3><span class="mark">${check.passed ? '✔' : '✖'}</span> ${h(check.title)} <span class="ref">${h(check.reference)}</span> <span class="verdict">${check.passed ? 'oppfylt' : `${check.violations.length} brudd`}</span></h3>
<p class="explain">${h(checkExplanation(check.id))}</p>
${params ? `<p class="params">Innstillinger: ${params}</p>` : ''}
${check.passed ? '' : `<p class="result">${check.violations.length} brudd:</p>${list}`}
</div>`;
    })
    .join('\n');
  return `<section id="lovkrav">
<h2>Lov- og avtalekrav</h2>
${items}
</section>`;
}

function employeesSection(report: ReportView): string {
  const rows = report.employees
    .map(
      (e) =>
        `<tr data-employee="${h(e.id)}"><th scope="row">${h(e.id)}</th><td>${h(formatNumber(e.positionPercent, 0))}</td><td>${h(formatNumber(e.plannedHours, 1))}</td><td>${h(formatNumber(e.targetHours, 1))}</td><td>${e.shifts}</td><td>${e.weekendsWorked}</td><td>${h(formatNumber(e.weekendHours, 1))}</td><td>${e.nights}</td><td>${e.evenings ?? ''}</td><td>${e.longShifts ?? ''}</td><td>${e.flexi}</td></tr>`,
    )
    .join('\n');
  return `<section id="ansatte">
<h2>Per ansatt</h2>
<table class="employees">
<thead><tr><th>Ansatt</th><th>Stilling %</th><th>Planlagte timer</th><th>Mål</th><th>Vakter</th><th>Helger</th><th>Helgetimer</th><th>Netter</th><th>Kvelder</th><th>Langvakter</th><th>Fleksi</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
