import { type Plan, addDays, parseTimeOfDay } from '@turnus/core';

const CRLF = '\r\n';

const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 § 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 § 3.1): continuation lines start with one space;
 * never splits a UTF-8 character.
 *
 * @example
 * ```ts
 * foldLine('X'.repeat(80)).split('\r\n').length; // 2
 * ```
 * @since 0.1.0
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compactDate = (date: string) => date.replace(/-/g, '');
const localDateTime = (date: string, minute: number) =>
  `${compactDate(addDays(date, Math.floor(minute / 1440)))}T${String(Math.floor((minute % 1440) / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}00`;

/** A file-system-safe name for an employee's calendar. */
export function calendarFileName(employeeId: string): string {
  return `${employeeId.replace(/[^A-Za-z0-9ÆØÅæøå_.-]+/g, '_')}.ics`;
}

/**
 * One iCalendar file (RFC 5545) per employee: a VEVENT per shift with DTSTART/DTEND in
 * Europe/Oslo (a VTIMEZONE is included), vacation as all-day events, flexi shifts marked, stable
 * UIDs (employee, date, shift), CRLF line endings and folded lines.
 *
 * @param options.dtstamp the DTSTAMP of every event (defaults to now; fix it for reproducible files)
 * @returns a map from employee id to the calendar text
 * @example
 * ```ts
 * const calendars = planCalendars(plan);
 * fs.writeFileSync('S1.ics', calendars.get('S1')!);
 * ```
 * @since 0.1.0
 */
export function planCalendars(plan: Plan, options: { dtstamp?: Date } = {}): Map<string, string> {
  const stamp = (options.dtstamp ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const types = new Map(plan.shiftTypes.map((t) => [t.code, t]));
  const unitSlug = (plan.unit || 'turnus').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const out = new Map<string, string>();
  for (const employee of plan.employees) {
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//turnus//turnus 0.1//NO',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${escapeText(`Turnus ${plan.unit} – ${employee.name ?? employee.id}`)}`,
      'X-WR-TIMEZONE:Europe/Oslo',
      ...OSLO_VTIMEZONE,
    ];
    for (const a of plan.assignments) {
      if (a.employee !== employee.id) continue;
      const type = types.get(a.shift);
      if (!type) continue;
      const start = parseTimeOfDay(type.start);
      let end = parseTimeOfDay(type.end);
      if (end <= start) end += 1440;
      const title = `${type.name ?? type.code} (${type.code})${a.flexi ? ' – fleksivakt' : ''}`;
      const description = [
        `Turnus ${plan.unit}`,
        `${type.start}–${type.end}, ${type.paidHours} t`,
        a.flexi ? 'Fleksivakt: hvor (og eventuelt når) den brukes avgjøres nærmere dagen.' : '',
      ]
        .filter(Boolean)
        .join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(`${employee.id}-${a.date}-${a.shift}@${unitSlug}.turnus`)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;TZID=Europe/Oslo:${localDateTime(a.date, start)}`,
        `DTEND;TZID=Europe/Oslo:${localDateTime(a.date, end)}`,
        `SUMMARY:${escapeText(title)}`,
        `DESCRIPTION:${escapeText(description)}`,
        `CATEGORIES:${a.flexi ? 'fleksivakt,' : ''}${type.kind}`,
        'TRANSP:OPAQUE',
        'END:VEVENT',
      );
    }
    for (const absence of plan.absences) {
      if (absence.employee !== employee.id || absence.kind !== 'vacation') continue;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(`${employee.id}-${absence.date}-ferie@${unitSlug}.turnus`)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(absence.date)}`,
        `DTEND;VALUE=DATE:${compactDate(addDays(absence.date, 1))}`,
        'SUMMARY:Ferie (FE)',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
    lines.push('END:VCALENDAR');
    out.set(employee.id, `${lines.map(foldLine).join(CRLF)}${CRLF}`);
  }
  return out;
}
