/**
 * `@jiayuan/assembly`: the owners' assembly meeting (业主大会会议, SH 18, 25; CC 278) with its
 * multi-item ballot — each item a CC 278 matter with its own majority, or an election with
 * candidates and seats (CC 278 ¶1 (三), seats by core's allocation), its quorum counted on its
 * own answers, a part's item decided by that part's owners (SH 69); and the maintenance fund's
 * ordinary use, emergency repair and re-raising (SH 64–73).
 *
 * @packageDocumentation
 */

// The diagram generator is core's; re-exported so `toMermaid` is importable from this package.
export { type LegalRow, legalRows, toMermaid } from '@jiayuan/core';
export {
  type AgendaItem,
  AgendaItemSchema,
  AgendaSchema,
  freezeMatterOf,
  isMajorMatter,
  itemMajority,
} from './ballot/agenda.js';
export {
  type AnswerIssue,
  type AnswerIssueCode,
  answerIssue,
  type Candidate,
  CandidateSchema,
  candidateChoice,
  ELECTION_ITEM_ISSUE_CODES,
  type Election,
  type ElectionAnswer,
  ElectionAnswerSchema,
  ElectionItemError,
  type ElectionItemIssue,
  type ElectionItemIssueCode,
  ElectionSchema,
  electionItemIssues,
  itemChoice,
  type SheetAnswer,
  SheetAnswerSchema,
} from './ballot/election.js';
export {
  type CandidateCount,
  countElection,
  type ElectionCount,
  type ElectionOutcome,
} from './ballot/election-count.js';
export { SHEET_ISSUE_CODES, type SheetIssue, type SheetIssueCode } from './ballot/issues.js';
export {
  answerBallot,
  castSheet,
  checkSheet,
  closeItemVotes,
  type ItemResult,
  type ItemVotes,
  itemResults,
  type OpenItemVotesInput,
  openItemVotes,
  type SheetCast,
  type SheetCheck,
} from './ballot/item-votes.js';
export { type BallotSheet, BallotSheetSchema } from './ballot/sheet.js';
export {
  type RefusedTransfer,
  type SheetTally,
  type TallySheetsInput,
  type TallyTransfer,
  tallySheets,
} from './ballot/tally-sheets.js';
export {
  type ItemTransfer,
  sameOwners,
  type Transfer,
  type TransferPolicy,
  TransferSchema,
  transferOnVote,
  transferPolicyOf,
  transferredRoll,
  type VoidedAnswer,
  type VoidReason,
  type VoteTransferOutcome,
} from './ballot/transfer.js';
export {
  TRANSFER_ISSUE_CODES,
  type TransferIssue,
  type TransferIssueCode,
  transferFromIssue,
  transferIssue,
  transferRegisteredIssue,
  transferUnitIssue,
} from './ballot/transfer-check.js';
export {
  reclaimedForLateSheet,
  recordTransfer,
  type TransferRefusal,
  transferRefusal,
} from './ballot/transfer-votes.js';
export { type FundEmergencyEvent, fundEmergencyEvents } from './fund/emergency/catalog.js';
export {
  type DrawnCosts,
  type EmergencyApproval,
  type EmergencyMeasure,
  type EmergencyReport,
  type FundEmergencyContext,
  type FundEmergencyInput,
  FundEmergencyInputSchema,
  initialFundEmergencyContext,
  MAX_EMERGENCY_MEASURES,
  MAX_PLAN_REJECTIONS,
  type PlanRejection,
  type SubstituteRepair,
} from './fund/emergency/context.js';
export { EMERGENCY_REVIEW } from './fund/emergency/deadline-ids.js';
export type { FundEmergencyEmitted } from './fund/emergency/emitted.js';
export { fundEmergencyMachine } from './fund/emergency/machine.js';
export {
  FUND_EMERGENCY_SNAPSHOT_VERSION,
  fundEmergencyMigrations,
} from './fund/emergency/migrations.js';
export { fundEmergencySetup } from './fund/emergency/setup.js';
export { isBelowShare, isRestored, restoreBar } from './fund/re-raise/balance.js';
export { type FundReRaiseEvent, fundReRaiseEvents } from './fund/re-raise/catalog.js';
export {
  type BalanceReport,
  type FundReRaiseContext,
  type FundReRaiseInput,
  FundReRaiseInputSchema,
  initialFundReRaiseContext,
  type PaymentNotice,
  type ReRaiseDecision,
  type RevenueAllocation,
} from './fund/re-raise/context.js';
export { RE_RAISE_DECISION, RESTORE_BALANCE } from './fund/re-raise/deadline-ids.js';
export type { FundReRaiseEmitted } from './fund/re-raise/emitted.js';
export { fundReRaiseMachine } from './fund/re-raise/machine.js';
export {
  FUND_RE_RAISE_SNAPSHOT_VERSION,
  fundReRaiseMigrations,
} from './fund/re-raise/migrations.js';
export { fundReRaiseSetup } from './fund/re-raise/setup.js';
export {
  FenSchema,
  FundInputError,
  type FundInputErrorCode,
  immediateMeasuresOf,
  publicRevenueToFundOf,
} from './fund/shared.js';
export { type FundUseEvent, fundUseEvents } from './fund/use/catalog.js';
export {
  type FundStage,
  FundStageSchema,
  type FundUseContext,
  type FundUseInput,
  FundUseInputSchema,
  initialFundUseContext,
  type OwnersDecision,
  type PostedCosts,
  type PutToOwners,
  type RepairPlan,
  type Review,
} from './fund/use/context.js';
export type { FundUseEmitted } from './fund/use/emitted.js';
export { fundUseMachine } from './fund/use/machine.js';
export { FUND_USE_SNAPSHOT_VERSION, fundUseMigrations } from './fund/use/migrations.js';
export { fundUseSetup } from './fund/use/setup.js';
export { type AssemblyEvent, assemblyEvents } from './meeting/catalog.js';
export {
  type Challenge,
  challengeAwaitsRuling,
  challengeWithinWindow,
  type Revocation,
} from './meeting/challenge.js';
export {
  type AssemblyContext,
  type AssemblyInput,
  AssemblyInputSchema,
  type Call,
  type CallOrder,
  type Decision,
  type InterimProposal,
  type ItemOutcome,
  initialAssemblyContext,
  type MeetingForm,
  MeetingFormSchema,
  type MeetingKind,
  MeetingKindSchema,
  type PreCall,
  type RecordedTransfer,
} from './meeting/context.js';
export {
  CALL_ORDER,
  RESULT_POSTING,
  REVOCATION,
  RULES_FILING,
  RULES_FILING_COMPLETION,
} from './meeting/deadline-ids.js';
export type { AssemblyEmitted } from './meeting/emitted.js';
export { AssemblyInputError, type AssemblyInputErrorCode } from './meeting/input-error.js';
export { assemblyMachine } from './meeting/machine.js';
export { ASSEMBLY_SNAPSHOT_VERSION, assemblyMigrations } from './meeting/migrations.js';
export { firstOpeningDay, noticeMet } from './meeting/notice.js';
export {
  outcomesOf,
  type PostedCandidate,
  type PostedElection,
  type PostedItem,
  type PostedVoter,
  postedResults,
} from './meeting/posted.js';
export { type ProposalShare, proposalShare } from './meeting/proposal.js';
export { decidedVersions } from './meeting/rules-decided.js';
export {
  changeFilersOf,
  filerOf,
  filingLate,
  type RulesFiling,
  rulesChangesOf,
  rulesChangeToFile,
  rulesFiledOnce,
  rulesFiler,
  rulesFilingInProfile,
  startRulesFiling,
} from './meeting/rules-filing.js';
export {
  completionLate,
  copiedToDistrictUnder,
  type RulesFilingCompletion,
  rulesFilingCompletedOnce,
  rulesFilingToComplete,
  startFilingCompletion,
} from './meeting/rules-filing-completion.js';
export { assemblySetup } from './meeting/setup.js';
export {
  transferFromRegister,
  transferRegistered,
  transferUnit,
} from './meeting/transfer-rules.js';
export { electronicAdoptedUnder, profileUnderRules } from './rules/apply.js';
export {
  emptyRulesRecord,
  RULES_RECORD_ISSUE_CODES,
  type RulesRecordIssue,
  type RulesRecordIssueCode,
  type RulesRecordUpdate,
  recordDecidedVersion,
  rulesInForce,
  versionInForce,
} from './rules/record.js';
export {
  type DecidedVersion,
  DecidedVersionSchema,
  MAX_RULES_VERSION,
  MAX_RULES_VERSIONS,
  type ProposedVersion,
  ProposedVersionSchema,
  type RulesDocument,
  RulesDocumentSchema,
  type RulesInForce,
  RulesInForceSchema,
  type RulesRecord,
  RulesRecordSchema,
  type RulesSettings,
  RulesSettingsSchema,
  type RulesText,
  RulesTextSchema,
} from './rules/versions.js';
