import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCurtois } from '../../src/curtois-qu/curtois-index.js';
import { curtoisWeekendBound } from '../../src/curtois-qu/curtois-weekend-bound.js';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { highsEngine } from '../../src/engine/highs-engine.js';
import { benchmarkInstance } from './benchmark-instance.js';
import { exactOptimum, randomCurtoisInstance, tighterInstance } from './random-instance.js';

/** Two weeks, one employee who may work one weekend, one shift a day wanted on all four weekend days. */
const oneWeekend = (shift: string, requests: string[] = []) =>
  readCurtoisInstance(
    [
      'SECTION_HORIZON',
      '14',
      'SECTION_SHIFTS',
      shift,
      'SECTION_STAFF',
      'A,N=14,6720,0,5,1,1,1',
      ...(requests.length > 0 ? ['SECTION_SHIFT_ON_REQUESTS', ...requests] : []),
      'SECTION_COVER',
      ...[5, 6, 12, 13].map((day) => `${day},N,1,100,1`),
      ...[0, 1, 2].map((day) => `${day},N,1,7,1`),
    ].join('\n'),
  );

describe('curtoisWeekendBound', () => {
  const engine = highsEngine();

  it('counts the weekends an employee may not work, and a forbidden Saturday-to-Sunday succession', async () => {
    // One weekend of two worked: two weekend shifts missing. The weekday cover is not its business.
    const free = await curtoisWeekendBound(indexCurtois(oneWeekend('N,480,')), engine, 10);
    expect(free).toEqual({ bound: 200, proven: true, underCovered: 2 });
    // A night may not follow a night: the worked weekend has one shift, three are missing.
    const nights = await curtoisWeekendBound(indexCurtois(oneWeekend('N,480,N')), engine, 10);
    expect(nights).toEqual({ bound: 300, proven: true, underCovered: 3 });
    // Requests on weekend days count (the cheaper one is lost on the weekend not worked); the
    // weekday request (9) does not.
    const asked = await curtoisWeekendBound(
      indexCurtois(oneWeekend('N,480,', ['A,12,N,3', 'A,5,N,2', 'A,1,N,9'])),
      engine,
      10,
    );
    expect(asked).toEqual({ bound: 200 + 2, proven: true, underCovered: 2 });
  });

  it('never exceeds the exact optimum of random small instances', async () => {
    let positive = 0;
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomCurtoisInstance, tighterInstance), async (instance) => {
        const exact = await exactOptimum(instance);
        if (!exact) return;
        const weekend = await curtoisWeekendBound(indexCurtois(instance), engine, 10);
        expect(weekend?.proven).toBe(true);
        expect(weekend!.bound).toBeLessThanOrEqual(exact.objective + 1e-6);
        compared++;
        if (weekend!.bound > 0) positive++;
      }),
      { seed: 11, numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(25);
    // The bound is not trivially zero on these instances.
    expect(positive).toBeGreaterThan(10);
  }, 120_000);

  it('stays below the proven optima of Instances 2 to 7', async () => {
    const optima: Record<number, number> = { 2: 828, 3: 1001, 4: 1716, 5: 1143, 6: 1950, 7: 1056 };
    for (const [n, optimum] of Object.entries(optima)) {
      const weekend = await curtoisWeekendBound(indexCurtois(benchmarkInstance(Number(n))), engine, 10);
      expect(weekend?.proven).toBe(true);
      expect(weekend!.bound).toBeLessThanOrEqual(optimum);
    }
  }, 60_000);
});
