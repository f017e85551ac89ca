import { BallotSchema, eventSchema, InstantSchema } from '@jiayuan/core';
import { z } from 'zod';
import { BidSchema, SelectionPlanSchema } from './context.js';
import { HANDOVER_ITEMS } from './handover.js';

const OwnerIds = z.array(z.string().min(1)).min(1).max(100_000);

/** The clock moves the process time; missed deadlines are marked. */
export const TickSchema = eventSchema('TICK');
/** A re-election group was formed: the freeze of SH 28 ¶4 starts. */
export const FreezeStartSchema = eventSchema('FREEZE.START');
/** The new committee was elected: the freeze ends. */
export const FreezeEndSchema = eventSchema('FREEZE.END');

/** Calls the assembly on the question of the current stage, with the voting window. */
export const CallAssemblySchema = eventSchema('CALL_ASSEMBLY', {
  opensAt: InstantSchema,
  closesAt: InstantSchema,
});
/** Opens voting: the roll and the rule freeze (CC 278 ¶2). */
export const OpenVoteSchema = eventSchema('OPEN_VOTE', { voteId: z.string().min(1) });
/** One ballot (paper, on-site, door-to-door or electronic; proxy with authorisation). */
export const CastBallotSchema = eventSchema('CAST_BALLOT', { ballot: BallotSchema });
/** Closes voting and counts. */
export const CloseVoteSchema = eventSchema('CLOSE_VOTE');

/** The committee proposes to dismiss the firm. */
export const ProposeDismissalSchema = eventSchema('PROPOSE_DISMISSAL');
/** Owners propose an interim assembly to dismiss the firm (SH 25 ¶1). */
export const RequestInterimAssemblySchema = eventSchema('REQUEST_INTERIM_ASSEMBLY', {
  proposers: OwnerIds,
});
/** The committee withdraws its own proposal. */
export const WithdrawProposalSchema = eventSchema('WITHDRAW_PROPOSAL');
/** The committee serves written notice of dismissal on the firm (CC 946 ¶1). */
export const ServeDismissalNoticeSchema = eventSchema('SERVE_DISMISSAL_NOTICE', {
  effectiveAt: InstantSchema,
});

/** One item of SH 50 handed over, with the committee's receipt. */
export const HandOverItemSchema = eventSchema('HAND_OVER_ITEM', {
  item: z.enum(HANDOVER_ITEMS),
  receipt: z.string().min(1),
});
/** The committee declares the hand-over complete. */
export const CompleteHandoverSchema = eventSchema('COMPLETE_HANDOVER');
/** A temporary firm is requested from the 街镇 (SH 52 ¶1). */
export const RequestTemporaryFirmSchema = eventSchema('REQUEST_TEMPORARY_FIRM', {
  proposers: z.array(z.string().min(1)).max(100_000).default([]),
});
/** The 街镇 picks a temporary firm from the district pool. */
export const AppointTemporaryFirmSchema = eventSchema('APPOINT_TEMPORARY_FIRM', {
  firmId: z.string().min(1),
});
/** The successor chosen by the owners takes over (CC 950). */
export const SuccessorTakesOverSchema = eventSchema('SUCCESSOR_TAKES_OVER', {
  firmId: z.string().min(1),
});

/** The committee drafts (or redrafts) the selection plan (SH 39 ¶1). */
export const DraftPlanSchema = eventSchema('DRAFT_PLAN', { plan: SelectionPlanSchema });
/** The committee posts the approved plan (SH 39 ¶2). */
export const PostPlanSchema = eventSchema('POST_PLAN');
/** A bid in tender or negotiation. */
export const RecordBidSchema = eventSchema('RECORD_BID', { bid: BidSchema });
/** The district housing bureau approves negotiation with fewer than 3 bidders (PMR 24 ¶2). */
export const ApproveNegotiationSchema = eventSchema('APPROVE_NEGOTIATION', {
  ref: z.string().min(1),
});
/** The firm chosen from the bids. */
export const ChooseFirmSchema = eventSchema('CHOOSE_FIRM', { firmId: z.string().min(1) });
/** The contract is signed (SH 44). */
export const SignContractSchema = eventSchema('SIGN_CONTRACT', {
  contractId: z.string().min(1),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
});
/** The firm files the contract with the 房管机构 (SH 44 ¶3). */
export const FileContractSchema = eventSchema('FILE_CONTRACT', { filingRef: z.string().min(1) });

/** The firm gives written notice that it will not renew (CC 947 ¶2, SH 46 ¶2). */
export const NotifyNonRenewalSchema = eventSchema('NOTIFY_NON_RENEWAL');
/** The committee notifies the firm in writing of the owners' renewal decision (SH 46 ¶1). */
export const NotifyRenewalDecisionSchema = eventSchema('NOTIFY_RENEWAL_DECISION');
/** The firm accepts renewal; the contract is re-signed before expiry. */
export const AcceptRenewalSchema = eventSchema('ACCEPT_RENEWAL', {
  contractId: z.string().min(1),
  endsAt: InstantSchema,
});
/** The firm declines renewal. */
export const DeclineRenewalSchema = eventSchema('DECLINE_RENEWAL');
/** Either side ends the indefinite-term contract with notice (CC 948 ¶2). */
export const EndIndefiniteTermSchema = eventSchema('END_INDEFINITE_TERM', {
  effectiveAt: InstantSchema,
});
