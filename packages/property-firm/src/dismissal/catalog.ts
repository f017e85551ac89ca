import { bilingual, defineCatalog, type EventOf, InstantSchema } from '@jiayuan/core';
import { z } from 'zod';
import { exitEvents } from '../exit/catalog.js';
import { callAssemblyEvent, commonEvents } from '../vote/catalog.js';
import { dismissalNoticeRule, interimShareRule, withdrawOwnRule } from './rules.js';

/**
 * The dismissal machine's events: each entry is the only definition of its event — payload, who
 * may send it, its rules (guards of the machine), the named actions it applies and its articles.
 */
export const dismissalEvents = defineCatalog({
  ...commonEvents,
  ...exitEvents,
  CALL_ASSEMBLY: callAssemblyEvent([]),
  PROPOSE_DISMISSAL: {
    roles: ['committee'],
    title: bilingual('提议解聘', 'Propose dismissal'),
    description: bilingual(
      '业主委员会提议解聘物业服务企业',
      'The committee proposes to dismiss the firm',
    ),
    actions: ['clock', 'recordProposal'],
    cite: ['CC-278-1-4'],
  },
  REQUEST_INTERIM_ASSEMBLY: {
    payload: { proposers: z.array(z.string().min(1)).min(1).max(100_000) },
    roles: ['owner'],
    title: bilingual('业主提议召开临时会议', 'Owners request an interim assembly'),
    description: bilingual(
      '百分之二十以上业主提议召开业主大会临时会议解聘物业',
      'At least 20% of owners propose an interim assembly to dismiss the firm',
    ),
    rules: [interimShareRule],
    actions: ['clock', 'recordProposal'],
    cite: ['SH-25', 'PMR-13'],
  },
  WITHDRAW_PROPOSAL: {
    roles: ['committee'],
    title: bilingual('撤回提议', 'Withdraw the proposal'),
    description: bilingual(
      '业主委员会撤回自己的解聘提议',
      'The committee withdraws its own proposal',
    ),
    rules: [withdrawOwnRule],
    actions: ['clock'],
    cite: ['SH-25'],
  },
  SERVE_DISMISSAL_NOTICE: {
    payload: { effectiveAt: InstantSchema },
    roles: ['committee'],
    title: bilingual('书面通知解聘', 'Serve written notice of dismissal'),
    description: bilingual(
      '业主大会决定解聘后，提前六十日书面通知物业服务企业',
      'After the decision, the committee gives the firm 60 days’ written notice',
    ),
    rules: [dismissalNoticeRule],
    actions: ['clock', 'serveNotice', 'notifyFirm', 'openHandoverOnNotice'],
    cite: ['CC-946'],
  },
});

/** The events the dismissal machine takes (from {@link dismissalEvents}). */
export type DismissalEvent = EventOf<typeof dismissalEvents>;
