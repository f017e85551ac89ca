import { formatBar } from '@jiayuan/core';
import { noticePeriodOf } from '../shared/context.js';
import { shareShort, shortNotice } from '../shared/messages.js';
import { earliestEffective, endNoticeMet } from '../shared/notice.js';
import { countProposers, proposersMeet } from '../shared/proposers.js';
import { firmRule, type On, refuse, type Sent } from '../shared/rule.js';
import type { DismissalContext } from './context.js';

type Dismissal<K extends keyof DismissalContext> = On<Pick<DismissalContext, K>>;

/** VOTE-11: at least 20% of owners (SH 25 ¶1; measure per profile). */
export const interimShareRule = firmRule(
  'interim-share',
  ['SH-25', 'PMR-13'],
  ({ context: c }: Dismissal<'profile' | 'roll'>, e: { readonly proposers: readonly string[] }) => {
    const { share, measure } = c.profile.voting.interimAssemblyProposers;
    const count = countProposers(c.roll, e.proposers, c.profile);
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
export const withdrawOwnRule = firmRule(
  'withdraw-own',
  ['SH-25'],
  ({ context: c }: Dismissal<'proposal'>) => c.proposal?.source !== 'owners',
);

/**
 * FIRM-8: 60 days' written notice of dismissal, or the contract's own (CC 946 ¶1): the contract
 * ends no earlier than 24:00 of the period's last day (CC 201–203).
 */
export const dismissalNoticeRule = firmRule(
  'dismissal-notice',
  ['CC-946'],
  (
    { context: c }: Dismissal<'profile' | 'contract'>,
    e: Sent & { readonly effectiveAt: string },
  ) => {
    const period = noticePeriodOf(c, 'dismissal');
    if (endNoticeMet(e.at, e.effectiveAt, period)) return true;
    return refuse(shortNotice(e.at, e.effectiveAt, period, earliestEffective(e.at, period)), {
      period,
    });
  },
);
