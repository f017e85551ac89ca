import { formatBar } from '@jiayuan/core';
import { type HandoverItem, missingHandoverItems } from '../shared/handover.js';
import { handoverNotBegun, missingItems, shareShort } from '../shared/messages.js';
import { countProposers, proposersMeet } from '../shared/proposers.js';
import { firmRule, type On, refuse, type Sent } from '../shared/rule.js';
import type { CommonContext } from '../vote/context.js';
import type { ExitContext } from './context.js';

/** FIRM-10: every SH 50 item accounted for before the hand-over is complete. */
export const handoverCompleteRule = firmRule(
  'handover-complete',
  ['SH-50', 'CC-949'],
  ({ context: c }: On<Pick<ExitContext, 'handover'> & Pick<CommonContext, 'profile'>>) => {
    const missing = missingHandoverItems(c.handover);
    return (
      missing.length === 0 ||
      refuse(missingItems(missing, c.profile.firm.handover.cite), { missing })
    );
  },
);

/**
 * The hand-over is open: from the contract's end (SH 50), or from the dismissal notice where the
 * profile counts it from the firm's receipt of the notice (BJ 76 ¶1). The refusal says which,
 * from the profile in force.
 */
export const handoverOpenRule = firmRule(
  'handover-open',
  // Under a profile without SH, its own hand-over articles (BJ 76 ¶1): see PROFILE_CITES.
  ['SH-50'],
  ({ context: c }: On<Pick<ExitContext, 'handover'> & Pick<CommonContext, 'profile'>>) =>
    c.handover !== null || refuse(handoverNotBegun(c.profile)),
);

/** An item is handed over once. */
export const handoverItemPendingRule = firmRule(
  'handover-item-pending',
  ['SH-50'],
  ({ context: c }: On<Pick<ExitContext, 'handover'>>, e: { readonly item: HandoverItem }) =>
    c.handover === null || c.handover[e.item].status === 'pending',
);

/** FIRM-9: who may ask the 街镇 for a temporary firm (SH 52 ¶1). */
export const temporaryRequesterRule = firmRule(
  'temporary-requester',
  ['SH-52'],
  (
    { context: c }: On<Pick<ExitContext, 'hasCommittee'> & Pick<CommonContext, 'profile' | 'roll'>>,
    e: Sent & { readonly proposers: readonly string[] },
  ) => {
    if (c.hasCommittee) return e.by.role === 'committee';
    if (e.by.role !== 'residents-committee') return false;
    const bar = c.profile.firm.temporaryFirm.value?.ownersShareWithoutCommittee;
    if (bar === null || bar === undefined) return true;
    const count = countProposers(c.roll, e.proposers, c.profile);
    if (proposersMeet(count, bar, 'headcount')) return true;
    return refuse(
      shareShort(count.headcount, count.totalHeadcount, formatBar(bar, 'zh-CN'), count.unknown),
      { headcount: count.headcount, total: count.totalHeadcount },
    );
  },
);
