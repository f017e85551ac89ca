import { bilingual, defineEvents } from '@jiayuan/core';
import { callAssemblySpec, commonSpecs, exitSpecs } from '../shared/catalog.js';
import * as E from '../shared/events.js';
import * as R from '../shared/rules.js';

/** The events of the dismissal procedure, who may send them and the rules that explain refusals. */
export const dismissalEvents = defineEvents({
  ...commonSpecs,
  ...exitSpecs,
  CALL_ASSEMBLY: callAssemblySpec(),
  PROPOSE_DISMISSAL: {
    schema: E.ProposeDismissalSchema,
    roles: ['committee'],
    title: bilingual('提议解聘', 'Propose dismissal'),
    description: bilingual(
      '业主委员会提议解聘物业服务企业',
      'The committee proposes to dismiss the firm',
    ),
  },
  REQUEST_INTERIM_ASSEMBLY: {
    schema: E.RequestInterimAssemblySchema,
    roles: ['owner'],
    title: bilingual('业主提议召开临时会议', 'Owners request an interim assembly'),
    description: bilingual(
      '百分之二十以上业主提议召开业主大会临时会议解聘物业',
      'At least 20% of owners propose an interim assembly to dismiss the firm',
    ),
    rules: [R.interimShareRule],
  },
  WITHDRAW_PROPOSAL: {
    schema: E.WithdrawProposalSchema,
    roles: ['committee'],
    title: bilingual('撤回提议', 'Withdraw the proposal'),
    description: bilingual(
      '业主委员会撤回自己的解聘提议',
      'The committee withdraws its own proposal',
    ),
    rules: [R.withdrawOwnRule],
  },
  SERVE_DISMISSAL_NOTICE: {
    schema: E.ServeDismissalNoticeSchema,
    roles: ['committee'],
    title: bilingual('书面通知解聘', 'Serve written notice of dismissal'),
    description: bilingual(
      '业主大会决定解聘后，提前六十日书面通知物业服务企业',
      'After the decision, the committee gives the firm 60 days’ written notice',
    ),
    rules: [R.dismissalNoticeRule],
  },
});
