// The Curtois–Qu instances of fixtures/curtois-qu with the best known values of their README.
import { readFileSync } from 'node:fs';
import type { CurtoisInstance } from '../packages/solver/src/curtois-qu/curtois-instance.js';
import { readCurtoisInstance } from '../packages/solver/src/curtois-qu/read-curtois-instance.js';

const dir = new URL('../fixtures/curtois-qu/', import.meta.url);

export interface BenchInstance {
  /** `1` … `24`, and `1*` for Instance1 with employee C's MaxShifts D=3 raised to 14 (see SOURCE.md). */
  label: string;
  instance: CurtoisInstance;
  bestKnown?: number;
  /** The README marks the value as optimal / as "about" (not re-checked). */
  bestKnownKind: 'optimal' | 'best' | 'about' | 'open';
}

function bestKnownTable(): Map<number, { value?: number; kind: BenchInstance['bestKnownKind'] }> {
  const table = new Map<number, { value?: number; kind: BenchInstance['bestKnownKind'] }>();
  for (const line of readFileSync(new URL('README.md', dir), 'utf8').split(/\r?\n/)) {
    const m = line.match(/^\|\s*(\d+)\s*\|[^|]*\|\s*(about\s+)?(\d+|open)(\s*\(optimal\))?\s*\|/);
    if (!m) continue;
    const kind = m[3] === 'open' ? 'open' : m[2] ? 'about' : m[4] ? 'optimal' : 'best';
    table.set(Number(m[1]), { ...(m[3] !== 'open' ? { value: Number(m[3]) } : {}), kind });
  }
  return table;
}

export function loadInstances(numbers: number[], withCorrectedInstance1: boolean): BenchInstance[] {
  const best = bestKnownTable();
  const result: BenchInstance[] = [];
  for (const n of numbers) {
    const text = readFileSync(new URL(`Instance${n}.txt`, dir), 'utf8');
    const known = best.get(n);
    const entry = (label: string, body: string): BenchInstance => ({
      label,
      instance: readCurtoisInstance(body, `Instance${n}.txt`),
      ...(known?.value !== undefined ? { bestKnown: known.value } : {}),
      bestKnownKind: known?.kind ?? 'open',
    });
    result.push(entry(String(n), text));
    if (n === 1 && withCorrectedInstance1) result.push(entry('1*', text.replace('C,D=3,', 'C,D=14,')));
  }
  return result;
}

export function parseInstanceList(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  return value.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (b === undefined) return [a!];
    return Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
  });
}
