import { readFileSync, readdirSync } from 'node:fs';
import { TurnusError } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { readCurtoisInstance } from '../../src/curtois-qu/read-curtois-instance.js';
import { TINY_INSTANCE } from './tiny-instance.js';

const fixtures = new URL('../../../../fixtures/curtois-qu/', import.meta.url);

// days / staff / shift types per instance, from the README's table.
const SIZES: Record<number, [number, number, number]> = {
  1: [14, 8, 1],
  2: [14, 14, 2],
  3: [14, 20, 3],
  4: [28, 10, 2],
  5: [28, 16, 2],
  6: [28, 18, 3],
  7: [28, 20, 3],
  8: [28, 30, 4],
  9: [28, 36, 4],
  10: [28, 40, 5],
  11: [28, 50, 6],
  12: [28, 60, 10],
  13: [28, 120, 18],
  14: [42, 32, 4],
  15: [42, 45, 6],
  16: [56, 20, 3],
  17: [56, 32, 4],
  18: [84, 22, 3],
  19: [84, 40, 5],
  20: [182, 50, 6],
  21: [182, 100, 8],
  22: [364, 50, 10],
  23: [364, 100, 16],
  24: [364, 150, 32],
};

function issuesOf(run: () => unknown): { code: string; paths: string[]; messages: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof TurnusError) {
      return {
        code: error.code,
        paths: error.issues.map((i) => i.path),
        messages: error.issues.map((i) => i.message),
      };
    }
    throw error;
  }
  throw new Error('expected a TurnusError');
}

describe('readCurtoisInstance', () => {
  it('reads all 24 published instances with the sizes of the README table', () => {
    const files = readdirSync(fixtures).filter((f) => /^Instance\d+\.txt$/.test(f));
    expect(files).toHaveLength(24);
    for (const file of files) {
      const n = Number(file.match(/\d+/)![0]);
      const instance = readCurtoisInstance(readFileSync(new URL(file, fixtures), 'utf8'), file);
      expect([instance.horizon, instance.staff.length, instance.shifts.length], file).toEqual(SIZES[n]);
      expect(instance.cover.length, file).toBeGreaterThan(0);
    }
  });

  it('reads sections, comments, CRLF, shift limits, days off and requests', () => {
    const instance = readCurtoisInstance(TINY_INSTANCE);
    expect(instance.horizon).toBe(7);
    expect(instance.shifts).toEqual([
      { id: 'E', minutes: 480, forbiddenNext: [] },
      { id: 'L', minutes: 480, forbiddenNext: ['E'] },
    ]);
    expect(instance.staff[0]).toEqual({
      id: 'A',
      maxShifts: { E: 7, L: 1 },
      maxTotalMinutes: 2400,
      minTotalMinutes: 1440,
      maxConsecutiveShifts: 3,
      minConsecutiveShifts: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
    });
    expect(instance.daysOff).toEqual({ A: [6] });
    expect(instance.onRequests).toEqual([{ employee: 'A', day: 0, shift: 'E', weight: 2 }]);
    expect(instance.offRequests).toEqual([{ employee: 'B', day: 1, shift: 'L', weight: 3 }]);
    expect(instance.cover[2]).toEqual({ day: 2, shift: 'E', requirement: 2, underWeight: 50, overWeight: 1 });
  });

  it('rejects text that is not an instance as UNSUPPORTED_FORMAT', () => {
    expect(issuesOf(() => readCurtoisInstance('A,0,D\nB,1,D\n')).code).toBe('UNSUPPORTED_FORMAT');
    const unknown = issuesOf(() =>
      readCurtoisInstance(TINY_INSTANCE.replace('SECTION_COVER', 'SECTION_COVERS')),
    );
    expect(unknown.code).toBe('UNSUPPORTED_FORMAT');
    expect(unknown.paths).toEqual(['line 23']);
  });

  it('names the section and line of bad values as INVALID_ARGUMENT', () => {
    const bad = issuesOf(() =>
      readCurtoisInstance(
        TINY_INSTANCE.replace('B,E=7|L=7,2400,960,3,1,1,0', 'B,E=7|X=7,2400,lots,3,1,1,0').replace(
          '0,E,1,100,1',
          '9,E,1,100,1',
        ),
      ),
    );
    expect(bad.code).toBe('INVALID_ARGUMENT');
    expect(bad.paths).toEqual(['SECTION_STAFF line 12', 'SECTION_STAFF line 12', 'SECTION_COVER line 24']);
    expect(bad.messages).toEqual([
      'unknown shift X',
      'MinTotalMinutes must be an integer, got "lots"',
      'day 9 is outside the horizon 0..6',
    ]);
  });

  it('rejects requests for unknown employees and shifts', () => {
    const bad = issuesOf(() => readCurtoisInstance(TINY_INSTANCE.replace('A,0,E,2', 'Z,0,Q,2')));
    expect(bad.paths).toEqual(['SECTION_SHIFT_ON_REQUESTS line 18', 'SECTION_SHIFT_ON_REQUESTS line 18']);
    expect(bad.messages).toEqual(['unknown employee Z', 'unknown shift Q']);
  });
});
