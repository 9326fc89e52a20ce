import { describe, expect, it } from 'vitest';
import { solveInWorker } from '../src/solve-in-worker.js';
import { solve } from '../src/solve.js';
import { sharedScenario, smallScenario } from './fixtures.js';

describe('solve', () => {
  it('gives the same plan for the same seed', async () => {
    const s = sharedScenario('sykehjem-ansatte-12u');
    // A generous clock and a fixed budget: the budget ends both searches even on a loaded machine.
    const a = await solve(s, { timeLimitSeconds: 30, iterations: 100_000, seed: 5 });
    const b = await solve(s, { timeLimitSeconds: 30, iterations: 100_000, seed: 5 });
    expect(a.status).toBe('solved');
    if (a.status !== 'solved' || b.status !== 'solved') return;
    expect(JSON.stringify(b.plan)).toBe(JSON.stringify(a.plan));
  });

  it('stays within the time limit (generous bound) and reports progress', async () => {
    const phases = new Set<string>();
    const started = performance.now();
    const r = await solve(sharedScenario('langvakt-mellomvakt'), {
      timeLimitSeconds: 1,
      onProgress: (p) => phases.add(p.phase),
    });
    expect(performance.now() - started).toBeLessThan(8000);
    // On a loaded machine one second may not reach a legal rota; then the answer says so.
    if (r.status === 'infeasible') expect(r.explanation.map((x) => x.rule)).toContain('time-limit');
    else expect(r.evaluation.legal).toBe(true);
    expect(phases.has('construct')).toBe(true);
  });

  it('stops early when the signal is aborted and still returns a legal plan', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await solve(sharedScenario('sykehjem-ansatte-12u'), {
      timeLimitSeconds: 30,
      signal: controller.signal,
    });
    expect(r.status).toBe('solved');
    if (r.status === 'solved') expect(r.evaluation.legal).toBe(true);
  });

  it('explains quickly when contract hours cannot be reached with the shift lengths', async () => {
    const s = smallScenario({
      shiftTypes: [{ code: 'N', start: '22:15', end: '07:45', kind: 'night' }],
      demand: { weekday: { N: 1 } },
      staff: [{ id: 'N1', positionPercent: 50, competence: 'sykepleier', weekendPattern: 'none' }],
      rules: { contractToleranceHours: 1 },
    });
    const started = performance.now();
    const r = await solve(s, { timeLimitSeconds: 5 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.explanation[0]!.rule).toBe('contract-hours');
    expect(r.explanation[0]!.message).toContain('N1');
    expect(r.explanation[0]!.message).toContain('35,5');
  });

  it('explains when a weekend pattern cannot be worked with the allowed shifts', async () => {
    const s = smallScenario({
      shiftTypes: [
        {
          code: 'D',
          start: '07:30',
          end: '15:15',
          kind: 'day',
          days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        },
      ],
      demand: { weekday: { D: 1 } },
      staff: [{ id: 'W1', positionPercent: 40, competence: 'sykepleier', weekendPattern: 'every-other' }],
    });
    const r = await solve(s, { timeLimitSeconds: 2 });
    expect(r.status).toBe('infeasible');
    if (r.status === 'infeasible') expect(r.explanation.map((x) => x.rule)).toContain('weekend-pattern');
  });

  it('reports an LP lower bound no larger than the objective, with the gap', async () => {
    const r = await solve(sharedScenario('langvakt-mellomvakt'), {
      timeLimitSeconds: 60,
      iterations: 330_000,
      seed: 1,
    });
    expect(r.status).toBe('solved');
    if (r.status !== 'solved' || r.lowerBound === undefined) throw new Error('no bound');
    expect(r.lowerBound).toBeLessThanOrEqual(r.objective.total + 1e-6);
    // The relaxation alone proves the long-shift shortfall of the DST weekend group (12 × 100).
    expect(r.lowerBound).toBeGreaterThanOrEqual(1200);
    expect(r.gap).toBeCloseTo((r.objective.total - r.lowerBound) / r.objective.total, 9);
  });

  it('keeps a rolled rota legal when only a later repeat crosses the spring DST night', async () => {
    const base = sharedScenario('langvakt-mellomvakt');
    const s = { ...base, period: { ...base.period, start: '2026-11-02', repeat: 2 } };
    const r = await solve(s, { timeLimitSeconds: 60, iterations: 220_000, seed: 1 });
    expect(r.status).toBe('solved');
    if (r.status !== 'solved') return;
    expect(r.evaluation.legal).toBe(true);
    expect(String(r.plan.meta?.notes)).toContain('2027-03-27');
  });

  it('runs in a worker (or in-thread from sources) with the same result shape', async () => {
    const r = await solveInWorker(sharedScenario('sykehjem-ansatte-12u'), {
      timeLimitSeconds: 60,
      iterations: 110_000,
      seed: 2,
    });
    expect(r.status).toBe('solved');
  });
});
