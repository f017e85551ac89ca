import { bilingual, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { exitState, handedOverState } from '../exit/state.js';
import { meta, state } from '../shared/meta.js';
import { rootHandlers, voteState } from '../vote/state.js';
import { dismissalEvents } from './catalog.js';
import { initialDismissalContext } from './context.js';
import { dismissalSetup } from './setup.js';

/** Where the dismissal machine's vote and hand-over lead. */
type DismissalTarget =
  | '#firmDismissal.decided'
  | '#firmDismissal.notDismissed'
  | '#firmDismissal.ended';

/**
 * Dismissal (解聘) of the property firm during its term (RULES FIRM-1, FIRM-8, FIRM-10, FIRM-11,
 * VOTE-11): proposal by the committee or an interim assembly forced by 20% of owners; the vote;
 * 60 days' written notice; termination; hand-over within 10 days; service until takeover.
 * Its events, roles and rules are `dismissalEvents`; send them with core's `dispatch`.
 */
export const dismissalMachine = withCatalog(
  dismissalSetup.createMachine({
    id: 'firmDismissal',
    context: ({ input }) => initialDismissalContext(input),
    initial: 'idle',
    ...state(
      '解聘物业服务企业',
      'Dismissing the property firm',
      ['CC-278-1-4', 'CC-946', 'JA-2-4-3'],
      bilingual(
        '业主解聘物业服务企业，企业办理移交并由新企业接替',
        'The owners dismiss their property firm, which then hands over and is replaced.',
      ),
    ),
    on: rootHandlers,
    states: {
      idle: {
        ...state(
          '在任物业服务',
          'firm serving',
          ['CC-278-1-4', 'CC-284', 'JA-2-4-3'],
          bilingual(
            '物业服务企业在任；业主委员会或百分之二十以上业主可以提议解聘',
            'The firm serves; the committee or 20% of owners may propose its dismissal.',
          ),
        ),
        on: {
          PROPOSE_DISMISSAL: {
            guard: 'PROPOSE_DISMISSAL',
            target: 'proposed',
            actions: ['clock', 'recordProposal'],
            meta: meta('业主委员会提议', 'committee proposes', ['CC-278-1-4', 'SH-36-16-report']),
          },
          REQUEST_INTERIM_ASSEMBLY: {
            guard: 'REQUEST_INTERIM_ASSEMBLY',
            target: 'proposed',
            actions: ['clock', 'recordProposal'],
            meta: meta('百分之二十以上业主提议', 'at least 20% of owners propose', [
              'SH-25',
              'PMR-13',
            ]),
          },
        },
      },
      proposed: {
        ...state(
          '已提议解聘',
          'dismissal proposed',
          ['SH-25', 'PMR-13'],
          bilingual(
            '已提议解聘，待召集业主大会表决',
            'Dismissal is proposed; the assembly is to be called on it.',
          ),
        ),
        on: {
          CALL_ASSEMBLY: {
            guard: 'CALL_ASSEMBLY',
            target: 'vote',
            actions: ['clock', { type: 'callAssembly', params: { question: 'dismiss-firm' } }],
            meta: meta('提前十五日通知召开', 'assembly called with 15 days’ notice', [
              'PMR-14',
              'SH-25-2',
              'SH-28-4',
            ]),
          },
          WITHDRAW_PROPOSAL: {
            guard: 'WITHDRAW_PROPOSAL',
            target: 'withdrawn',
            actions: ['clock'],
            meta: meta('撤回提议', 'proposal withdrawn', ['SH-25']),
          },
        },
      },
      vote: voteState<DismissalTarget>(
        'dismiss-firm',
        '#firmDismissal.decided',
        '#firmDismissal.notDismissed',
      ),
      decided: {
        ...state(
          '业主大会决定解聘',
          'assembly decided to dismiss',
          ['CC-946', 'SH-18-2'],
          bilingual(
            '业主大会决定解聘，待书面通知物业服务企业',
            'The owners decided to dismiss; written notice is to be served on the firm.',
          ),
        ),
        on: {
          SERVE_DISMISSAL_NOTICE: {
            guard: 'SERVE_DISMISSAL_NOTICE',
            target: 'noticeRunning',
            actions: ['clock', 'serveNotice', 'notifyFirm', 'openHandoverOnNotice'],
            meta: meta('提前六十日书面通知', '60 days’ written notice served', ['CC-946']),
          },
        },
      },
      noticeRunning: {
        ...state(
          '通知期',
          'notice period running',
          ['CC-946', 'CC-946-2'],
          bilingual(
            '通知期内，通知生效时合同解除',
            'The notice period runs; the contract ends when it takes effect.',
          ),
        ),
        on: {
          TICK: {
            guard: and(['TICK', 'noticeTakesEffect']),
            target: 'terminated',
            actions: ['clock', 'markMissed', 'terminate'],
            meta: meta('合同解除', 'contract terminated', ['CC-946', 'SH-50']),
          },
          // BJ 76 ¶1: the firm hands over within 30 days of receiving the notice, before the
          // contract's end.
          HAND_OVER_ITEM: {
            guard: 'HAND_OVER_ITEM',
            actions: ['clock', 'handOverItem'],
            meta: meta('接到通知后移交一项', 'one item handed over after the notice', ['BJ-76']),
          },
          COMPLETE_HANDOVER: {
            guard: and(['COMPLETE_HANDOVER', 'handoverRunning']),
            actions: ['clock', 'completeHandover'],
            meta: meta('通知期内移交完成', 'hand-over complete during the notice', ['BJ-76']),
          },
        },
      },
      terminated: exitState<DismissalTarget>('#firmDismissal.ended', { handoverOnNotice: true }),
      ended: handedOverState(),
      notDismissed: {
        type: 'final',
        ...state(
          '未决定解聘',
          'not dismissed',
          ['CC-278-2'],
          bilingual(
            '业主大会未决定解聘，企业继续服务',
            'The owners did not decide to dismiss; the firm stays.',
          ),
        ),
      },
      withdrawn: {
        type: 'final',
        ...state(
          '提议撤回',
          'withdrawn',
          ['SH-25'],
          bilingual('业主委员会撤回了解聘提议', 'The committee withdrew its proposal.'),
        ),
      },
    },
  }),
  dismissalEvents,
);
