import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from '../src/solve.js';
import { smallScenario } from './fixtures.js';

const PATTERNS = ['every-third', 'every-other', 'none', 'long-every-fourth'] as const;

/** Random small scenarios with no promise that a legal covering rota exists. */
const anyScenario = fc
  .record({
    weeks: fc.constantFrom(12, 24),
    kind: fc.constantFrom<'rotating' | 'annual'>('rotating', 'annual'),
    start: fc.constantFrom('2027-01-04', '2027-03-15', '2027-12-13'),
    staff: fc.array(
      fc.record({
        pct: fc.integer({ min: 20, max: 100 }),
        pattern: fc.constantFrom(...PATTERNS),
        nurse: fc.boolean(),
        nightOnly: fc.boolean(),
      }),
      { minLength: 2, maxLength: 8 },
    ),
    d: fc.integer({ min: 0, max: 3 }),
    a: fc.integer({ min: 0, max: 3 }),
    n: fc.integer({ min: 0, max: 1 }),
    sundayRule: fc.constantFrom<'no-consecutive' | 'every-other-on-average'>(
      'no-consecutive',
      'every-other-on-average',
    ),
  })
  .map((x) =>
    smallScenario({
      period: { start: x.start, weeks: x.weeks, kind: x.kind },
      shiftTypes: [
        { code: 'D', start: '07:30', end: '15:15', kind: 'day' },
        { code: 'A', start: '14:45', end: '22:30', kind: 'evening' },
        { code: 'N', start: '22:15', end: '07:45', kind: 'night' },
        { code: 'L', start: '08:00', end: '20:30', kind: 'long', days: ['saturday', 'sunday'] },
      ],
      demand: {
        weekday: { D: { count: x.d, min: { sykepleier: Math.min(1, x.d) } }, A: x.a, N: x.n },
        saturday: { D: x.d, A: x.a, N: x.n, L: 1 },
        sunday: { D: x.d, A: x.a, N: x.n, L: 1 },
      },
      staff: x.staff.map((e, i) => ({
        id: `E${i + 1}`,
        positionPercent: e.pct,
        competence: e.nurse ? 'sykepleier' : 'helsefagarbeider',
        weekendPattern: e.pattern,
        ...(e.nightOnly ? { shifts: ['N'] } : {}),
      })),
      rules: { maxConsecutiveDays: 5, sundayRule: x.sundayRule },
    }),
  );

describe('solve on any scenario', () => {
  it('returns a legal plan or an explanation, never an illegal plan', async () => {
    await fc.assert(
      fc.asyncProperty(anyScenario, async (scenario) => {
        const r = await solve(scenario, { timeLimitSeconds: 1, seed: 3 });
        if (r.status === 'solved') expect(r.evaluation.legal).toBe(true);
        else {
          expect(r.explanation.length).toBeGreaterThan(0);
          for (const x of r.explanation) expect(x.message.length).toBeGreaterThan(0);
        }
      }),
      { seed: Number(process.env.ANY_SEED ?? 2027), numRuns: Number(process.env.ANY_RUNS ?? 12) },
    );
  }, 120_000);
});
