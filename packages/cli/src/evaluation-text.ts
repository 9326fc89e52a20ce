import type { Plan } from '@turnus/core';
import type { EvaluationReport } from '@turnus/evaluation';
import { renderChecksText } from './check-text.js';
import type { Paint } from './cli-io.js';
import { metricRows } from './metric-rows.js';
import { formatNumber, formatShare } from './number-format.js';

/**
 * The full evaluation as readable Norwegian text: key numbers, coverage (with the worst days),
 * the law checks with violations, fairness, cost, the earned full-time week and a line per
 * employee.
 *
 * @example
 * ```ts
 * console.log(renderEvaluationText(plan, evaluate(plan), paint(false)));
 * ```
 * @since 0.1.0
 */
export function renderEvaluationText(plan: Plan, report: EvaluationReport, paint: Paint): string {
  const lines: string[] = [];
  const heading = (text: string) => {
    lines.push('', paint.bold(text), paint.dim('─'.repeat(text.length)));
  };
  lines.push(
    paint.bold(
      `Evaluering: ${plan.unit || 'turnus'} (${plan.startDate}, ${plan.weeks} uker, ${plan.employees.length} ansatte)`,
    ),
  );
  lines.push(
    report.legal
      ? paint.green('✔ Lovlig: alle lov- og avtalekrav er oppfylt')
      : paint.red('✖ Turnusen bryter lov- eller avtalekrav'),
  );

  heading('Nøkkeltall');
  const rows = metricRows(report);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows)
    lines.push(`  ${r.label.padEnd(width)}  ${paint.bold(r.value.padStart(8))}  ${paint.dim(r.note)}`);

  heading('Dekning');
  const c = report.coverage;
  lines.push(
    `  Behov ${c.totalRequired} vakter, planlagt ${c.totalPlanned}; mangler ${c.shortfallShifts} (${formatNumber(c.shortfallHours)} t), overskudd ${c.surplusShifts}`,
  );
  if (c.competenceShortfall > 0) lines.push(`  Kompetansemangel: ${c.competenceShortfall}`);
  if (c.flexiAsked > 0) lines.push(`  Fleksivakter: ${c.flexiPlaced} av ${c.flexiAsked} plassert`);
  const worst = [...c.entries]
    .filter((e) => e.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall || a.date.localeCompare(b.date));
  for (const e of worst.slice(0, 10))
    lines.push(
      `  ${paint.yellow('!')} ${e.date} ${e.shift ?? `${e.from}–${e.to}`}: behov ${e.required}, planlagt ${e.planned}`,
    );
  if (worst.length > 10) lines.push(paint.dim(`  … og ${worst.length - 10} til`));

  heading('Lov- og avtalekrav');
  lines.push(
    renderChecksText(report.checks, paint, { maxPerCheck: 10 })
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );

  heading('Rettferdighet');
  const f = report.fairness;
  for (const st of f.spread)
    if (st.max > 0)
      lines.push(
        `  ${st.label.padEnd(26)} min ${formatNumber(st.min)}  maks ${formatNumber(st.max)}  snitt ${formatNumber(st.mean)}  std.avvik ${formatNumber(st.stdDev, 2)}`,
      );
  lines.push(`  Enkeltfridager ${f.isolatedDaysOff} · kort hvile (< 14 t) ${f.shortRests}`);
  if (f.wishes.total > 0)
    lines.push(`  Ønsker innfridd ${f.wishes.granted} av ${f.wishes.total} (${formatShare(f.wishes.share)})`);
  for (const c of f.continuity)
    lines.push(
      `  Kontinuitet ${c.shift}: ${formatNumber(c.averageEmployeesPerWeek)} ulike ansatte per uke på ${formatNumber(c.averageShiftsPerWeek)} vakter`,
    );

  heading('Kostnad per år');
  const k = report.cost;
  const kr = (v: number) => `${Math.round(v).toLocaleString('nb-NO')} kr`;
  lines.push(
    `  Lønn ${kr(k.wageYear)} · helgetillegg ${kr(k.weekendSupplementYear)} · lokal helgebonus ${kr(k.localBonusYear)}`,
  );
  lines.push(
    `  Vikarbehov ${formatNumber(k.substituteHoursYear, 0)} t (${kr(k.substituteCostYear)}) · ${paint.bold(`totalt ${kr(k.totalYear)}`)}`,
  );

  heading('Opptjent heltidsuke');
  const u = report.fullTimeWeek.unit;
  lines.push(
    `  Enheten: ${formatNumber(u.fullTimeWeek, 2)} t/uke (planen bruker ${formatNumber(report.fullTimeWeek.planFullTimeHoursPerWeek, 1)} t) · søn-/helligdagsandel ${formatShare(u.sundayShare)} ${paint.dim(`(${report.fullTimeWeek.reference})`)}`,
  );

  heading('Per ansatt');
  lines.push(paint.dim('  ansatt      %   timer    mål  vakter helger helgetimer netter fleksi'));
  for (const e of report.employees) {
    const diff = e.plannedHours + e.vacationCreditHours - e.targetHours;
    lines.push(
      `  ${e.id.padEnd(8)} ${formatNumber(e.positionPercent, 0).padStart(4)} ${formatNumber(e.plannedHours).padStart(7)} ${formatNumber(e.targetHours).padStart(6)} ${String(e.shifts).padStart(7)} ${String(e.weekendsWorked).padStart(6)} ${formatNumber(e.weekendHours).padStart(10)} ${String(e.nights).padStart(6)} ${String(e.flexi).padStart(6)}${Math.abs(diff) > plan.rules.contractToleranceHours ? paint.red(`  avvik ${formatNumber(diff)} t`) : ''}`,
    );
  }
  return lines.join('\n');
}

/** Numbers and short strings of a nested object as `label: value` lines (arrays summarised). */
function flatten(value: object, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const label = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'number') out.push(`${label}: ${formatNumber(v, Number.isInteger(v) ? 0 : 2)}`);
    else if (typeof v === 'string' || typeof v === 'boolean') out.push(`${label}: ${String(v)}`);
    else if (Array.isArray(v)) out.push(`${label}: ${v.length} oppføringer`);
    else if (v && typeof v === 'object' && out.length < 40) out.push(...flatten(v, label));
  }
  return out;
}
