import { bilingual, defineCatalog, type EventOf, IdSchema, InstantSchema } from '@jiayuan/core';
import { exitEvents } from '../exit/catalog.js';
import { callAssemblyEvent, commonEvents } from '../vote/catalog.js';
import {
  anotherFirmRule,
  indefiniteNoticeRule,
  nonRenewalNoticeRule,
  renewBeforeExpiryRule,
  replaceBeforeExpiryRule,
} from './rules.js';

const id = IdSchema;

/**
 * The contract-term machine's events: each entry is the only definition of its event — payload,
 * who may send it, its rules (guards of the machine), the named actions it applies and its
 * articles.
 */
export const contractTermEvents = defineCatalog({
  ...commonEvents,
  ...exitEvents,
  CALL_ASSEMBLY: callAssemblyEvent([renewBeforeExpiryRule]),
  NOTIFY_NON_RENEWAL: {
    roles: ['property-firm'],
    title: bilingual('书面通知不再续聘', 'Notify non-renewal'),
    description: bilingual(
      '物业服务企业在合同期限届满前九十日书面通知不再续聘',
      'The firm gives written notice 90 days before expiry that it will not renew',
    ),
    rules: [nonRenewalNoticeRule],
    actions: ['clock', 'serveNotice'],
    cite: ['CC-947-2', 'SH-46-2'],
  },
  NOTIFY_RENEWAL_DECISION: {
    roles: ['committee'],
    title: bilingual('书面通知续聘决定', 'Notify the renewal decision'),
    description: bilingual(
      '业主委员会将续聘决定书面通知物业服务企业',
      'The committee notifies the firm of the renewal decision in writing',
    ),
    rules: [renewBeforeExpiryRule],
    actions: ['clock', 'serveNotice', 'notifyFirm'],
    cite: ['SH-46-1'],
  },
  ACCEPT_RENEWAL: {
    payload: { contractId: IdSchema, endsAt: InstantSchema },
    roles: ['property-firm'],
    title: bilingual('接受续聘', 'Accept renewal'),
    description: bilingual(
      '物业服务企业接受续聘，届满前重新签订合同',
      'The firm accepts; the contract is re-signed before expiry',
    ),
    rules: [renewBeforeExpiryRule],
    actions: ['clock', 'acceptRenewal'],
    cite: ['SH-46-1', 'CC-947-1'],
  },
  DECLINE_RENEWAL: {
    roles: ['property-firm'],
    title: bilingual('拒绝续聘', 'Decline renewal'),
    description: bilingual('物业服务企业不接受续聘', 'The firm declines renewal'),
    actions: ['clock', 'declineRenewal'],
    cite: ['SH-46-1'],
  },
  REPLACEMENT_DECIDED: {
    payload: { hiringProcessId: id, firmId: id },
    // The host's community coordinator sends it once it has seen the hiring process's vote pass.
    roles: ['system'],
    title: bilingual('业主大会决定另聘', 'Owners decide to hire another firm'),
    description: bilingual(
      '选聘流程中业主大会表决通过选聘另一物业服务企业：合同期限届满时原合同终止',
      'A hiring process’s owners’ vote chose another firm: the contract ends when its term does',
    ),
    rules: [replaceBeforeExpiryRule, anotherFirmRule],
    actions: ['clock', 'decideReplacement'],
    cite: ['SH-46-1', 'CC-948-1'],
  },
  NOTIFY_REPLACEMENT_DECISION: {
    roles: ['committee'],
    title: bilingual('书面通知另聘决定', 'Notify the replacement decision'),
    description: bilingual(
      '业主委员会在合同期限届满前将另聘决定书面通知物业服务企业',
      'The committee notifies the firm in writing, before expiry, that the owners hired another firm',
    ),
    rules: [replaceBeforeExpiryRule],
    // BJ 76 ¶1: where the profile says so, the hand-over counts from this notice.
    actions: ['clock', 'serveNotice', 'notifyFirm', 'openHandoverOnNotice'],
    cite: ['SH-46-1', 'BJ-76'],
  },
  END_INDEFINITE_TERM: {
    payload: { effectiveAt: InstantSchema },
    roles: ['committee', 'property-firm'],
    title: bilingual('解除不定期合同', 'End the indefinite term'),
    description: bilingual(
      '任何一方提前六十日书面通知解除不定期物业服务合同',
      'Either side ends the indefinite-term contract with 60 days’ written notice',
    ),
    rules: [indefiniteNoticeRule],
    // The committee's notice opens the hand-over where the profile counts it from the notice
    // (BJ 76 ¶1); the firm's own notice does not.
    actions: ['clock', 'serveNotice', 'openHandoverOnNotice'],
    cite: ['CC-948-2', 'SH-46-3', 'BJ-76'],
  },
});

/** The events the contract-term machine takes (from {@link contractTermEvents}). */
export type ContractTermEvent = EventOf<typeof contractTermEvents>;
