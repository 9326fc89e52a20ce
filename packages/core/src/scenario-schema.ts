import { z } from 'zod';
import { DAY_NAMES } from './calendar/dates.js';
import { WeekendPatternSchema } from './calendar/weekend-pattern.js';
import { RulesSchema } from './rules.js';
import { ShiftTypeSchema } from './shift-type.js';

/** Format tag of a scenario document. */
export const SCENARIO_FORMAT = 'turnus-scenario/1';

/** Most weeks a plan may cover (two years). */
export const MAX_PLAN_WEEKS = 104;
/** Most employees in one scenario. */
export const MAX_STAFF = 500;

/** ISO date `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date('must be a date YYYY-MM-DD');

/**
 * Day-type keys: `weekday` (Mon–Fri), `saturday`, `sunday`, `holiday` (defaults to `sunday`), or a
 * single day `monday` … `friday` that replaces `weekday` on that day.
 */
export const DAY_TYPE_KEYS = ['weekday', 'holiday', ...DAY_NAMES] as const;
/** A day-type key. */
export type DayTypeKey = (typeof DAY_TYPE_KEYS)[number];

const dayTyped = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(DAY_TYPE_KEYS), value);

/** A competence group (kompetanse): sykepleier, helsefagarbeider, assistent, or a local one. */
export const CompetenceSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-zæøå0-9-]+$/i, 'must be a word such as sykepleier, helsefagarbeider or assistent');

/** Demand for one shift on one day type: a count, or a count with competence minimums. */
export const ShiftDemandSchema = z.union(
  [
    z.int().min(0).max(500),
    z.strictObject({
      count: z.int().min(0).max(500),
      min: z.record(CompetenceSchema, z.int().min(0).max(500)).optional(),
    }),
  ],
  { error: 'must be a staff count, or { count, min: { competence: n } }' },
);

/** Bemanningsplan: per day type, staff needed per shift code. */
export const DemandSchema = dayTyped(z.record(z.string(), ShiftDemandSchema));

/** One døgnrytme interval: at least `staff` on duty from `from` to `to`. */
export const DognrytmeIntervalSchema = z.strictObject({
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM'),
  to: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time of day HH:MM (or 24:00)'),
  staff: z.int().min(0).max(500),
  min: z.record(CompetenceSchema, z.int().min(0).max(500)).optional(),
});

/** Døgnrytme: per day type, minimum staff on duty per interval. */
export const DognrytmeSchema = dayTyped(z.array(DognrytmeIntervalSchema).max(96));

/**
 * Fleksivakter: flexi shifts planned on top of demand, per day type and shift code, spread over
 * the staff.
 */
const flexiDay = z.record(z.string(), z.int().min(0).max(100)).optional();
export const FlexiSchema = z.strictObject({
  weekday: flexiDay,
  holiday: flexiDay,
  monday: flexiDay,
  tuesday: flexiDay,
  wednesday: flexiDay,
  thursday: flexiDay,
  friday: flexiDay,
  saturday: flexiDay,
  sunday: flexiDay,
  /** Who shares the flexi shifts: the staff (every employee at or above minPositionPercent). */
  spreadOver: z.enum(['staff']).default('staff'),
  minPositionPercent: z.number().min(0).max(100).default(0),
});

/** One employee (ansatt). */
export const EmployeeSchema = z.strictObject({
  id: z.string().min(1).max(40),
  name: z.string().min(1).optional(),
  /** Stillingsprosent: share of the full-time week, 1–100. */
  positionPercent: z.number().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100'),
  competence: CompetenceSchema,
  /** Helgemønster. */
  weekendPattern: WeekendPatternSchema,
  /** Shift codes the employee may work; all when absent. */
  shifts: z.array(z.string()).min(1).optional(),
});

/** Position sizes a staff policy may use: a range with a step, or an explicit list. */
export const PositionSizesSchema = z.union(
  [
    z.strictObject({
      min: z.number().min(1).max(100),
      max: z.number().min(1).max(100).default(100),
      step: z.number().min(1).max(100).default(5),
    }),
    z.strictObject({ allowed: z.array(z.number().min(1).max(100)).min(1) }),
  ],
  { error: 'must be { min, max?, step? } or { allowed: [100, 80, 60] }' },
);

/** Staff policy (for dimensioning): the library sizes the staff stock. */
export const StaffPolicySchema = z.strictObject({
  weekendPattern: WeekendPatternSchema,
  /** Pattern of small weekend positions (helgestillinger), or `none` for no such positions. */
  weekendPositions: WeekendPatternSchema.default('none'),
  positionSizes: PositionSizesSchema.default({ allowed: [100, 80, 60] }),
  /** Competence of every sized position (or a mix of shares summing to 1). */
  competence: z
    .union([CompetenceSchema, z.record(CompetenceSchema, z.number().min(0).max(1))])
    .default('helsefagarbeider'),
  /** Upper bound on persons the search considers. */
  maxPersons: z.int().min(1).max(MAX_STAFF).optional(),
});

const dateOrRange = {
  dates: z.array(IsoDateSchema).min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
};

