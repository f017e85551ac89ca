/**
 * `@jiayuan/property-firm`: hiring, contract term and dismissal of a residential property firm
 * (RULES FIRM-1..12, VOTE-11), as pure xstate machines sent events through core's `dispatch`.
 *
 * @packageDocumentation
 */

// The diagram generator is core's; re-exported here so `toMermaid` stays importable from this
// package.
export { toMermaid } from '@jiayuan/core';
export { contractTermEvents } from './contract-term/events.js';
export { contractTermDefinition, contractTermMachine } from './contract-term/machine.js';
export { type DismissalEvent, dismissalEvents } from './dismissal/catalog.js';
export { type DismissalContext, initialDismissalContext } from './dismissal/context.js';
export { dismissalMachine } from './dismissal/machine.js';
export { dismissalNoticeRule, interimShareRule, withdrawOwnRule } from './dismissal/rules.js';
export { dismissalSetup } from './dismissal/setup.js';
export { exitActions, noticeTakesEffect } from './exit/actions.js';
export { type ExitEvent, exitEvents } from './exit/catalog.js';
export { type ExitContext, exitContext, type TemporaryRequest } from './exit/context.js';
export {
  handoverCompleteRule,
  handoverItemPendingRule,
  temporaryRequesterRule,
} from './exit/rules.js';
export { type HiringEvent, hiringEvents } from './hiring/catalog.js';
export { type HiringContext, initialHiringContext } from './hiring/context.js';
export { hiringMachine } from './hiring/machine.js';
export {
  actingPartyRule,
  approvalWhenFewBiddersRule,
  bidOnceRule,
  chosenAmongBidsRule,
  contractDatesRule,
  earlyStageBiddersRule,
  planFirstRule,
  platformBidRule,
} from './hiring/rules.js';
export { hiringSetup } from './hiring/setup.js';
export { voteBreakdown } from './shared/breakdown.js';
export {
  type Assembly,
  type Bid,
  BidSchema,
  type Caretaker,
  type ContractTerms,
  ContractTermsSchema,
  type Decision,
  FEE_MODELS,
  type FeeModel,
  type FirmContext,
  type FirmInput,
  FirmInputSchema,
  type FirmRef,
  FirmRefSchema,
  initialContext,
  noticePeriodOf,
  type ParsedFirmInput,
  type Proposal,
  QUESTIONS,
  type Question,
  type SelectionPlan,
  SelectionPlanSchema,
  type SignedContract,
  STAGES,
  type Stage,
  type WrittenNotice,
} from './shared/context.js';
export type { FirmEmitted } from './shared/emitted.js';
export {
  AcceptRenewalSchema,
  AppointTemporaryFirmSchema,
  ApproveNegotiationSchema,
  CallAssemblySchema,
  CastBallotSchema,
  ChooseFirmSchema,
  CloseVoteSchema,
  CompleteHandoverSchema,
  DeclineRenewalSchema,
  DraftPlanSchema,
  EndIndefiniteTermSchema,
  FileContractSchema,
  FreezeEndSchema,
  FreezeStartSchema,
  HandOverItemSchema,
  NotifyNonRenewalSchema,
  NotifyRenewalDecisionSchema,
  OpenVoteSchema,
  PostPlanSchema,
  ProposeDismissalSchema,
  RecordBidSchema,
  RequestInterimAssemblySchema,
  RequestTemporaryFirmSchema,
  ServeDismissalNoticeSchema,
  SignContractSchema,
  SuccessorTakesOverSchema,
  TickSchema,
  WithdrawProposalSchema,
} from './shared/events.js';
export {
  HANDOVER_ITEM_INFO,
  HANDOVER_ITEMS,
  type HandoverItem,
  type HandoverStatus,
  initialHandover,
  missingHandoverItems,
} from './shared/handover.js';
export {
  type CommonInput,
  type ContractTermInput,
  ContractTermInputSchema,
  type DismissalInput,
  DismissalInputSchema,
  type ExitInput,
  FirmInputError,
  type FirmInputErrorCode,
  type FixedTermContract,
  type HiringInput,
  HiringInputSchema,
  type ParsedCommonInput,
  type ParsedContractTermInput,
  type ParsedDismissalInput,
  type ParsedExitInput,
  type ParsedHiringInput,
  PROCEDURES,
  type Procedure,
} from './shared/input.js';
export { type FirmRuleId, RULE_TEXT } from './shared/messages.js';
export { type FirmMeta, meta } from './shared/meta.js';
export {
  dismissalMigrations,
  FIRM_SNAPSHOT_VERSIONS,
  hiringMigrations,
} from './shared/migrations.js';
export { earliestEffective, lastDayBefore, noticeMet } from './shared/notice.js';
export { countProposers, type ProposerCount, proposersMeet } from './shared/proposers.js';
export { firmRule, type On, type Sent } from './shared/rule.js';
export type { FirmSnapshotLike } from './shared/rules.js';
export { contextFromInput, type FirmEvent, firmSetup } from './shared/setup.js';
export { exitState, voteState } from './shared/states.js';
export { commonActions, type FirmEventLike, votePasses } from './vote/actions.js';
export { type CommonEvent, callAssemblyEvent, commonEvents } from './vote/catalog.js';
export type { CommonContext } from './vote/context.js';
export {
  assemblyNoticeRule,
  ballotSenderRule,
  ballotValidRule,
  closeAfterWindowRule,
  freezeRule,
  oneVoteAtATimeRule,
  votingOpensRule,
  votingWindowRule,
} from './vote/rules.js';
