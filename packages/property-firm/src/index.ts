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
export { dismissalEvents } from './dismissal/events.js';
export { dismissalDefinition, dismissalMachine } from './dismissal/machine.js';
export { hiringEvents } from './hiring/events.js';
export { hiringDefinition, hiringMachine } from './hiring/machine.js';
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
export { type FirmRuleId, RULE_TEXT } from './shared/messages.js';
export { type FirmMeta, meta } from './shared/meta.js';
export { earliestEffective, lastDayBefore, noticeMet } from './shared/notice.js';
export { countProposers, type ProposerCount, proposersMeet } from './shared/proposers.js';
export type { FirmSnapshotLike } from './shared/rules.js';
export { contextFromInput, type FirmEvent, firmSetup } from './shared/setup.js';
export { exitState, voteState } from './shared/states.js';
