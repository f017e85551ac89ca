import { match } from 'ts-pattern';
import { firmRule, ms, type On, type Sent } from '../shared/rule.js';
import type { HiringContext } from './context.js';

type Hiring<K extends keyof HiringContext> = On<Pick<HiringContext, K>>;

/**
 * FIRM-2: the owners' selection waits for the plan (SH 39): the vote on it needs a drafted plan;
 * bids and the choice need it approved and posted. Not for the developer's early-stage tender,
 * nor where the profile requires no plan.
 */
export const planFirstRule = firmRule(
  'plan-first',
  ['SH-39', 'SH-39-2'],
  (
    { context: c }: Hiring<'stage' | 'profile' | 'plan' | 'planPostedAt'>,
    e: { readonly type: 'CALL_ASSEMBLY' | 'RECORD_BID' | 'CHOOSE_FIRM' },
  ) => {
    if (c.stage === 'early-stage' || !c.profile.firm.selectionPlanRequired.value) return true;
    return match(e.type)
      .with('CALL_ASSEMBLY', () => c.plan !== null)
      .with('RECORD_BID', 'CHOOSE_FIRM', () => c.planPostedAt !== null)
      .exhaustive();
  },
);

/** FIRM-3: the committee selects for the owners, the developer for the early stage (SH 39–40). */
export const actingPartyRule = firmRule(
  'acting-party',
  ['SH-39', 'SH-40'],
  ({ context: c }: Hiring<'stage'>, e: Sent) =>
    c.stage === 'early-stage' ? e.by.role === 'developer' : e.by.role === 'committee',
);

/** A tender runs on the city platform (SH 40 ¶3): its bids carry the platform reference. */
export const platformBidRule = firmRule(
  'platform-bid',
  ['SH-40-3'],
  (
    { context: c }: Hiring<'stage' | 'plan' | 'profile'>,
    e: { readonly bid: { readonly platformRef?: string | undefined } },
  ) => {
    const tender = c.stage === 'early-stage' || c.plan?.method === 'tender';
    return (
      !tender || !c.profile.firm.tenderViaCityPlatform.value || e.bid.platformRef !== undefined
    );
  },
);

/** One bid per firm. */
export const bidOnceRule = firmRule(
  'bid-once',
  ['SH-40'],
  ({ context: c }: Hiring<'bids'>, e: { readonly bid: { readonly firmId: string } }) =>
    c.bids.every((b) => b.firmId !== e.bid.firmId),
);

/** The chosen firm is a bidder. */
export const chosenAmongBidsRule = firmRule(
  'chosen-among-bids',
  ['SH-40'],
  ({ context: c }: Hiring<'bids'>, e: { readonly firmId: string }) =>
    c.bids.some((b) => b.firmId === e.firmId),
);

/** FIRM-3: early stage with fewer than 3 bidders needs the district's approval (PMR 24 ¶2). */
export const earlyStageBiddersRule = firmRule(
  'early-stage-bidders',
  ['PMR-24'],
  ({ context: c }: Hiring<'stage' | 'bids' | 'profile' | 'negotiationApproval'>) =>
    c.stage !== 'early-stage' ||
    c.bids.length >= c.profile.firm.earlyStageMinBidders.value ||
    c.negotiationApproval !== null,
);

/** The district approves only an early-stage appointment short of bidders. */
export const approvalWhenFewBiddersRule = firmRule(
  'approval-when-few-bidders',
  ['PMR-24'],
  ({ context: c }: Hiring<'stage' | 'bids' | 'profile'>) =>
    c.stage === 'early-stage' && c.bids.length < c.profile.firm.earlyStageMinBidders.value,
);

/** A contract ends after it starts. */
export const contractDatesRule = firmRule(
  'contract-dates',
  ['SH-44'],
  (_s: unknown, e: { readonly startsAt: string; readonly endsAt: string }) =>
    ms(e.endsAt) > ms(e.startsAt),
);
