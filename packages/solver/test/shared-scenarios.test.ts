import { describe, expect, it } from 'vitest';
import { solve } from '../src/solve.js';
import { sharedScenario } from './fixtures.js';

// A fixed iteration budget (what the solver does in `seconds` on an idle core, 110 per ms) keeps
// the result independent of machine load; the clock limit only guards against a hang.
// Benchmarks measure the real time limits.
const CASES: { name: string; seconds: number; complete: boolean }[] = [
  { name: 'sykehjem-ansatte-12u', seconds: 2, complete: true },
  { name: 'dognrytme', seconds: 2, complete: true },
  { name: 'institusjon-dimensjonering', seconds: 2, complete: true },
  { name: 'hjemmetjeneste-fleksi-36u', seconds: 5, complete: true },
  // The last weekend of the base (27–28 March 2027) is the spring DST night: two long shifts
  // 08:00–20:30 leave 10.5 h rest, so long-every-fourth staff cannot work it and L demand there
  // stays as shortfall. Legality wins.
  { name: 'langvakt-mellomvakt', seconds: 2, complete: false },
  { name: 'arsturnus-52u', seconds: 6, complete: false },
];

describe('shared acceptance scenarios', () => {
  for (const c of CASES)
    it(`solves ${c.name} legally${c.complete ? ' with full coverage' : ''}`, async () => {
      const r = await solve(sharedScenario(c.name), {
        timeLimitSeconds: 120,
        iterations: c.seconds * 110_000,
        seed: 1,
      });
      expect(r.status).toBe('solved');
      if (r.status !== 'solved') return;
      expect(r.evaluation.legal).toBe(true);
      expect(r.evaluation.violationCount).toBe(0);
      if (c.complete) expect(r.evaluation.coverage.complete).toBe(true);
    });
});
