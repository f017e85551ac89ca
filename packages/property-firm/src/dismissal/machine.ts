import { withCatalog } from '@jiayuan/core';
import { meta } from '../shared/meta.js';
import { contextFromInput, firmSetup } from '../shared/setup.js';
import { exitState, rootHandlers, voteState } from '../shared/states.js';
import { dismissalEvents } from './events.js';

/** The dismissal machine's definition, before its catalog is attached. */
export const dismissalDefinition = firmSetup.createMachine({
  id: 'firmDismissal',
  context: contextFromInput,
  initial: 'idle',
  meta: meta('解聘物业服务企业', 'Dismissing the property firm', [
    'CC-278-1-4',
    'CC-946',
    'JA-2-4-3',
  ]),
  on: rootHandlers,
  states: {
    idle: {
      meta: meta('在任物业服务', 'firm serving', ['CC-278-1-4', 'CC-284', 'JA-2-4-3']),
      on: {
        PROPOSE_DISMISSAL: {
          target: 'proposed',
          actions: ['advanceClock', 'recordProposal'],
          meta: meta('业主委员会提议', 'committee proposes', ['CC-278-1-4', 'SH-36-16-report']),
        },
        REQUEST_INTERIM_ASSEMBLY: {
          guard: 'interimShareMet',
          target: 'proposed',
          actions: ['advanceClock', 'recordProposal'],
          meta: meta('百分之二十以上业主提议', 'at least 20% of owners propose', [
            'SH-25',
            'PMR-13',
          ]),
        },
      },
    },
    proposed: {
      meta: meta('已提议解聘', 'dismissal proposed', ['SH-25', 'PMR-13']),
      on: {
        CALL_ASSEMBLY: {
          guard: 'callAllowed',
          target: 'vote',
          actions: ['advanceClock', { type: 'callAssembly', params: { question: 'dismiss-firm' } }],
          meta: meta('提前十五日通知召开', 'assembly called with 15 days’ notice', [
            'PMR-14',
            'SH-25-2',
            'SH-28-4',
          ]),
        },
        WITHDRAW_PROPOSAL: {
          guard: 'ownProposal',
          target: 'withdrawn',
          actions: ['advanceClock'],
          meta: meta('撤回提议', 'proposal withdrawn', ['SH-25']),
        },
      },
    },
    vote: voteState('#firmDismissal.decided', '#firmDismissal.notDismissed'),
    decided: {
      meta: meta('业主大会决定解聘', 'assembly decided to dismiss', ['CC-946', 'SH-18-2']),
      on: {
        SERVE_DISMISSAL_NOTICE: {
          guard: 'dismissalNoticeMet',
          target: 'noticeRunning',
          actions: [
            'advanceClock',
            { type: 'serveNotice', params: { kind: 'dismissal' } },
            { type: 'notifyFirm', params: { about: 'dismissal' } },
          ],
          meta: meta('提前六十日书面通知', '60 days’ written notice served', ['CC-946']),
        },
      },
    },
    noticeRunning: {
      meta: meta('通知期', 'notice period running', ['CC-946', 'CC-946-2']),
      on: {
        TICK: {
          guard: 'noticeTakesEffect',
          target: 'terminated',
          actions: ['advanceClock', 'markMissed', 'terminate'],
          meta: meta('合同解除', 'contract terminated', ['CC-946', 'SH-50']),
        },
      },
    },
    terminated: exitState('#firmDismissal.ended'),
    ended: { type: 'final', meta: meta('交接完成', 'handed over', ['SH-50', 'CC-950']) },
    notDismissed: { type: 'final', meta: meta('未决定解聘', 'not dismissed', ['CC-278-2']) },
    withdrawn: { type: 'final', meta: meta('提议撤回', 'withdrawn', ['SH-25']) },
  },
});

/**
 * Dismissal (解聘) of the property firm during its term (RULES FIRM-1, FIRM-8, FIRM-10, FIRM-11,
 * VOTE-11): proposal by the committee or an interim assembly forced by 20% of owners; the vote;
 * 60 days' written notice; termination; hand-over within 10 days; service until takeover.
 * Send events with core's `dispatch`.
 */
export const dismissalMachine = withCatalog(dismissalDefinition, dismissalEvents);
