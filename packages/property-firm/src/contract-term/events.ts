import { bilingual, defineEvents } from '@jiayuan/core';
import { callAssemblySpec, commonSpecs, exitSpecs } from '../shared/catalog.js';
import * as E from '../shared/events.js';
import * as R from '../shared/rules.js';

/** The events of the contract-term procedure. */
export const contractTermEvents = defineEvents({
  ...commonSpecs,
  ...exitSpecs,
  CALL_ASSEMBLY: callAssemblySpec([R.renewBeforeExpiryRule<typeof E.CallAssemblySchema>()]),
  NOTIFY_NON_RENEWAL: {
    schema: E.NotifyNonRenewalSchema,
    roles: ['property-firm'],
    title: bilingual('书面通知不再续聘', 'Notify non-renewal'),
    description: bilingual(
      '物业服务企业在合同期限届满前九十日书面通知不再续聘',
      'The firm gives written notice 90 days before expiry that it will not renew',
    ),
    rules: [R.nonRenewalNoticeRule],
  },
  NOTIFY_RENEWAL_DECISION: {
    schema: E.NotifyRenewalDecisionSchema,
    roles: ['committee'],
    title: bilingual('书面通知续聘决定', 'Notify the renewal decision'),
    description: bilingual(
      '业主委员会将续聘决定书面通知物业服务企业',
      'The committee notifies the firm of the renewal decision in writing',
    ),
    rules: [R.renewBeforeExpiryRule<typeof E.NotifyRenewalDecisionSchema>()],
  },
  ACCEPT_RENEWAL: {
    schema: E.AcceptRenewalSchema,
    roles: ['property-firm'],
    title: bilingual('接受续聘', 'Accept renewal'),
    description: bilingual(
      '物业服务企业接受续聘，届满前重新签订合同',
      'The firm accepts; the contract is re-signed before expiry',
    ),
    rules: [R.renewBeforeExpiryRule<typeof E.AcceptRenewalSchema>()],
  },
  DECLINE_RENEWAL: {
    schema: E.DeclineRenewalSchema,
    roles: ['property-firm'],
    title: bilingual('拒绝续聘', 'Decline renewal'),
    description: bilingual('物业服务企业不接受续聘', 'The firm declines renewal'),
  },
  END_INDEFINITE_TERM: {
    schema: E.EndIndefiniteTermSchema,
    roles: ['committee', 'property-firm'],
    title: bilingual('解除不定期合同', 'End the indefinite term'),
    description: bilingual(
      '任何一方提前六十日书面通知解除不定期物业服务合同',
      'Either side ends the indefinite-term contract with 60 days’ written notice',
    ),
    rules: [R.indefiniteNoticeRule],
  },
});
