/**
 * A shift type of a Curtois–Qu instance: its id, length and the shift types that may not follow it
 * on the next day.
 *
 * @example
 * ```ts
 * const late: CurtoisShift = { id: 'L', minutes: 480, forbiddenNext: ['E'] };
 * ```
 * @since 0.1.0
 */
export interface CurtoisShift {
  readonly id: string;
  readonly minutes: number;
  readonly forbiddenNext: readonly string[];
}

/**
 * One employee of a Curtois–Qu instance with their hard limits.
 *
 * @example
 * ```ts
 * const a: CurtoisStaff = { id: 'A', maxShifts: { D: 14 }, maxTotalMinutes: 4320, minTotalMinutes: 3360,
 *   maxConsecutiveShifts: 5, minConsecutiveShifts: 2, minConsecutiveDaysOff: 2, maxWeekends: 1 };
 * ```
 * @since 0.1.0
 */
export interface CurtoisStaff {
  readonly id: string;
  /** Max number of shifts of each type (types not listed: no limit other than the horizon). */
  readonly maxShifts: Readonly<Record<string, number>>;
  readonly maxTotalMinutes: number;
  readonly minTotalMinutes: number;
  readonly maxConsecutiveShifts: number;
  readonly minConsecutiveShifts: number;
  readonly minConsecutiveDaysOff: number;
  readonly maxWeekends: number;
}

/**
 * A shift-on or shift-off request (soft): employee, 0-based day, shift type, weight.
 *
 * @example
 * ```ts
 * const wish: CurtoisRequest = { employee: 'A', day: 2, shift: 'D', weight: 2 };
 * ```
 * @since 0.1.0
 */
export interface CurtoisRequest {
  readonly employee: string;
  readonly day: number;
  readonly shift: string;
  readonly weight: number;
}

/**
 * A cover requirement (soft): day, shift type, required count, weights per missing/extra person.
 *
 * @example
 * ```ts
 * const cover: CurtoisCover = { day: 0, shift: 'D', requirement: 5, underWeight: 100, overWeight: 1 };
 * ```
 * @since 0.1.0
 */
export interface CurtoisCover {
  readonly day: number;
  readonly shift: string;
  readonly requirement: number;
  readonly underWeight: number;
  readonly overWeight: number;
}

/**
 * A Curtois–Qu shift scheduling instance (Curtois & Qu 2014, schedulingbenchmarks.org). Day 0 is
 * a Monday; the horizon is a whole number of weeks in the published instances.
 *
 * @example
 * ```ts
 * const instance = readCurtoisInstance(readFileSync('Instance1.txt', 'utf8'));
 * instance.horizon; // 14
 * ```
 * @since 0.1.0
 */
export interface CurtoisInstance {
  readonly horizon: number;
  readonly shifts: readonly CurtoisShift[];
  readonly staff: readonly CurtoisStaff[];
  /** Days (0-based) each employee must not work, by employee id. */
  readonly daysOff: Readonly<Record<string, readonly number[]>>;
  readonly onRequests: readonly CurtoisRequest[];
  readonly offRequests: readonly CurtoisRequest[];
  readonly cover: readonly CurtoisCover[];
}

/**
 * One assignment of a Curtois–Qu solution: the employee works `shift` on 0-based `day`.
 *
 * @example
 * ```ts
 * const assignment: CurtoisAssignment = { employee: 'A', day: 0, shift: 'D' };
 * ```
 * @since 0.1.0
 */
export interface CurtoisAssignment {
  readonly employee: string;
  readonly day: number;
  readonly shift: string;
}
