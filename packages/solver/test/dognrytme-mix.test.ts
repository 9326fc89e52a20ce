import { describe, expect, it } from 'vitest';
import { dognrytmeMix } from '../src/dognrytme-mix.js';
import { buildProblem } from '../src/problem.js';
import { solve } from '../src/solve.js';
import { sharedScenario } from './fixtures.js';

describe('døgnrytme', () => {
  const s = sharedScenario('dognrytme');
  const p = buildProblem(s, s.staff!);

  it('chooses a mix with a mid shift that needs fewer paid hours than day and evening only', () => {
    const withMid = dognrytmeMix(p);
    const dayEvening = dognrytmeMix(p, ['D', 'A']);
    expect(withMid.paidHours).toBeLessThan(dayEvening.paidHours);
    // A weekday: 4 D + 1 M + 3 A (61.75 h) instead of 5 D + 4 A (69.75 h).
    const monday = ['D', 'M', 'A'].map(
      (code) => withMid.target[0 * p.S + p.shifts.findIndex((x) => x.code === code)],
    );
    expect(monday).toEqual([4, 1, 3]);
  });

  it('covers the døgnrytme with the staff, which day and evening shifts alone could not', async () => {
    const r = await solve(s, { timeLimitSeconds: 60, iterations: 220_000, seed: 1 });
    expect(r.status).toBe('solved');
    if (r.status !== 'solved') return;
    expect(r.evaluation.coverage.complete).toBe(true);
    const staffHours = s.staff!.reduce(
      (a, e) => a + (e.positionPercent / 100) * s.fullTimeHoursPerWeek * s.period.weeks,
      0,
    );
    expect(dognrytmeMix(p, ['D', 'A']).paidHours).toBeGreaterThan(staffHours);
    const used = r.plan.assignments.filter((a) => a.shift === 'M').length;
    expect(used).toBeGreaterThan(0);
  });
});
