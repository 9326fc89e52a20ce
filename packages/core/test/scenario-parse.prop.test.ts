import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTurnusError, parseScenarioText, readDocumentText, safeParseScenario } from '../src/index.js';
import { readScenario, scenarioFiles } from './fixtures.js';

const valid = scenarioFiles().map((f) => readDocumentText(readScenario(f)));

/** Replaces the value at a random path of a document with a random value (or deletes it). */
function mutate(doc: unknown, path: number[], replacement: unknown, remove: boolean): unknown {
  if (typeof doc !== 'object' || doc === null || path.length === 0) return replacement;
  const keys = Object.keys(doc);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(doc)
    ? ([...doc] as unknown as Record<string, unknown>)
    : { ...(doc as object) };
  if (path.length === 1 && remove) delete copy[key];
  else copy[key] = mutate(copy[key], path.slice(1), replacement, remove);
  return copy;
}

describe('malformed scenario documents', () => {
  it('give a TurnusError with paths, never another exception', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: valid.length - 1 }),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
        fc.anything({ maxDepth: 2 }),
        fc.boolean(),
        (which, path, replacement, remove) => {
          const doc = mutate(valid[which], path, replacement, remove);
          const result = safeParseScenario(doc);
          if (!result.success) {
            expect(result.error.issues.length).toBeGreaterThan(0);
            for (const issue of result.error.issues) expect(typeof issue.path).toBe('string');
          }
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });

  it('never throw anything but a TurnusError for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseScenarioText(text);
        } catch (error) {
          expect(isTurnusError(error)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
