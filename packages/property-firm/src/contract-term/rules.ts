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
 * FIRM-5: the owners' decision to hire another firm (另聘), and the committee's written notice of
 * it, come while the fixed term runs (SH 46 ¶1 "物业服务合同期限届满前…作出续聘或者另聘…的决定，并将
 * 决定书面通知"); at expiry with no decision the contract runs on indefinitely (CC 948 ¶1).
 */
export const replaceBeforeExpiryRule = firmRule(
  'replace-before-expiry',
  ['SH-46-1', 'CC-948-1'],
  ({ context: c }: Term<'contract'>, e: Sent) => {
    const endsAt = c.contract.endsAt;
    if (endsAt === undefined) return true;
    return ms(e.at) < ms(endsAt);
  },
);

/** FIRM-5: 另聘 names a firm other than the one in place; choosing it again is a renewal (SH 46 ¶1). */
export const anotherFirmRule = firmRule(
  'another-firm',
  ['SH-46-1'],
  ({ context: c }: Term<'firm'>, e: { readonly firmId: string }) =>
    c.firm === null || c.firm.id !== e.firmId,
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
