// @turnus/core: the turnus model. Schemas, rules with their references, the Norwegian calendar.
export { TurnusError, formatIssue, formatPath, isTurnusError } from './errors.js';
export type { TurnusErrorCode, TurnusIssue } from './errors.js';

export { MINUTES_PER_DAY, formatTimeOfDay, isTimeOfDay, parseTimeOfDay } from './time-of-day.js';

export { RULE_REFERENCES, RulesSchema, SundayRuleSchema, defaultRules } from './rules.js';
export type { RuleReference, Rules, RulesInput } from './rules.js';

export {
  DAY_NAMES,
  addDays,
  dateRange,
  dayName,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  isoDayIndex,
  isoWeek,
} from './calendar/dates.js';
export type { DayName, IsoDate } from './calendar/dates.js';
export { easterSunday, holidaysBetween, norwegianHolidays } from './calendar/holidays.js';
export type { PublicHoliday } from './calendar/holidays.js';
export { isSunday, localInstant, osloOffsetMinutes } from './calendar/local-time.js';
export {
  CustomWeekendPatternSchema,
  WEEKEND_PATTERN_NAMES,
  WeekendPatternSchema,
  expandWeekendPattern,
  weekendCycle,
  weekendShare,
} from './calendar/weekend-pattern.js';
export type { WeekendCycle, WeekendPattern, WeekendPatternName } from './calendar/weekend-pattern.js';

export {
  SHIFT_KINDS,
  ShiftTypeSchema,
  TimeOfDaySchema,
  shiftPaidHours,
  shiftSpanMinutes,
  shiftWorkMinutes,
} from './shift-type.js';
export type { ShiftKind, ShiftType } from './shift-type.js';

export {
  CompetenceSchema,
  CostSchema,
  DAY_TYPE_KEYS,
  DemandSchema,
  DognrytmeSchema,
  EmployeeSchema,
  FlexiSchema,
  IsoDateSchema,
  MAX_PLAN_WEEKS,
  MAX_STAFF,
  PeriodSchema,
  SCENARIO_FORMAT,
  ScenarioShapeSchema,
  StaffPolicySchema,
  WeightsSchema,
} from './scenario-schema.js';
export type {
  CostSettings,
  DayTypeKey,
  DognrytmeInterval,
  Employee,
  Scenario,
  ScenarioInput,
  ShiftDemand,
  StaffPolicy,
  Weights,
  Wish,
} from './scenario-schema.js';
export { parseScenario, parseScenarioText, safeParseScenario } from './scenario-parse.js';
export type { ParseResult } from './scenario-parse.js';
export { readDocumentText } from './document-text.js';
export type { DocumentSyntax } from './document-text.js';

export {
  AssignmentSchema,
  DemandEntrySchema,
  PLAN_FORMAT,
  PlanEmployeeSchema,
  PlanShapeSchema,
  PlanShiftTypeSchema,
} from './plan-schema.js';
export type {
  Absence,
  Assignment,
  DemandEntry,
  IntervalDemandEntry,
  Plan,
  PlanEmployee,
  PlanInput,
  PlanShiftType,
  ShiftDemandEntry,
} from './plan-schema.js';
export { parsePlan, parsePlanText, safeParsePlan } from './plan-parse.js';
export {
  buildPlan,
  dayTypeChain,
  expandAbsences,
  expandDemand,
  expandFlexi,
  expandWishes,
  planDates,
  planEmployee,
  planShiftTypes,
  planWeeks,
  scenarioHolidays,
  valueForDate,
} from './scenario-expansion.js';
export { exportPlanCsv, importPlanCsv } from './plan-csv.js';
export { planJsonSchema, scenarioJsonSchema } from './json-schema.js';
