import { z } from 'zod';
import { WeekendPatternSchema } from './calendar/weekend-pattern.js';
import { RulesSchema } from './rules.js';
import { CompetenceSchema, CostSchema, IsoDateSchema, MAX_PLAN_WEEKS } from './scenario-schema.js';
import { SHIFT_KINDS, TimeOfDaySchema } from './shift-type.js';

/** Format tag of a plan document. */
export const PLAN_FORMAT = 'turnus-plan/1';

/** A shift type as stored in a plan: times, paid hours and kind. */
export const PlanShiftTypeSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().optional(),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  /** Paid hours of one shift (span less an unpaid break). */
  paidHours: z.number().min(0).max(24),
  kind: z.enum(SHIFT_KINDS),
  breakMinutes: z.int().min(0).max(240).default(30),
  breakPaid: z.boolean().default(true),
  days: z
    .array(z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']))
    .optional(),
});

/** An employee as stored in a plan. */
export const PlanEmployeeSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  positionPercent: z.number().min(0).max(100),
  competence: CompetenceSchema,
  weekendPattern: WeekendPatternSchema,
  /** Shift codes the employee may work; all when absent. */
  shifts: z.array(z.string()).optional(),
});

/** Demand on one date for one shift (bemanningsplan). */
export const ShiftDemandEntrySchema = z.strictObject({
  date: IsoDateSchema,
  shift: z.string().min(1),
  required: z.int().min(0),
  min: z.record(z.string(), z.int().min(0)).optional(),
});

/** Demand on one date for one interval (døgnrytme); `to` may be 24:00. */
export const IntervalDemandEntrySchema = z.strictObject({
  date: IsoDateSchema,
  from: TimeOfDaySchema,
  to: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time of day HH:MM (or 24:00)'),
  required: z.int().min(0),
  min: z.record(z.string(), z.int().min(0)).optional(),
});

/** One demand entry, per shift or per interval. */
export const DemandEntrySchema = z.union([ShiftDemandEntrySchema, IntervalDemandEntrySchema], {
  error: 'must be { date, shift, required } or { date, from, to, required }',
});

/** Flexi shifts asked for on one date (fleksivakter on top of demand). */
export const FlexiEntrySchema = z.strictObject({
  date: IsoDateSchema,
  shift: z.string().min(1),
  required: z.int().min(0),
});

/** An absence: vacation (ferie, credited hours) or unavailable (no shift, no credit). */
export const AbsenceSchema = z.strictObject({
  employee: z.string().min(1),
  date: IsoDateSchema,
  kind: z.enum(['vacation', 'unavailable']),
});

/** A wish on one date: a shift code or `off`. */
export const PlanWishSchema = z.strictObject({
  employee: z.string().min(1),
  date: IsoDateSchema,
  shift: z.string().min(1),
  weight: z.int().min(1).max(5).default(1),
});

/** One shift worked: employee, date (the day the shift starts), shift code, flexi mark. */
export const AssignmentSchema = z.strictObject({
  employee: z.string().min(1),
  date: IsoDateSchema,
  shift: z.string().min(1),
  flexi: z.boolean().default(false),
});

/**
 * The `turnus-plan/1` document: a self-contained rota with everything needed to check and evaluate
 * it (rules, shift types, employees, demand per date, absences, wishes and the assignments).
 *
 * @since 0.1.0
 */
export const PlanShapeSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT, `must be "${PLAN_FORMAT}"`),
  unit: z.string().default(''),
  startDate: IsoDateSchema,
  /** Calendar weeks the plan covers (a rotating base rolled `repeat` times covers cycleWeeks × repeat). */
  weeks: z.int().min(1).max(MAX_PLAN_WEEKS),
  kind: z.enum(['rotating', 'annual']),
  /** Rotating plans: length of the base rota in weeks; the plan wraps around after it. */
  cycleWeeks: z.int().min(1).max(MAX_PLAN_WEEKS).optional(),
  fullTimeHoursPerWeek: z.number().min(20).max(48),
  rules: RulesSchema,
  holidays: z.array(IsoDateSchema).default([]),
  shiftTypes: z.array(PlanShiftTypeSchema).min(1),
  employees: z.array(PlanEmployeeSchema),
  demand: z.array(DemandEntrySchema).default([]),
  flexi: z.array(FlexiEntrySchema).default([]),
  absences: z.array(AbsenceSchema).default([]),
  wishes: z.array(PlanWishSchema).default([]),
  assignments: z.array(AssignmentSchema),
  cost: CostSchema.optional(),
  /** Free-form provenance: generator, seed, objective. Never used by checks. */
  meta: z.record(z.string(), z.unknown()).optional(),
});

/** A parsed plan. */
export type Plan = z.output<typeof PlanShapeSchema>;
/** A plan as written. */
export type PlanInput = z.input<typeof PlanShapeSchema>;
/** One assignment. */
export type Assignment = z.output<typeof AssignmentSchema>;
/** A plan employee. */
export type PlanEmployee = z.output<typeof PlanEmployeeSchema>;
/** A plan shift type. */
export type PlanShiftType = z.output<typeof PlanShiftTypeSchema>;
/** A demand entry. */
export type DemandEntry = z.output<typeof DemandEntrySchema>;
/** A shift demand entry. */
export type ShiftDemandEntry = z.output<typeof ShiftDemandEntrySchema>;
/** An interval demand entry. */
export type IntervalDemandEntry = z.output<typeof IntervalDemandEntrySchema>;
/** An absence. */
export type Absence = z.output<typeof AbsenceSchema>;
