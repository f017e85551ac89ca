/**
 * `@jiayuan/property-firm`: hiring, contract term and dismissal of a residential property firm
 * (RULES FIRM-1..12, VOTE-11), as pure xstate machines that own their rules: each has its own
 * catalog (the only definition of its events), setup, context and input, and its rules are its
 * guards. Send events through core's `dispatch`.
 *
 * @packageDocumentation
 */

// The diagram generator is core's; re-exported here so `toMermaid` stays importable from this
// package.
export { toMermaid } from '@jiayuan/core';
export { type ContractTermEvent, contractTermEvents } from './contract-term/catalog.js';
export {
  type ContractTermContext,
  initialContractTermContext,
  type OwnersDecision,
} from './contract-term/context.js';
export { contractTermMachine } from './contract-term/machine.js';
export {
  anotherFirmRule,
  indefiniteNoticeRule,
  nonRenewalNoticeRule,
  renewBeforeExpiryRule,
  replaceBeforeExpiryRule,
} from './contract-term/rules.js';
export { contractTermSetup } from './contract-term/setup.js';
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
export { exitState } from './exit/state.js';
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
  type FirmRef,
  FirmRefSchema,
  noticePeriodOf,
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
export { type FirmEmitted, type FirmTopic, notifyFirm } from './shared/emitted.js';
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
  contractTermMigrations,
  dismissalMigrations,
  FIRM_SNAPSHOT_VERSIONS,
  hiringMigrations,
} from './shared/migrations.js';
export { earliestEffective, endNoticeMet, lastDayBefore, noticeMet } from './shared/notice.js';
export { countProposers, type ProposerCount, proposersMeet } from './shared/proposers.js';
export { firmRule, type On, type Sent } from './shared/rule.js';
export type { FirmContext, FirmEvent, FirmInput } from './types.js';
export { commonActions, type FirmEventLike, votePasses } from './vote/actions.js';
export { type CommonEvent, callAssemblyEvent, commonEvents } from './vote/catalog.js';
export { type CommonContext, NO_PRE_CALL, type PreCall } from './vote/context.js';
export {
  assemblyNoticeRule,
  ballotSenderRule,
  ballotValidRule,
  beforeTheCallRule,
  closeAfterWindowRule,
  freezeRule,
  oneVoteAtATimeRule,
  partyReportRule,
  votingOpensRule,
  votingWindowRule,
} from './vote/rules.js';
export { rootHandlers, voteState } from './vote/state.js';
