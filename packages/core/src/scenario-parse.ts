import { isoDayIndex } from './calendar/dates.js';
import { type WeekendPattern, weekendCycle } from './calendar/weekend-pattern.js';
import { type DocumentSyntax, readDocumentText } from './document-text.js';
import { TurnusError, type TurnusIssue } from './errors.js';
import { MAX_PLAN_WEEKS, type Scenario, ScenarioShapeSchema } from './scenario-schema.js';
import { shiftSpanMinutes, shiftWorkMinutes } from './shift-type.js';
import { parseTimeOfDay } from './time-of-day.js';
import { fromZodIssues } from './zod-issues.js';

/** A parse result that does not throw. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: TurnusError };

/**
 * Parses and validates a scenario object (from YAML, JSON or code): the field-by-field schema,
 * then the cross-field rules (known shift codes, unique ids, a Monday start, shift lengths within
 * the rules, sizes within the limits).
 *
 * @throws TurnusError (`INVALID_SCENARIO`) listing every issue with its field path.
 * @example
 * ```ts
 * const scenario = parseScenario(JSON.parse(text));
 * scenario.rules.dailyRestHours; // 11 unless the file says otherwise
 * ```
 * @since 0.1.0
 */
export function parseScenario(input: unknown, source?: string): Scenario {
  const result = safeParseScenario(input, source);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseScenario}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeParseScenario({});
 * if (!r.success) console.log(r.error.format());
 * ```
 * @since 0.1.0
 */
export function safeParseScenario(input: unknown, source?: string): ParseResult<Scenario> {
  const parsed = ScenarioShapeSchema.safeParse(input);
  if (!parsed.success) {
    return {
      success: false,
      error: new TurnusError('INVALID_SCENARIO', fromZodIssues(parsed.error.issues), source),
    };
  }
  const issues = crossFieldIssues(parsed.data);
  if (issues.length > 0)
    return { success: false, error: new TurnusError('INVALID_SCENARIO', issues, source) };
  return { success: true, data: parsed.data };
}

/**
 * Reads a scenario from YAML or JSON text and validates it.
 *
 * @throws TurnusError (`SYNTAX_ERROR` naming the line, or `INVALID_SCENARIO`).
 * @example
 * ```ts
 * const scenario = parseScenarioText(fs.readFileSync('unit.yaml', 'utf8'), { source: 'unit.yaml' });
 * ```
 * @since 0.1.0
 */
export function parseScenarioText(
  text: string,
  options: { source?: string; syntax?: DocumentSyntax } = {},
): Scenario {
  return parseScenario(readDocumentText(text, options), options.source);
}

function crossFieldIssues(s: Scenario): TurnusIssue[] {
  const issues: TurnusIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (isoDayIndex(s.period.start) !== 0)
    add('period.start', `${s.period.start} is not a Monday; a plan starts on a Monday`);
  if (s.period.kind === 'annual' && s.period.repeat !== 1)
    add('period.repeat', 'an annual plan is not repeated');
  if (s.period.weeks * s.period.repeat > MAX_PLAN_WEEKS) {
    add(
      'period.repeat',
      `weeks × repeat is ${s.period.weeks * s.period.repeat}; at most ${MAX_PLAN_WEEKS} weeks`,
    );
  }

  const codes = new Map<string, number>();
  s.shiftTypes.forEach((t, i) => {
    if (codes.has(t.code))
      add(`shiftTypes[${i}].code`, `repeats shift code "${t.code}" of shiftTypes[${codes.get(t.code)}]`);
    else codes.set(t.code, i);
    const hours = shiftWorkMinutes(t) / 60;
    if (hours > s.rules.maxShiftHours) {
      add(
        `shiftTypes[${i}]`,
        `shift ${t.code} lasts ${hours} h, over the ${s.rules.maxShiftHours} h maximum of rules.maxShiftHours (aml § 10-5)`,
      );
    }
    const span = shiftSpanMinutes(t);
    if (span / 60 > s.rules.breakRequiredAfterHours && t.breakMinutes === 0) {
      add(
        `shiftTypes[${i}].breakMinutes`,
        `shift ${t.code} lasts over ${s.rules.breakRequiredAfterHours} h and needs a break (aml § 10-9)`,
      );
    } else if (span >= 8 * 60 && t.breakMinutes < s.rules.minBreakMinutesLongShift) {
      add(
        `shiftTypes[${i}].breakMinutes`,
        `shift ${t.code} lasts 8 h or more and needs at least ${s.rules.minBreakMinutesLongShift} min break (aml § 10-9)`,
      );
    }
    if (!t.breakPaid && t.breakMinutes >= span)
      add(`shiftTypes[${i}].breakMinutes`, 'the break is as long as the shift');
  });
  const knownCode = (code: string) => codes.has(code);

  if (!s.demand && !s.dognrytme)
    add('demand', 'is required: give demand (per shift) or dognrytme (per interval)');
  for (const [dayKey, perShift] of Object.entries(s.demand ?? {})) {
    for (const [code, value] of Object.entries(perShift ?? {})) {
      const path = `demand.${dayKey}.${code}`;
      if (!knownCode(code)) {
        add(path, `"${code}" is not a shift type (known: ${[...codes.keys()].join(', ')})`);
        continue;
      }
      if (typeof value === 'object') {
        const sum = Object.values(value.min ?? {}).reduce((a, b) => a + b, 0);
        if (sum > value.count)
          add(`${path}.min`, `competence minimums sum to ${sum}, more than the count ${value.count}`);
      }
      const type = s.shiftTypes[codes.get(code)!]!;
      if (type.days && dayKey !== 'weekday' && dayKey !== 'holiday' && !type.days.includes(dayKey as never)) {
        add(path, `shift ${code} is not used on ${dayKey} (shiftTypes days: ${type.days.join(', ')})`);
      }
    }
  }
  for (const [dayKey, intervals] of Object.entries(s.dognrytme ?? {})) {
    (intervals ?? []).forEach((iv, i) => {
      if (parseTimeOfDay(iv.to, true) <= parseTimeOfDay(iv.from)) {
        add(`dognrytme.${dayKey}[${i}].to`, `interval ends (${iv.to}) before it starts (${iv.from})`);
      }
    });
  }
  if (s.flexi) {
    for (const [dayKey, perShift] of Object.entries(s.flexi)) {
      if (dayKey === 'spreadOver' || dayKey === 'minPositionPercent' || typeof perShift !== 'object')
        continue;
      for (const code of Object.keys(perShift ?? {})) {
        if (!knownCode(code)) add(`flexi.${dayKey}.${code}`, `"${code}" is not a shift type`);
      }
    }
  }

  if (!s.staff && !s.staffPolicy)
    add('staff', 'is required: give staff, or a staffPolicy for the library to size the staff');
  if (s.staff && s.staffPolicy) add('staffPolicy', 'give staff or staffPolicy, not both');
  const ids = new Map<string, number>();
  (s.staff ?? []).forEach((e, i) => {
    if (ids.has(e.id)) add(`staff[${i}].id`, `repeats id "${e.id}" of staff[${ids.get(e.id)}]`);
    else ids.set(e.id, i);
    if (e.shifts) {
      const unknown = e.shifts.filter((c) => !knownCode(c));
      if (unknown.length > 0) {
        add(
          `staff[${i}].shifts`,
          `${unknown.map((c) => `"${c}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a shift type of the unit (known: ${[...codes.keys()].join(', ')})`,
        );
      }
    }
    patternIssue(s, e.weekendPattern, `staff[${i}].weekendPattern`, add);
  });
  if (s.staffPolicy) {
    patternIssue(s, s.staffPolicy.weekendPattern, 'staffPolicy.weekendPattern', add);
    patternIssue(s, s.staffPolicy.weekendPositions, 'staffPolicy.weekendPositions', add);
    const sizes = s.staffPolicy.positionSizes;
    if ('min' in sizes && sizes.min > sizes.max)
      add('staffPolicy.positionSizes', `min ${sizes.min} is above max ${sizes.max}`);
  }

  const knownEmployee = (id: string) => s.staffPolicy !== undefined || ids.has(id);
  for (const [list, name] of [
    [s.vacation, 'vacation'],
    [s.unavailable, 'unavailable'],
  ] as const) {
    list.forEach((v, i) => {
      if (!knownEmployee(v.employee)) add(`${name}[${i}].employee`, `"${v.employee}" is not in staff`);
      if (!v.dates && !(v.from && v.to)) add(`${name}[${i}]`, 'give dates: [...] or from and to');
      if (v.from && v.to && v.from > v.to) add(`${name}[${i}].to`, `${v.to} is before ${v.from}`);
    });
  }
  s.wishes.forEach((w, i) => {
    if (!knownEmployee(w.employee)) add(`wishes[${i}].employee`, `"${w.employee}" is not in staff`);
    if ((w.date === undefined) === (w.weekday === undefined))
      add(`wishes[${i}]`, 'give either date or weekday');
    if (w.shift !== 'off' && !knownCode(w.shift))
      add(`wishes[${i}].shift`, `"${w.shift}" is neither "off" nor a shift type`);
  });
  if (s.vacationPolicy?.summer && s.vacationPolicy.summer.from > s.vacationPolicy.summer.to) {
    add('vacationPolicy.summer.to', 'summer ends before it starts');
  }
  return issues;
}

function patternIssue(
  s: Scenario,
  pattern: WeekendPattern,
  path: string,
  add: (p: string, m: string) => void,
): void {
  if (typeof pattern === 'object' && pattern.workedWeeks.some((w) => w >= pattern.cycleWeeks)) {
    add(`${path}.workedWeeks`, `weeks must be below cycleWeeks (${pattern.cycleWeeks})`);
  }
  const cycle = weekendCycle(pattern);
  if (s.period.kind === 'rotating' && s.period.weeks % cycle.cycleWeeks !== 0) {
    add(
      path,
      `${cycle.name} repeats every ${cycle.cycleWeeks} weeks; a rotating plan of ${s.period.weeks} weeks cannot hold it (use a multiple of ${cycle.cycleWeeks} weeks)`,
    );
  }
}
