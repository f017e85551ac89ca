/**
 * `@jiayuan/core`: the domain every jiayuan machine shares.
 *
 * @packageDocumentation
 */

export { type Area, AreaSchema, formatArea, parseArea } from './area.js';
export {
  addDays,
  addMonths,
  advanceNoticeMet,
  type DayOfWeek,
  type Deadline,
  dayOfWeek,
  daysBetween,
  deadline,
  describePeriod,
  epochMillisOf,
  type HolidayCalendar,
  type HolidayCalendarSpec,
  HolidayCalendarSpecSchema,
  holidayCalendar,
  isOverdue,
  localDateOf,
  NO_HOLIDAYS,
  PERIOD_UNITS,
  type Period,
  PeriodSchema,
  type PeriodUnit,
  periodParts,
} from './calendar/index.js';
export {
  buildElectorate,
  type Electorate,
  type ElectorateOptions,
  type ExcludedUnit,
  type Voter,
} from './electorate/electorate.js';
export { type UnitArea, unitArea } from './electorate/unit-area.js';
export {
  atLeast,
  type Bar,
  type BarMode,
  BarModeSchema,
  BarSchema,
  type Fraction,
  FractionSchema,
  formatBar,
  formatRatio,
  isAtLeastAsStrict,
  meetsBar,
  moreThan,
} from './fraction.js';
export { type Bilingual, bilingual, LOCALES, type Locale } from './i18n.js';
export {
  type ActorRef,
  ActorRefSchema,
  ROLE_NAMES,
  ROLES,
  type Role,
  RoleSchema,
} from './roles.js';
export { parseRoll, type RollParseResult, safeParseRoll } from './roll/parse-roll.js';
export { RollError, type RollIssue } from './roll/roll-issue.js';
export {
  type Ballot,
  BallotSchema,
  CHANNELS,
  CHOICES,
  type Channel,
  ChannelSchema,
  type Choice,
  ChoiceSchema,
  type Proxy,
  ProxySchema,
} from './schemas/ballot.js';
export {
  MATTER_KINDS,
  type Majority,
  type Matter,
  type MatterKind,
  MatterKindSchema,
  MatterSchema,
  majorityOf,
} from './schemas/matter.js';
export {
  AREA_SOURCES,
  type AreaSource,
  AreaSourceSchema,
  type Owner,
  OwnerSchema,
  type ParkingRule,
  ParkingRuleSchema,
  type Roll,
  type RollInput,
  RollSchema,
  type Unit,
  type UnitAreas,
  UnitAreasSchema,
  type UnitInput,
  type UnitKind,
  UnitKindSchema,
  UnitSchema,
  type UnitStatus,
  UnitStatusSchema,
} from './schemas/roll.js';
export { type Instant, InstantSchema, type LocalDate, LocalDateSchema } from './schemas/time.js';
export type { TallyOptions, VotingWindow } from './tally/ballot-check.js';
export {
  BALLOT_ISSUE_CODES,
  type BallotIssue,
  type BallotIssueCode,
} from './tally/ballot-issue.js';
export { type BreakdownRow, breakdownByBuilding, breakdownByChannel } from './tally/breakdown.js';
export { type AddOutcome, TallyCounter } from './tally/counter.js';
export {
  type ExplainedCheck,
  explainTally,
  formatTally,
  type TallyExplanation,
} from './tally/explain.js';
export type {
  BallotCounts,
  Check,
  CheckId,
  Measure,
  TallyResult,
} from './tally/result.js';
export { tally } from './tally/tally.js';
export {
  CIVIL_CODE_RULES,
  civilCodeRule,
  type RevotePolicy,
  type VotingRule,
} from './tally/voting-rule.js';
