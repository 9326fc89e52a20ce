import type { Paint } from './cli-io.js';
import type { CheckView } from './report-model.js';

/**
 * The law checks as terminal text: one line per check (✔ or ✖, title, reference) and, for a
 * failed check, its violations indented below (at most `maxPerCheck`, then a count).
 *
 * @example
 * ```ts
 * console.log(renderChecksText(checkPlan(plan), paint(false)));
 * ```
 * @since 0.1.0
 */
export function renderChecksText(
  checks: readonly CheckView[],
  paint: Paint,
  options: { maxPerCheck?: number; onlyFailed?: boolean } = {},
): string {
  const max = options.maxPerCheck ?? 20;
  const lines: string[] = [];
  for (const check of checks) {
    if (options.onlyFailed && check.passed) continue;
    const mark = check.passed ? paint.green('✔') : paint.red('✖');
    const count = check.passed ? '' : paint.red(` — ${check.violations.length} brudd`);
    lines.push(`${mark} ${check.title} ${paint.dim(`(${check.reference})`)}${count}`);
    for (const v of check.violations.slice(0, max)) {
      const who = v.employee ? `${v.employee}: ` : '';
      const when =
        v.dates.length > 0
          ? paint.dim(` [${v.dates.slice(0, 4).join(', ')}${v.dates.length > 4 ? ' …' : ''}]`)
          : '';
      lines.push(`    ${who}${v.message}${when}`);
    }
    if (check.violations.length > max) lines.push(paint.dim(`    … og ${check.violations.length - max} til`));
  }
  return lines.join('\n');
}
