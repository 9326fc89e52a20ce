import { describe, expect, it } from 'vitest';
import { calendarFileName, foldLine, planCalendars } from '../src/export-ics.js';
import { smallPlan } from './fixtures.js';

const stamp = new Date('2027-01-01T12:00:00Z');

function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('planCalendars', () => {
  const plan = smallPlan();
  const calendars = planCalendars(plan, { dtstamp: stamp });

  it('makes one calendar per employee with one VEVENT per shift and vacation day', () => {
    expect([...calendars.keys()]).toEqual(['E1', 'E2', 'E3', 'N1']);
    for (const employee of plan.employees) {
      const text = calendars.get(employee.id)!;
      const shifts = plan.assignments.filter((a) => a.employee === employee.id).length;
      const vacation = plan.absences.filter(
        (a) => a.employee === employee.id && a.kind === 'vacation',
      ).length;
      expect(text.match(/^BEGIN:VEVENT$/gm)?.length ?? 0).toBe(shifts + vacation);
      expect(text.match(/^END:VEVENT\r$/gm)?.length ?? 0).toBe(shifts + vacation);
    }
  });

  it('follows RFC 5545: CRLF line ends, lines of at most 75 octets, VCALENDAR around a VTIMEZONE', () => {
    const text = calendars.get('E1')!;
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(text);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Oslo');
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
  });

  it('writes local Oslo times, a night shift ending the next day, and marks flexi shifts', () => {
    const e1 = unfold(calendars.get('E1')!);
    expect(e1).toContain('DTSTART;TZID=Europe/Oslo:20270104T073000');
    expect(e1).toContain('DTEND;TZID=Europe/Oslo:20270104T151500');
    expect(e1).toContain('SUMMARY:Dagvakt (D) – fleksivakt');
    const n1 = unfold(calendars.get('N1')!);
    expect(n1).toContain('DTSTART;TZID=Europe/Oslo:20270104T221500');
    expect(n1).toContain('DTEND;TZID=Europe/Oslo:20270105T074500');
    const e3 = unfold(calendars.get('E3')!);
    expect(e3).toContain('DTSTART;VALUE=DATE:20270113');
    expect(e3).toContain('SUMMARY:Ferie (FE)');
  });

  it('gives stable, unique UIDs and escapes text', () => {
    const again = planCalendars(plan, { dtstamp: new Date('2030-01-01T00:00:00Z') });
    const uids = (text: string) => unfold(text).filter((l) => l.startsWith('UID:'));
    expect(uids(again.get('E2')!)).toEqual(uids(calendars.get('E2')!));
    expect(new Set(uids(calendars.get('E2')!)).size).toBe(uids(calendars.get('E2')!).length);
    const name = unfold(calendars.get('E1')!).find((l) => l.startsWith('X-WR-CALNAME:'))!;
    expect(name).toContain('Testavdeling <Øst> & "Vest" – Kari Nordmann');
    const description = unfold(calendars.get('E1')!).find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('\\n');
  });

  it('folds long lines without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'æøå'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(calendarFileName('a/b c')).toBe('a_b_c.ics');
  });
});
