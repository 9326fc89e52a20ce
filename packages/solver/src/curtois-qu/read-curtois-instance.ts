import { TurnusError, type TurnusIssue } from '@turnus/core';
import type {
  CurtoisCover,
  CurtoisInstance,
  CurtoisRequest,
  CurtoisShift,
  CurtoisStaff,
} from './curtois-instance.js';

const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;
type Section = (typeof SECTIONS)[number];

interface Line {
  readonly section: Section;
  readonly line: number;
  readonly fields: string[];
}

/**
 * Reads a Curtois–Qu instance in its original text format (sections `SECTION_HORIZON` …
 * `SECTION_COVER`, comma-separated fields, `#` comments, CRLF or LF line ends).
 *
 * @param text - the file contents
 * @param source - file name used in error messages
 * @returns the instance
 * @throws TurnusError `UNSUPPORTED_FORMAT` when the text is not in this format (no or unknown
 *   sections), `INVALID_ARGUMENT` for bad values, with paths like `SECTION_STAFF line 14`
 *
 * @example
 * ```ts
 * const instance = readCurtoisInstance(readFileSync('fixtures/curtois-qu/Instance1.txt', 'utf8'));
 * instance.staff.length; // 8
 * ```
 * @since 0.1.0
 */
export function readCurtoisInstance(text: string, source?: string): CurtoisInstance {
  const issues: TurnusIssue[] = [];
  const lines: Line[] = [];
  // 'skip': inside an unknown section, reported once at its header.
  let section: Section | 'skip' | undefined;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    if (content.startsWith('SECTION_')) {
      if (!(SECTIONS as readonly string[]).includes(content)) {
        issues.push({ path: `line ${i + 1}`, message: `unknown section ${content}`, line: i + 1 });
        section = 'skip';
      } else section = content as Section;
      return;
    }
    if (section === 'skip') return;
    if (section === undefined) {
      issues.push({ path: `line ${i + 1}`, message: 'data outside of a SECTION_…', line: i + 1 });
      return;
    }
    lines.push({ section, line: i + 1, fields: content.split(',').map((f) => f.trim()) });
  });
  if (issues.length > 0 || !lines.some((l) => l.section === 'SECTION_HORIZON')) {
    if (issues.length === 0)
      issues.push({ path: '', message: 'no SECTION_HORIZON: not a Curtois–Qu instance' });
    throw new TurnusError('UNSUPPORTED_FORMAT', issues, source);
  }
  const at = (l: Line) => `${l.section} line ${l.line}`;
  const problem = (l: Line, message: string) => issues.push({ path: at(l), message, line: l.line });
  const int = (l: Line, index: number, what: string, min = 0): number => {
    const value = l.fields[index];
    if (value === undefined || !/^-?\d+$/.test(value)) {
      problem(l, `${what} must be an integer, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      return 0;
    }
    const n = Number(value);
    if (n < min) problem(l, `${what} must be at least ${min}, got ${n}`);
    return n;
  };
  const of = (s: Section) => lines.filter((l) => l.section === s);

  const horizonLines = of('SECTION_HORIZON');
  const horizon = horizonLines[0] ? int(horizonLines[0], 0, 'horizon', 1) : 0;
  for (const extra of horizonLines.slice(1)) problem(extra, 'SECTION_HORIZON has one line');

  const shifts: CurtoisShift[] = of('SECTION_SHIFTS').map((l) => ({
    id: l.fields[0] ?? '',
    minutes: int(l, 1, 'shift length', 1),
    forbiddenNext: (l.fields[2] ?? '').split('|').filter((s) => s !== ''),
  }));
  const shiftIds = new Set(shifts.map((s) => s.id));
  if (shifts.length === 0) issues.push({ path: 'SECTION_SHIFTS', message: 'no shift types' });
  of('SECTION_SHIFTS').forEach((l, i) => {
    const shift = shifts[i]!;
    if (shift.id === '') problem(l, 'missing shift id');
    if (shifts.findIndex((s) => s.id === shift.id) !== i) problem(l, `duplicate shift id ${shift.id}`);
    for (const next of shift.forbiddenNext)
      if (!shiftIds.has(next)) problem(l, `unknown shift ${next} in successions`);
  });
  const knownShift = (l: Line, id: string | undefined) => {
    if (id === undefined || !shiftIds.has(id)) problem(l, `unknown shift ${id ?? '(missing)'}`);
    return id ?? '';
  };
  const day = (l: Line, index: number) => {
    const d = int(l, index, 'day', 0);
    if (d >= horizon) problem(l, `day ${d} is outside the horizon 0..${horizon - 1}`);
    return d;
  };

  const staff: CurtoisStaff[] = of('SECTION_STAFF').map((l) => {
    if (l.fields.length !== 8) problem(l, `expected 8 fields, got ${l.fields.length}`);
    const maxShifts: Record<string, number> = {};
    for (const part of (l.fields[1] ?? '').split('|').filter((p) => p !== '')) {
      const [id, limit] = part.split('=');
      if (id === undefined || limit === undefined || !/^\d+$/.test(limit))
        problem(l, `bad MaxShifts entry "${part}"`);
      else maxShifts[knownShift(l, id)] = Number(limit);
    }
    return {
      id: l.fields[0] ?? '',
      maxShifts,
      maxTotalMinutes: int(l, 2, 'MaxTotalMinutes'),
      minTotalMinutes: int(l, 3, 'MinTotalMinutes'),
      maxConsecutiveShifts: int(l, 4, 'MaxConsecutiveShifts', 1),
      minConsecutiveShifts: int(l, 5, 'MinConsecutiveShifts'),
      minConsecutiveDaysOff: int(l, 6, 'MinConsecutiveDaysOff'),
      maxWeekends: int(l, 7, 'MaxWeekends'),
    };
  });
  const staffIds = new Set(staff.map((s) => s.id));
  if (staff.length === 0) issues.push({ path: 'SECTION_STAFF', message: 'no staff' });
  const knownStaff = (l: Line) => {
    const id = l.fields[0];
    if (id === undefined || !staffIds.has(id)) problem(l, `unknown employee ${id ?? '(missing)'}`);
    return id ?? '';
  };

  const daysOff: Record<string, number[]> = {};
  for (const l of of('SECTION_DAYS_OFF')) {
    const id = knownStaff(l);
    const list = daysOff[id] ?? [];
    daysOff[id] = list;
    for (let i = 1; i < l.fields.length; i++) if (l.fields[i] !== '') list.push(day(l, i));
  }
  const request = (l: Line): CurtoisRequest => {
    if (l.fields.length !== 4) problem(l, `expected 4 fields, got ${l.fields.length}`);
    return {
      employee: knownStaff(l),
      day: day(l, 1),
      shift: knownShift(l, l.fields[2]),
      weight: int(l, 3, 'weight'),
    };
  };
  const onRequests = of('SECTION_SHIFT_ON_REQUESTS').map(request);
  const offRequests = of('SECTION_SHIFT_OFF_REQUESTS').map(request);
  const cover: CurtoisCover[] = of('SECTION_COVER').map((l) => {
    if (l.fields.length !== 5) problem(l, `expected 5 fields, got ${l.fields.length}`);
    return {
      day: day(l, 0),
      shift: knownShift(l, l.fields[1]),
      requirement: int(l, 2, 'requirement'),
      underWeight: int(l, 3, 'weight for under'),
      overWeight: int(l, 4, 'weight for over'),
    };
  });
  if (issues.length > 0) throw new TurnusError('INVALID_ARGUMENT', issues, source);
  return { horizon, shifts, staff, daysOff, onRequests, offRequests, cover };
}
