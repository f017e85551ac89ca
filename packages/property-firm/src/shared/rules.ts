import { type bilingual, castBallot, formatBar, type Rule, type RuleVerdict } from '@jiayuan/core';
import type { z } from 'zod';
import { type FirmContext, noticePeriodOf } from './context.js';
import type * as E from './events.js';
import { missingHandoverItems } from './handover.js';
import { type FirmRuleId, missingItems, RULE_TEXT, shareShort, shortNotice } from './messages.js';
import { earliestEffective, noticeMet } from './notice.js';
import { countProposers, proposersMeet } from './proposers.js';

/** What a rule of this package looks at: the snapshot's context. */
export interface FirmSnapshotLike {
  readonly context: FirmContext;
}

type Out<S extends z.ZodType> = z.output<S>;
type FirmRule<S extends z.ZodType> = Rule<Out<S>, FirmSnapshotLike>;

function rule<S extends z.ZodType>(
  id: FirmRuleId,
  citations: readonly string[],
  check: (context: FirmContext, event: Out<S>) => RuleVerdict,
): FirmRule<S> {
  return {
    id,
    citations,
    description: RULE_TEXT[id],
    check: (snapshot: FirmSnapshotLike, event: Out<S>) => check(snapshot.context, event),
  };
}

const refuse = (
  message: ReturnType<typeof bilingual>,
  details?: Record<string, unknown>,
): RuleVerdict => ({
  ok: false,
  message,
  ...(details === undefined ? {} : { details }),
});

const ms = (at: string) => Date.parse(at);

/** FIRM-11 / TERM-3: no hire or dismissal decision while a re-election freeze is on (SH 28 ¶4). */
export function freezeRule<S extends z.ZodType>(): FirmRule<S> {
  return rule<S>(
    'freeze',
    ['SH-28-4'],
    (c) => !(c.freeze.active && c.profile.term.freeze.value.includes('hire-dismiss-firm')),
  );
}

/** VOTE-11: owners are told of the meeting the profile's notice period before it (PMR 14, SH 25). */
export const assemblyNoticeRule = rule<typeof E.CallAssemblySchema>(
  'assembly-notice',
  ['PMR-14', 'SH-25', 'SH-25-2'],
  (c, e) => {
    const period = c.profile.voting.meetingNotice.period;
    if (noticeMet(e.at, e.opensAt, period)) return true;
    return refuse(shortNotice(e.at, e.opensAt, period, earliestEffective(e.at, period)), {
      period,
    });
  },
);

/** The voting window must be a real interval. */
export const votingWindowRule = rule<typeof E.CallAssemblySchema>(
  'voting-window',
  ['SH-18-1'],
  (_c, e) => ms(e.closesAt) > ms(e.opensAt),
);

/** One vote at a time per process: a second concurrent vote on the same matter is refused. */
export const oneVoteAtATimeRule = rule<typeof E.CallAssemblySchema>(
  'one-vote-at-a-time',
  ['CC-278-2'],
  (c) => c.assembly === null,
);

/** FIRM-2: hiring votes and selection wait for the approved, posted selection plan (SH 39). */
export function planFirstRule<S extends z.ZodType>(what: 'draft' | 'posted'): FirmRule<S> {
  return rule<S>('plan-first', ['SH-39', 'SH-39-2'], (c) => {
    if (c.stage === 'early-stage' || !c.profile.firm.selectionPlanRequired.value) return true;
    return what === 'draft' ? c.plan !== null : c.planPostedAt !== null;
  });
}

/** Voting opens no earlier than the notice said. */
export const votingOpensRule = rule<typeof E.OpenVoteSchema>(
  'voting-opens',
  ['PMR-14', 'SH-25'],
  (c, e) => c.assembly === null || ms(e.at) >= ms(c.assembly.opensAt),
);

/** A ballot passes the frozen roll, the window and the channels (CC 278, SH 18, SPC 9). */
export const ballotValidRule = rule<typeof E.CastBallotSchema>(
  'ballot-valid',
  ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SPC-9'],
  (c, e) => {
    if (c.vote === null) return true;
    const outcome = castBallot(c.vote, e.ballot);
    if (outcome.ok) return true;
    return refuse(outcome.issue.message, { issue: outcome.issue.code });
  },
);

