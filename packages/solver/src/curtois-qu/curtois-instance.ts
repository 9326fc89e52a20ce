/**
 * A shift type of a Curtois–Qu instance: its id, length and the shift types that may not follow it
 * on the next day.
 * @since 0.1.0
 */
export interface CurtoisShift {
  readonly id: string;
  readonly minutes: number;
  readonly forbiddenNext: readonly string[];
}

/**
 * One employee of a Curtois–Qu instance with their hard limits.
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

/** A shift-on or shift-off request (soft): employee, 0-based day, shift type, weight. */
export interface CurtoisRequest {
  readonly employee: string;
  readonly day: number;
  readonly shift: string;
  readonly weight: number;
}

/** A cover requirement (soft): day, shift type, required count, weights per missing/extra person. */
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
 * @since 0.1.0
 */
export interface CurtoisAssignment {
  readonly employee: string;
  readonly day: number;
  readonly shift: string;
}
