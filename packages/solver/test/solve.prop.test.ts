import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from '../src/solve.js';
import { smallScenario } from './fixtures.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * A random legal rota built by rule (one shift type per employee-week, at most four weekdays,
 * every-other-weekend staff work Mon–Wed in weekend weeks and Tue–Fri otherwise), the staff that
 * works it (position % from its hours) and demand derived from it (per weekday, the least staffed
 * week), so a legal covering rota is known to exist.
 */
const scenarioArb = fc
  .record({
    weeks: fc.constantFrom(2, 4),
    staff: fc.array(
      fc.record({
        weekend: fc.boolean(),
        weekdays: fc.array(fc.subarray([0, 1, 2, 3, 4], { minLength: 1, maxLength: 4 }), {
          minLength: 4,
          maxLength: 4,
        }),
        shifts: fc.array(fc.constantFrom('D', 'A'), { minLength: 4, maxLength: 4 }),
        phase: fc.constantFrom(0, 1),
      }),
      { minLength: 3, maxLength: 7 },
    ),
  })
  .map(({ weeks, staff }) => {
    const counts = new Map<string, number[]>();
    const employees = staff.map((x, i) => {
      let shifts = 0;
      for (let w = 0; w < weeks; w++) {
        const worked = x.weekend && (w + x.phase) % 2 === 0;
        const allowed = worked ? [0, 1, 2] : x.weekend ? [1, 2, 3, 4] : [0, 1, 2, 3, 4];
        const days = x.weekdays[w]!.filter((d) => allowed.includes(d));
        if (worked) days.push(5, 6);
        for (const d of days) {
          const key = `${d}|${x.shifts[w]}`;
          const arr = counts.get(key) ?? new Array<number>(weeks).fill(0);
          arr[w]!++;
          counts.set(key, arr);
        }
        shifts += days.length;
      }
      const pct = Math.max(1, Math.round(((shifts * 7.75) / (35.5 * weeks)) * 10000) / 100);
      return {
        id: `E${i + 1}`,
        positionPercent: Math.min(100, pct),
        competence: i % 2 === 0 ? 'sykepleier' : 'helsefagarbeider',
        weekendPattern: x.weekend ? ('every-other' as const) : ('none' as const),
      };
    });
    const demand: Record<string, Record<string, number>> = {};
    for (let d = 0; d < 7; d++)
      for (const sh of ['D', 'A']) {
        const n = Math.min(...(counts.get(`${d}|${sh}`) ?? [0]));
        if (n > 0) demand[DAYS[d]!] = { ...(demand[DAYS[d]!] ?? {}), [sh]: n };
      }
    return smallScenario({
      period: { start: '2027-01-04', weeks, kind: 'rotating' },
      staff: employees,
      demand,
    });
  });

describe('solve on scenarios with a known legal covering rota', () => {
  it('returns a legal plan that covers the demand', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const result = await solve(scenario, { timeLimitSeconds: 60, iterations: 110_000, seed: 7 });
        expect(result.status).toBe('solved');
        if (result.status !== 'solved') return;
        expect(result.evaluation.legal).toBe(true);
        expect(result.evaluation.coverage.shortfallShifts).toBe(0);
        expect(result.evaluation.coverage.complete).toBe(true);
      }),
      { seed: 20271, numRuns: 15 },
    );
  }, 120_000);
});