/** An owner sends only their own ballot, or one they hold written authorisation for (SH 18 ¶3). */
export const ballotSenderRule = rule<typeof E.CastBallotSchema>(
  'ballot-sender',
  ['SH-18-3', 'PMR-12'],
  (_c, e) =>
    e.by.role !== 'owner' || e.by.id === e.ballot.castBy || e.by.id === e.ballot.proxy?.keyedBy,
);

/** Counting waits for the end of the window. */
export const closeAfterWindowRule = rule<typeof E.CloseVoteSchema>(
  'close-after-window',
  ['PMR-14'],
  (c, e) => c.assembly === null || ms(e.at) >= ms(c.assembly.closesAt),
);

/** VOTE-11: at least 20% of owners (SH 25 ¶1; measure per profile). */
export const interimShareRule = rule<typeof E.RequestInterimAssemblySchema>(
  'interim-share',
  ['SH-25', 'PMR-13'],
  (c, e) => {
    const { share, measure } = c.profile.voting.interimAssemblyProposers;
    const count = countProposers(c.roll, e.proposers);
    if (proposersMeet(count, share.value, measure.value)) return true;
    return refuse(
      shareShort(
        count.headcount,
        count.totalHeadcount,
        formatBar(share.value, 'zh-CN'),
        count.unknown,
      ),
      { headcount: count.headcount, total: count.totalHeadcount },
    );
  },
);

/** The committee may withdraw only its own proposal; an owners' request must be called. */
export const withdrawOwnRule = rule<typeof E.WithdrawProposalSchema>(
  'withdraw-own',
  ['SH-25'],
  (c) => c.proposal?.source !== 'owners',
);

/** FIRM-8: 60 days' written notice of dismissal, or the contract's own (CC 946 ¶1). */
export const dismissalNoticeRule = rule<typeof E.ServeDismissalNoticeSchema>(
  'dismissal-notice',
  ['CC-946'],
  (c, e) => {
    const period = noticePeriodOf(c, 'dismissal');
    if (noticeMet(e.at, e.effectiveAt, period)) return true;
    return refuse(shortNotice(e.at, e.effectiveAt, period, earliestEffective(e.at, period)), {
      period,
    });
  },
);

/** FIRM-10: every SH 50 item accounted for before the hand-over is complete. */
export const handoverCompleteRule = rule<typeof E.CompleteHandoverSchema>(
  'handover-complete',
  ['SH-50', 'CC-949'],
  (c) => {
    const missing = missingHandoverItems(c.handover);
    return missing.length === 0 || refuse(missingItems(missing), { missing });
  },
);

/** An item is handed over once. */
export const handoverItemPendingRule = rule<typeof E.HandOverItemSchema>(
  'handover-item-pending',
  ['SH-50'],
  (c, e) => c.handover === null || c.handover[e.item].status === 'pending',
);

/** FIRM-9: who may ask the 街镇 for a temporary firm (SH 52 ¶1). */
export const temporaryRequesterRule = rule<typeof E.RequestTemporaryFirmSchema>(
  'temporary-requester',
  ['SH-52'],
  (c, e) => {
    if (c.hasCommittee) return e.by.role === 'committee';
    if (e.by.role !== 'residents-committee') return false;
    const bar = c.profile.firm.temporaryFirm.value?.ownersShareWithoutCommittee;
    if (bar === null || bar === undefined) return true;
    const count = countProposers(c.roll, e.proposers);
    if (proposersMeet(count, bar, 'headcount')) return true;
    return refuse(
      shareShort(count.headcount, count.totalHeadcount, formatBar(bar, 'zh-CN'), count.unknown),
      { headcount: count.headcount, total: count.totalHeadcount },
    );
  },
);

