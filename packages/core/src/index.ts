/**
 * `@jiayuan/core`: the domain every jiayuan machine shares.
 *
 * Each export statement below is tagged. `@public`: the API hosts build on, kept stable across
 * minor versions. `@internal`: exported so that jiayuan's own packages and tests can share it;
 * it may change in any release. Helpers for tests live in `@jiayuan/core/testing`.
 *
 * @packageDocumentation
 */

/** Floor areas in exact 0.01 m² units. @public */
export { type Area, AreaSchema, formatArea, parseArea } from './area.js';
/** The legal calendar: local dates in Asia/Shanghai, periods, holidays, deadlines. @public */
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
  endDateOf,
  epochMillisOf,
  type HolidayCalendar,
  HolidayCalendarInputSchema,
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
  type TriggerKind,
} from './calendar/index.js';
/** The citation registry: the laws, when each is in force, the articles cited, the rules they back. @public */
export {
  type AmendedProvision,
  type Amendment,
  CITATION_IDS,
  CITATIONS,
  type Citation,
  type CitationEntry,
  type CitationId,
  CitationIdSchema,
  type CitationVersion,
  citation,
  citationInForce,
  citationValidity,
  citationVersion,
  citationVersionLabel,
  formatCitation,
  isCitationId,
  LAW_IDS,
  LAW_VALIDITY,
  LAWS,
  type Law,
  type LawId,
  LawIdSchema,
  type LawKind,
  type LawStatus,
  lawInForce,
  RULE_CITATIONS,
  type RuleId,
  type TextValidity,
  UNLOCATED,
  VERSION_WORDS,
  type VersionWords,
  withVersion,
} from './citations/index.js';
/** Chinese numerals of article headings, behind `formatCitation`. @internal */
export { parseChineseNumeral, toChineseNumeral } from './citations/numerals.js';
/** Deadline books: due times kept in context, and what a host should schedule. @public */
export {
  type DeadlineBook,
  type DeadlineEntry,
  type DeadlineSpec,
  type DeadlineStatus,
  dropDeadline,
  markMissed,
  overdueDeadlines,
  pendingDeadlines,
  settleDeadline,
  startDeadline,
} from './deadlines/index.js';
/** Machine graphs, Mermaid diagrams and legal-basis tables. @public */
export {
  type GraphState,
  type GraphTransition,
  graphToMermaid,
  type LegalRow,
  legalRows,
  type MachineGraph,
  type MermaidOptions,
  machineGraph,
  mermaidId,
  type StateKind,
  toMermaid,
  type VersionedCitation,
} from './diagram/index.js';
/** Helpers of `allowedEvents`, exported for core's own tests. @internal */
export { matchesDescriptor, stateAccepts, stateDescriptors } from './dispatch/allowed.js';
/** Event catalogs, their guards, and `dispatch` with coded bilingual rejections. @public */
export {
  type ActiveStateNode,
  type AnyKeptSections,
  type AnyRule,
  actDayContext,
  actDayGuards,
  allowedEvents,
  CATALOG_KEY,
  type CatalogCoverage,
  type CatalogFrom,
  type CatalogGuard,
  type CatalogGuardArgs,
  type CatalogGuardName,
  type CatalogOptions,
  catalogCoverage,
  catalogGuards,
  catalogOf,
  clockKept,
  DEFAULT_EVENT_LIMITS,
  DISPATCH_REJECTION_CODES,
  type DispatchAccepted,
  type DispatchOptions,
  type DispatchRefused,
  type DispatchResult,
  defineCatalog,
  defineRule,
  dispatch,
  dispatchOrThrow,
  type EmptyShape,
  ENVELOPE_KEYS,
  EnvelopeSchema,
  type EventCatalog,
  type EventDefinition,
  type EventDefinitions,
  type EventEnvelope,
  type EventInputOf,
  type EventIssue,
  type EventLimits,
  type EventOf,
  type EventSchema,
  type EventShape,
  type EventSpec,
  type EventSpecs,
  type EventTypeOf,
  eventJsonSchemas,
  eventSchema,
  eventTitle,
  GUARD_RULE_ID,
  type GuardRef,
  guardHolds,
  HOST_REJECTION_CODES,
  type HostRejectionCode,
  IN_ORDER,
  inOrder,
  isRejectionCode,
  type JsonSchema,
  type KeptSections,
  keepContextShape,
  type OwnedCatalog,
  type PayloadOf,
  PERMITTED,
  type PermittedParams,
  type PermittedRole,
  type ProcedureMeta,
  permittedRef,
  REJECTION_CODES,
  type Rejection,
  type RejectionCode,
  RejectionError,
  type Rule,
  type RuleFailure,
  type RuleIdOf,
  type RuleVerdict,
  ruleCitesUnder,
  type SchemaIo,
  type SpecsOf,
  specOf,
  stateTitle,
  validateSpecs,
  verdictHolds,
  type WithCatalog,
  withCatalog,
  withFastCopies,
  zodJsonSchema,
} from './dispatch/index.js';
/** The electorate of a vote: voters by headcount and exclusive area. @public */
export {
  buildElectorate,
  type Electorate,
  type ElectorateOptions,
  type ExcludedUnit,
  type OwnerMerge,
  type Voter,
} from './electorate/electorate.js';
/** The area of one unit that counts in a vote. @public */
export { type UnitArea, unitArea } from './electorate/unit-area.js';
/** Exact fractions and bars (以上 / 过半数). @public */
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
/** Locales and bilingual texts. @public */
export { type Bilingual, bilingual, LOCALES, type Locale } from './i18n.js';
/** Message templates in zh-CN and en. @public */
export {
  LOCALE_MESSAGES,
  type MessageKey,
  type MessageParams,
  type MessageTemplates,
  message,
  type ProcessEndReason,
} from './locales/index.js';
/** What the committee does before it calls an owners' assembly (VOTE-15): one catalog fragment and its rules. @public */
export {
  authoritiesNotifiedRule,
  NO_PRE_CALL,
  PRE_CALL_TEXT,
  type PreCall,
  type PreCallCaller,
  type PreCallSnapshot,
  partyReportRule,
  preCallEntries,
} from './pre-call/index.js';
/** Profiles as they stood on each day: editions and the resolver. @public */
export {
  type ClockUpdate,
  clockTo,
  type DatedDescription,
  type DatedValue,
  defineHistory,
  describeProfileAt,
  type EditionSource,
  editionAt,
  editionChange,
  type FollowedLaw,
  FollowedLawSchema,
  type FollowLaw,
  FollowLawSchema,
  holdProfile,
  type IssueSummary,
  isFollowLaw,
  issueMessages,
  issueSummary,
  issueTexts,
  type LawClocked,
  PROFILE_FLOOR_ISSUE,
  PROFILE_HISTORIES,
  ProfileChoiceSchema,
  type ProfileDateCode,
  ProfileDateError,
  type ProfileEdition,
  type ProfileHistory,
  type ProfilePatch,
  profileAt,
  profileEditions,
  valueHistory,
} from './profiles/history/index.js';
/** Profiles: every number and switch of the rule book, with its citations. @public */
export {
  type AbsenceRemoval,
  type AnnualAccountsScope,
  BilingualSchema,
  type BranchCommitteeSize,
  type BranchCommitteeTerm,
  beijing,
  type ChangeFiler,
  ChangeFilerSchema,
  type Cited,
  CitedBarSchema,
  type CitedPeriod,
  CitedPeriodSchema,
  type CommitteeSize,
  type CommitteeTerm,
  calendarMonths,
  checkProfileFloors,
  cited,
  type DayOfYear,
  DEFAULT_PROFILE,
  type Disclosure,
  DisclosureSchema,
  type DoubleBar,
  defineProfile,
  describeProfile,
  type EarlyReElection,
  type Eligibility,
  type EligibilityGrounds,
  EligibilitySchema,
  type EscalateAfter,
  type FineRange,
  type Firm,
  FirmSchema,
  type FloorViolation,
  type Formation,
  FormationSchema,
  type FormationTrigger,
  type FreezeMatter,
  FreezeMatterSchema,
  FUND_EMERGENCY_KINDS,
  type Fund,
  type FundEmergencyKind,
  FundEmergencyKindSchema,
  FundSchema,
  type GovernanceCommitteeStandIn,
  type GroupLeader,
  GroupLeaderSchema,
  type HandoverPeriod,
  HandoverPeriodSchema,
  type HandoverStart,
  type InterimAssemblyProposers,
  type JointLevel,
  JointLevelSchema,
  type JointMeetings,
  JointMeetingsSchema,
  type Meetings,
  MeetingsSchema,
  type MemberQuota,
  minimumCalendarDays,
  type NoStandIn,
  national,
  type OptionalCitedPeriod,
  OptionalCitedPeriodSchema,
  type OwnerApplicationShare,
  type Party,
  PartySchema,
  type PeriodKind,
  PROFILE_IDS,
  PROFILES,
  type PreparatoryGroup,
  PreparatoryGroupSchema,
  type Profile,
  ProfileFloorError,
  type ProfileId,
  ProfileIdSchema,
  type ProfileInput,
  type ProfileIssue,
  type ProfileParkingRule,
  ProfileParkingRuleSchema,
  type ProfileRow,
  ProfileSchema,
  type ProfileText,
  ProfileValidationError,
  type PropertyManagementCommitteeStandIn,
  type ProposerMeasure,
  ProposerMeasureSchema,
  RETIRED_KEY_CODE,
  RETIRED_PROFILE_KEYS,
  type ReElectionGroup,
  type ReportingPeriod,
  ReportingPeriodSchema,
  type RepsRange,
  type RetiredProfileKey,
  RevotePolicySchema,
  type SmallCommittee,
  SmallCommitteeSchema,
  type StandIn,
  StandInSchema,
  type Substitutes,
  shanghai,
  type TemporaryFirm,
  type Term,
  TermSchema,
  type Voting,
  VotingSchema,
} from './profiles/index.js';
/** Roles and the actor every event carries. @public */
export {
  type ActorRef,
  ActorRefSchema,
  ROLE_NAMES,
  ROLES,
  type Role,
  RoleSchema,
} from './roles.js';
/** Parsing a roll of units and owners. @public */
export { parseRoll, type RollParseResult, safeParseRoll } from './roll/parse-roll.js';
/** A roll as a machine's input or event takes it. @public */
export { RollInputSchema } from './roll/roll-input.js';
/** Problems found in a roll. @public */
export { RollError, type RollIssue } from './roll/roll-issue.js';
/** Ballots, channels, choices and proxies. @public */
export {
  type Ballot,
  BallotSchema,
  CHANNELS,
  CHOICES,
  type Channel,
  ChannelSchema,
  type Choice,
  ChoiceSchema,
  CITY_E_VOTING_SYSTEM,
  type Proxy,
  ProxySchema,
  VotingSystemSchema,
} from './schemas/ballot.js';
/** Instants and local dates. @public */
/** Size limits of ids and texts, for the machine packages' inputs and events. @public */
export { IdSchema, TextSchema } from './schemas/bounds.js';
/** Matters put to the owners and the majority each needs. @public */
export {
  MATTER_KINDS,
  type Majority,
  type Matter,
  type MatterKind,
  MatterKindSchema,
  MatterSchema,
  majorityOf,
} from './schemas/matter.js';
/** The roll: units, owners, areas, parking. @public */
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
/** The base of every machine package's start input error. @public */
export { StartInputError } from './start-input-error.js';
/** The id → position index an `Electorate` carries as `unitIndex`. @public */
export { StringIndex } from './string-index.js';
/** Tally options and the voting window. @public */
export type { TallyOptions, VotingWindow } from './tally/ballot-check.js';
/** Why a ballot was not counted. @public */
export {
  BALLOT_ISSUE_CODES,
  type BallotIssue,
  type BallotIssueCode,
} from './tally/ballot-issue.js';
/** Tally breakdowns by building and by channel. @public */
export { type BreakdownRow, breakdownByBuilding, breakdownByChannel } from './tally/breakdown.js';
/** The incremental tally. @public */
export { type AddOutcome, TallyCounter } from './tally/counter.js';
/** A tally explained in both languages. @public */
export {
  type ExplainedCheck,
  type ExplainedCitation,
  type ExplainOptions,
  explainTally,
  formatTally,
  type TallyExplanation,
} from './tally/explain.js';
/** Voting rules from a profile. @public */
export { tallyOptionsFor, type VoteSettings, votingRuleFor } from './tally/profile-rule.js';
/** Tally results. @public */
export type {
  BallotCounts,
  Check,
  CheckId,
  Measure,
  TallyResult,
} from './tally/result.js';
/** The exact double-majority tally (CC 278). @public */
export { tally } from './tally/tally.js';
/** Voting rules of the Civil Code. @public */
export {
  CIVIL_CODE_RULES,
  civilCodeRule,
  type RevotePolicy,
  type VotingRule,
} from './tally/voting-rule.js';
/** Vote records: open, cast, close; seats filled from one vote per candidate. @public */
export {
  ballotFor,
  type CandidateResult,
  type CastCheck,
  type CastOutcome,
  candidateResults,
  castBallot,
  castMultiBallot,
  castTypedBallot,
  checkCast,
  checkTypedCast,
  choiceFor,
  closeVote,
  closeVotes,
  compareSupport,
  currentTally,
  fillSeats,
  type MultiBallot,
  type OpenVoteInput,
  openVote,
  type VoteRecord,
  voteElectorate,
} from './vote/index.js';
