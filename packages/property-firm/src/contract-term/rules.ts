import { noticePeriodOf } from '../shared/context.js';
import { shortNotice } from '../shared/messages.js';
import { earliestEffective, endNoticeMet } from '../shared/notice.js';
import { firmRule, ms, type On, refuse, type Sent } from '../shared/rule.js';
import type { ContractTermContext } from './context.js';

type Term<K extends keyof ContractTermContext> = On<Pick<ContractTermContext, K>>;

/** FIRM-6: the firm's non-renewal notice 90 days before expiry, or the contract's own (CC 947 ¶2). */
export const nonRenewalNoticeRule = firmRule(
  'non-renewal-notice',
  ['CC-947-2', 'SH-46-2'],
  ({ context: c }: Term<'profile' | 'contract'>, e: Sent) => {
    const endsAt = c.contract.endsAt;
    if (endsAt === undefined) return true;
    const period = noticePeriodOf(c, 'non-renewal');
    if (endNoticeMet(e.at, endsAt, period)) return true;
    return refuse(shortNotice(e.at, endsAt, period, earliestEffective(e.at, period)), { period });
  },
);

/**
 * FIRM-5: the renewal vote closes, the firm is notified and the contract is renewed before
 * expiry (SH 46 ¶1): a call's voting window, or the event itself, ends before the term does.
 */
export const renewBeforeExpiryRule = firmRule(
  'renew-before-expiry',
  ['SH-46-1', 'CC-947-1'],
  ({ context: c }: Term<'contract'>, e: Sent & { readonly closesAt?: string }) => {
    const endsAt = c.contract.endsAt;
    if (endsAt === undefined) return true;
    return ms(e.closesAt ?? e.at) < ms(endsAt);
  },
);

/**
 * FIRM-7: 60 days' notice to end the indefinite term (CC 948 ¶2, SH 46 ¶3): it ends no earlier
 * than 24:00 of the period's last day (CC 201–203).
 */
export const indefiniteNoticeRule = firmRule(
  'indefinite-notice',
  ['CC-948-2', 'SH-46-3'],
  ({ context: c }: Term<'profile'>, e: Sent & { readonly effectiveAt: string }) => {
    const period = c.profile.firm.indefiniteTermNotice.period;
    if (endNoticeMet(e.at, e.effectiveAt, period)) return true;
    return refuse(shortNotice(e.at, e.effectiveAt, period, earliestEffective(e.at, period)), {
      period,
    });
  },
);
