import type { Profile } from '@jiayuan/core';
import type { FirmRuleId } from './messages.js';

/**
 * The report before major matters, else the profile's notice of the meeting, which also goes to
 * the residents' committee (BJ 35 ¶4 "并报物业所在地的居民委员会").
 */
const partyCites = (p: Profile): readonly string[] =>
  p.party.reportBeforeMajorMatters.cite.length > 0
    ? p.party.reportBeforeMajorMatters.cite
    : p.voting.meetingNotice.cite;

/**
 * For each rule, the profile entries whose articles it applies: `firmRule` carries the entry on
 * the rule as its `profileCites`, so that a refusal under a profile whose texts do not include the
 * rule's own articles (SH under `beijing` or `national`) and the rule book both cite what core's
 * `ruleCitesUnder` gives.
 */
export const PROFILE_CITES: Readonly<
  Partial<Record<FirmRuleId, (p: Profile) => readonly string[]>>
> = {
  'non-renewal-notice': (p) => p.firm.nonRenewalNotice.cite,
  'renew-before-expiry': (p) => p.firm.nonRenewalNotice.cite,
  'replace-before-expiry': (p) => p.firm.nonRenewalNotice.cite,
  'another-firm': (p) => p.firm.nonRenewalNotice.cite,
  'indefinite-notice': (p) => p.firm.indefiniteTermNotice.cite,
  'interim-share': (p) => p.voting.interimAssemblyProposers.share.cite,
  'withdraw-own': (p) => p.voting.interimAssemblyProposers.share.cite,
  'dismissal-notice': (p) => p.firm.dismissalNotice.cite,
  'handover-complete': (p) => p.firm.handover.cite,
  'handover-open': (p) => p.firm.handover.cite,
  'handover-item-pending': (p) => p.firm.handover.cite,
  'temporary-requester': (p) => p.firm.temporaryFirm.cite,
  'plan-first': (p) => p.firm.selectionPlanRequired.cite,
  'acting-party': (p) => p.firm.selectionPlanRequired.cite,
  'platform-bid': (p) => p.firm.tenderViaCityPlatform.cite,
  'bid-once': (p) => p.firm.tenderViaCityPlatform.cite,
  'chosen-among-bids': (p) => p.firm.tenderViaCityPlatform.cite,
  'contract-dates': (p) => p.firm.contractFiling.cite,
  freeze: (p) => p.term.freeze.cite,
  'assembly-notice': (p) => p.voting.meetingNotice.cite,
  'before-the-call': (p) => partyCites(p),
  'voting-window': (p) => p.voting.meetingNotice.cite,
  'voting-opens': (p) => p.voting.meetingNotice.cite,
  'one-vote-at-a-time': (p) => p.voting.meetingNotice.cite,
  'close-after-window': (p) => p.voting.meetingNotice.cite,
  'ballot-valid': (p) => p.voting.channels.cite,
  'ballot-sender': (p) => p.voting.channels.cite,
};