/** FIRM-3: the committee selects for the owners, the developer for the early stage (SH 39–40). */
export function actingPartyRule<S extends z.ZodType>(): FirmRule<S> {
  return rule<S>('acting-party', ['SH-39', 'SH-40'], (c, e) => {
    const role = (e as { by: { role: string } }).by.role;
    return c.stage === 'early-stage' ? role === 'developer' : role === 'committee';
  });
}

function isTender(c: FirmContext): boolean {
  return c.stage === 'early-stage' || c.plan?.method === 'tender';
}

/** A tender runs on the city platform (SH 40 ¶3): its bids carry the platform reference. */
export const platformBidRule = rule<typeof E.RecordBidSchema>(
  'platform-bid',
  ['SH-40-3'],
  (c, e) =>
    !isTender(c) || !c.profile.firm.tenderViaCityPlatform.value || e.bid.platformRef !== undefined,
);

/** One bid per firm. */
export const bidOnceRule = rule<typeof E.RecordBidSchema>('bid-once', ['SH-40'], (c, e) =>
  c.bids.every((b) => b.firmId !== e.bid.firmId),
);

/** The chosen firm is a bidder. */
export const chosenAmongBidsRule = rule<typeof E.ChooseFirmSchema>(
  'chosen-among-bids',
  ['SH-40'],
  (c, e) => c.bids.some((b) => b.firmId === e.firmId),
);

/** FIRM-3: early stage with fewer than 3 bidders needs the district's approval (PMR 24 ¶2). */
export const earlyStageBiddersRule = rule<typeof E.ChooseFirmSchema>(
  'early-stage-bidders',
  ['PMR-24'],
  (c) =>
    c.stage !== 'early-stage' ||
    c.bids.length >= c.profile.firm.earlyStageMinBidders.value ||
    c.negotiationApproval !== null,
);

/** The district approves only an early-stage appointment short of bidders. */
export const approvalWhenFewBiddersRule = rule<typeof E.ApproveNegotiationSchema>(
  'approval-when-few-bidders',
  ['PMR-24'],
  (c) => c.stage === 'early-stage' && c.bids.length < c.profile.firm.earlyStageMinBidders.value,
);

/** A contract ends after it starts. */
export const contractDatesRule = rule<typeof E.SignContractSchema>(
  'contract-dates',
  ['SH-44'],
  (_c, e) => ms(e.endsAt) > ms(e.startsAt),
);

/** FIRM-6: the firm's non-renewal notice 90 days before expiry, or the contract's own (CC 947 ¶2). */
export const nonRenewalNoticeRule = rule<typeof E.NotifyNonRenewalSchema>(
  'non-renewal-notice',
  ['CC-947-2', 'SH-46-2'],
  (c, e) => {
    const endsAt = c.contract.endsAt;
    if (endsAt === undefined) return true;
    const period = noticePeriodOf(c, 'non-renewal');
    if (noticeMet(e.at, endsAt, period)) return true;
    return refuse(shortNotice(e.at, endsAt, period, earliestEffective(e.at, period)), { period });
  },
);

/** FIRM-5: the renewal vote closes, and the new contract is signed, before expiry (SH 46 ¶1). */
export function renewBeforeExpiryRule<S extends z.ZodType>(): FirmRule<S> {
  return rule<S>('renew-before-expiry', ['SH-46-1', 'CC-947-1'], (c, e) => {
    const endsAt = c.contract.endsAt;
    if (endsAt === undefined) return true;
    const until = (e as { closesAt?: string; at: string }).closesAt ?? (e as { at: string }).at;
    return ms(until) < ms(endsAt);
  });
}

/** FIRM-7: 60 days' notice to end the indefinite term (CC 948 ¶2, SH 46 ¶3). */
export const indefiniteNoticeRule = rule<typeof E.EndIndefiniteTermSchema>(
  'indefinite-notice',
  ['CC-948-2', 'SH-46-3'],
  (c, e) => {
    const period = c.profile.firm.indefiniteTermNotice.period;
    if (noticeMet(e.at, e.effectiveAt, period)) return true;
    return refuse(shortNotice(e.at, e.effectiveAt, period, earliestEffective(e.at, period)), {
      period,
    });
  },
);