/** Agreed vacation (ferie) for one employee, from–to inclusive. */
export const VacationSchema = z.strictObject({ employee: z.string(), ...dateOrRange });
/** Days an employee cannot work (courses, leave). */
export const UnavailableSchema = z.strictObject({ employee: z.string(), ...dateOrRange });

/** A wish (ønske): a shift code or `off`, on a date or every given weekday; weight 1–5. */
export const WishSchema = z.strictObject({
  employee: z.string(),
  date: IsoDateSchema.optional(),
  weekday: z.enum(DAY_NAMES).optional(),
  shift: z.string().min(1),
  weight: z.int().min(1).max(5).default(1),
});

/** How vacation is planned for an annual plan (ferie). */
export const VacationPolicySchema = z.strictObject({
  /** Working days of vacation a year (25 = 5 weeks). */
  days: z.int().min(0).max(60).default(25),
  summer: z
    .strictObject({ from: IsoDateSchema, to: IsoDateSchema, weeks: z.int().min(0).max(8).default(3) })
    .optional(),
  maxAwayAtOnce: z.int().min(1).max(MAX_STAFF).optional(),
});

/** Settings for the cost model (HTA § 5.2 weekend supplement, local heltidskultur bonus). */
export const CostSchema = z.strictObject({
  hourlyWage: z.number().min(0).default(300),
  /** Weekend supplement per hour, by the HTA steps of weekend hours a year: 0–289, 290–349, ≥ 350. */
  weekendSupplementPerHour: z
    .tuple([z.number().min(0), z.number().min(0), z.number().min(0)])
    .default([60, 70, 80]),
  weekendSupplementSteps: z.tuple([z.number().min(0), z.number().min(0)]).default([290, 350]),
  localBonus: z
    .strictObject({ thresholdHours: z.number().min(0).default(270), perHour: z.number().min(0).default(150) })
    .optional(),
  /** Cost per substitute hour (vikartime). */
  substituteHourly: z.number().min(0).default(450),
});

/** Weights of the soft objectives; the solver's defaults apply where absent. */
export const WeightsSchema = z.strictObject({
  shortfall: z.number().min(0).optional(),
  competence: z.number().min(0).optional(),
  surplus: z.number().min(0).optional(),
  fairness: z.number().min(0).optional(),
  wishes: z.number().min(0).optional(),
  isolatedDaysOff: z.number().min(0).optional(),
  quickReturns: z.number().min(0).optional(),
  flexiSpread: z.number().min(0).optional(),
});

/** The planning period. */
export const PeriodSchema = z.strictObject({
  start: IsoDateSchema,
  weeks: z
    .int('must be a whole number of weeks')
    .min(1, 'must be at least 1 week')
    .max(MAX_PLAN_WEEKS, `must be at most ${MAX_PLAN_WEEKS} weeks`),
  kind: z.enum(['rotating', 'annual']).default('rotating'),
  /** Rotating plans: how many times the base rota is rolled over the calendar. */
  repeat: z.int().min(1).max(MAX_PLAN_WEEKS).default(1),
});

/**
 * The shape of a `turnus-scenario/1` document, field by field (cross-field rules are applied by
 * {@link parseScenario}).
 *
 * @since 0.1.0
 */
export const ScenarioShapeSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT, `must be "${SCENARIO_FORMAT}"`),
  unit: z.string().min(1).max(200),
  period: PeriodSchema,
  fullTimeHoursPerWeek: z.number().min(20).max(48).default(35.5),
  holidays: z.union([z.enum(['norway', 'none']), z.array(IsoDateSchema)]).optional(),
  shiftTypes: z.array(ShiftTypeSchema).min(1, 'must list at least one shift type').max(40),
  demand: DemandSchema.optional(),
  dognrytme: DognrytmeSchema.optional(),
  flexi: FlexiSchema.optional(),
  staff: z.array(EmployeeSchema).min(1).max(MAX_STAFF).optional(),
  staffPolicy: StaffPolicySchema.optional(),
  vacationPolicy: VacationPolicySchema.optional(),
  vacation: z.array(VacationSchema).max(10_000).default([]),
  unavailable: z.array(UnavailableSchema).max(10_000).default([]),
  wishes: z.array(WishSchema).max(10_000).default([]),
  rules: RulesSchema,
  cost: CostSchema.prefault({}),
  weights: WeightsSchema.default({}),
});

/** A scenario after parsing: defaults filled, cross-field rules checked. */
export type Scenario = z.output<typeof ScenarioShapeSchema>;
/** A scenario as written (YAML/JSON): optional fields may be absent. */
export type ScenarioInput = z.input<typeof ScenarioShapeSchema>;
/** One employee. */
export type Employee = z.output<typeof EmployeeSchema>;
/** A staff policy. */
export type StaffPolicy = z.output<typeof StaffPolicySchema>;
/** Demand for one shift. */
export type ShiftDemand = z.output<typeof ShiftDemandSchema>;
/** One døgnrytme interval. */
export type DognrytmeInterval = z.output<typeof DognrytmeIntervalSchema>;
/** Cost settings. */
export type CostSettings = z.output<typeof CostSchema>;
/** Soft-objective weights. */
export type Weights = z.output<typeof WeightsSchema>;
/** A wish. */
export type Wish = z.output<typeof WishSchema>;
