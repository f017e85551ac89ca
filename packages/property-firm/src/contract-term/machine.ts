import { bilingual, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { exitState, handedOverState } from '../exit/state.js';
import { meta, state } from '../shared/meta.js';
import { rootHandlers, voteState } from '../vote/state.js';
import { contractTermEvents } from './catalog.js';
import { initialContractTermContext } from './context.js';
import { contractTermSetup } from './setup.js';

/** Where the contract-term machine's vote and hand-over lead. */
type TermTarget =
  | '#firmContractTerm.renewalDecided'
  | '#firmContractTerm.inTerm'
  | '#firmContractTerm.ended';

/** The fixed term runs out with no renewal: the contract goes on for an indefinite term. */
const expiry = () =>
  ({
    guard: and(['TICK', 'termExpired']),
    target: 'holdover',
    actions: ['clock', 'markMissed'],
    meta: meta('期限届满未续聘，转为不定期', 'expired without decision: indefinite term', [
      'CC-948-1',
      'SH-46-3',
    ]),
  }) as const;

/**
 * The owners chose another firm through a hiring process (the coordinator's event), while the
 * fixed term runs (SH 46 ¶1).
 */
const replacement = () =>
  ({
    guard: 'REPLACEMENT_DECIDED',
    target: 'replacementDecided',
    actions: ['clock', 'decideReplacement'],
    meta: meta('届满前决定另聘', 'another firm hired before expiry', ['SH-46-1', 'CC-948-1']),
  }) as const;

/**
 * Where the profile counts the hand-over from the firm's receipt of the owners' notice (BJ 76
 * ¶1), the firm hands over while the notice runs, before the contract's end.
 */
const handoverOnNotice = () =>
  ({
    HAND_OVER_ITEM: {
      guard: 'HAND_OVER_ITEM',
      actions: ['clock', 'handOverItem'],
      meta: meta('接到通知后移交一项', 'one item handed over after the notice', ['BJ-76']),
    },
    COMPLETE_HANDOVER: {
      guard: and(['COMPLETE_HANDOVER', 'handoverRunning']),
      actions: ['clock', 'completeHandover'],
      meta: meta('通知期内移交完成', 'hand-over complete before the end', ['BJ-76']),
    },
  }) as const;

/** The term runs out after the owners hired another firm: the contract ends, hand-over (SH 50). */
const replacedAtExpiry = () =>
  ({
    guard: and(['TICK', 'termExpired']),
    target: 'exit',
    actions: ['clock', 'markMissed', 'terminate'],
    meta: meta('另聘，原合同期满终止', 'replaced: contract ends at expiry', [
      'SH-46-1',
      'CC-949',
      'SH-50',
    ]),
  }) as const;

/**
 * The contract's term (RULES FIRM-5..7, FIRM-9, FIRM-10): before expiry the owners renew (a vote
 * here, written notice to the firm) or hire another firm (a hiring process's vote, reported by
 * the coordinator, then written notice) and the contract ends at expiry; the firm's 90-day
 * non-renewal notice; with no decision, holdover into an indefinite term ended by 60 days'
 * notice; then hand-over and a temporary firm for at most 6 months.
 * Its events, roles and rules are `contractTermEvents`; send them with core's `dispatch`.
 */
export const contractTermMachine = withCatalog(
  contractTermSetup.createMachine({
    id: 'firmContractTerm',
    context: ({ input }) => initialContractTermContext(input),
    initial: 'inTerm',
    ...state(
      '物业服务合同期限',
      'Property service contract term',
      ['SH-46-1', 'CC-947-1', 'CC-948-1'],
      bilingual(
        '合同期限：届满前续聘或者另聘、企业不再续聘退出，或未作决定转为不定期合同',
        'A contract’s fixed term: renewed or replaced before it ends, left by the firm, or with no decision run on indefinitely.',
      ),
    ),
    on: rootHandlers,
    states: {
      inTerm: {
        ...state(
          '合同期内',
          'within the term',
          ['SH-46-1', 'CC-947-1'],
          bilingual(
            '合同期内：业主大会可以决定续聘或者另聘，企业可以不再续聘',
            'The contract runs; the owners may renew or hire another firm, the firm may decline to renew.',
          ),
        ),
        on: {
          NOTIFY_NON_RENEWAL: {
            guard: 'NOTIFY_NON_RENEWAL',
            target: 'firmLeaving',
            actions: ['clock', 'serveNotice'],
            meta: meta('企业提前九十日通知不续聘', 'firm gives 90 days’ non-renewal notice', [
              'CC-947-2',
              'SH-46-2',
            ]),
          },
          CALL_ASSEMBLY: {
            guard: 'CALL_ASSEMBLY',
            target: 'renewalVote',
            actions: ['clock', { type: 'callAssembly', params: { question: 'renew-firm' } }],
            meta: meta('届满前召集业主大会决定续聘', 'assembly called on renewal before expiry', [
              'SH-46-1',
              'PMR-14',
              'SH-28-4',
            ]),
          },
          REPLACEMENT_DECIDED: replacement(),
          TICK: expiry(),
        },
      },
      // A vote that does not pass decides neither renewal nor another firm (CC 948 ¶1).
      renewalVote: voteState<TermTarget, readonly ['decideRenewal'], readonly ['decideNothing']>(
        'renew-firm',
        '#firmContractTerm.renewalDecided',
        '#firmContractTerm.inTerm',
        { passed: ['decideRenewal'], failed: ['decideNothing'] },
      ),
      renewalDecided: {
        ...state(
          '业主大会决定续聘',
          'assembly decided to renew',
          ['SH-46-1', 'CC-947-1'],
          bilingual(
            '业主大会决定续聘，待书面通知企业',
            'The owners decided to renew; the firm is to be told in writing.',
          ),
        ),
        on: {
          NOTIFY_RENEWAL_DECISION: {
            guard: 'NOTIFY_RENEWAL_DECISION',
            target: 'awaitingFirm',
            actions: ['clock', 'serveNotice', 'notifyFirm'],
            meta: meta('书面通知企业', 'firm notified in writing', ['SH-46-1']),
          },
          TICK: expiry(),
        },
      },
      awaitingFirm: {
        ...state(
          '等待企业答复',
          'awaiting the firm',
          ['SH-46-1', 'CC-947-1'],
          bilingual(
            '待企业答复：届满前续订合同，或不接受续聘',
            'The firm answers: it renews before expiry, or declines.',
          ),
        ),
        on: {
          ACCEPT_RENEWAL: {
            guard: 'ACCEPT_RENEWAL',
            target: 'renewed',
            actions: ['clock', 'acceptRenewal'],
            meta: meta('届满前续订合同', 'contract renewed before expiry', ['SH-46-1', 'CC-947-1']),
          },
          DECLINE_RENEWAL: {
            guard: 'DECLINE_RENEWAL',
            target: 'firmLeaving',
            actions: ['clock', 'declineRenewal'],
            meta: meta('企业不接受续聘', 'firm declines', ['SH-46-1']),
          },
          TICK: expiry(),
        },
      },
      renewed: {
        type: 'final',
        ...state(
          '已续聘',
          'renewed',
          ['SH-46-1', 'CC-947-1'],
          bilingual('合同已续订', 'The contract is renewed.'),
        ),
      },
      firmLeaving: {
        ...state(
          '企业届满退出',
          'firm leaves at expiry',
          ['CC-947-2', 'SH-46-2'],
          bilingual('合同期限届满时企业退出', 'The firm leaves when the term ends.'),
        ),
        on: {
          REPLACEMENT_DECIDED: replacement(),
          TICK: {
            guard: and(['TICK', 'termExpired']),
            target: 'exit',
            actions: ['clock', 'markMissed', 'terminate'],
            meta: meta('合同期满终止', 'contract ends at expiry', ['SH-50', 'SH-52']),
          },
        },
      },
      replacementDecided: {
        ...state(
          '业主大会决定另聘',
          'owners decided to hire another firm',
          ['SH-46-1', 'CC-948-1'],
          bilingual(
            '业主大会已决定另聘物业服务企业，业主委员会在届满前书面通知原企业；原合同期满终止',
            'The owners hired another firm; the committee tells the firm in writing before expiry, and the contract ends with its term.',
          ),
        ),
        on: {
          NOTIFY_REPLACEMENT_DECISION: {
            guard: 'NOTIFY_REPLACEMENT_DECISION',
            target: 'replacementNotified',
            actions: ['clock', 'serveNotice', 'notifyFirm', 'openHandoverOnNotice'],
            meta: meta('书面通知企业另聘决定', 'firm notified of the replacement in writing', [
              'SH-46-1',
            ]),
          },
          // The decision, not the notice, keeps the contract from running on (CC 948 ¶1).
          TICK: replacedAtExpiry(),
        },
      },
      replacementNotified: {
        ...state(
          '已书面通知另聘',
          'firm notified of the replacement',
          ['SH-46-1', 'CC-949'],
          bilingual(
            '原企业已收到另聘决定的书面通知，合同期满终止并办理交接',
            'The firm has the written notice; the contract ends with its term and the hand-over follows.',
          ),
        ),
        on: { TICK: replacedAtExpiry(), ...handoverOnNotice() },
      },
      holdover: {
        ...state(
          '不定期合同',
          'indefinite term (holdover)',
          ['CC-948-1', 'SH-46-3'],
          bilingual(
            '合同转为不定期，任何一方可以通知解除',
            'The contract runs on for an indefinite term; either side may end it.',
          ),
        ),
        on: {
          END_INDEFINITE_TERM: {
            guard: 'END_INDEFINITE_TERM',
            target: 'holdoverEnding',
            actions: ['clock', 'serveNotice', 'openHandoverOnNotice'],
            meta: meta('提前六十日书面通知解除', '60 days’ notice to end', ['CC-948-2', 'SH-46-3']),
          },
        },
      },
      holdoverEnding: {
        ...state(
          '解除通知期',
          'notice running',
          ['CC-948-2', 'SH-46-3'],
          bilingual('解除不定期合同的通知期内', 'The notice to end the indefinite term runs.'),
        ),
        on: {
          TICK: {
            guard: and(['TICK', 'noticeTakesEffect']),
            target: 'exit',
            actions: ['clock', 'markMissed', 'terminate'],
            meta: meta('不定期合同解除', 'indefinite term ended', ['CC-948-2', 'SH-50']),
          },
          ...handoverOnNotice(),
        },
      },
      exit: exitState<TermTarget>('#firmContractTerm.ended', { handoverOnNotice: true }),
      ended: handedOverState(),
    },
  }),
  contractTermEvents,
);
