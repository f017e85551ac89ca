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
 * The contract's term (RULES FIRM-5..7, FIRM-9, FIRM-10): the renewal vote before expiry with
 * written notice to the firm; the firm's 90-day non-renewal notice; holdover into an indefinite
 * term ended by 60 days' notice; then hand-over and a temporary firm for at most 6 months.
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
        '合同期限：届满前续聘、企业不再续聘退出，或转为不定期合同',
        'A contract’s fixed term: renewed before it ends, left by the firm, or run on indefinitely.',
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
            '合同期内：业主大会可以决定续聘，企业可以不再续聘',
            'The contract runs; the owners may vote to renew, the firm may decline to.',
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
          TICK: expiry(),
        },
      },
      renewalVote: voteState<TermTarget>(
        'renew-firm',
        '#firmContractTerm.renewalDecided',
        '#firmContractTerm.inTerm',
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
          TICK: {
            guard: and(['TICK', 'termExpired']),
            target: 'exit',
            actions: ['clock', 'markMissed', 'terminate'],
            meta: meta('合同期满终止', 'contract ends at expiry', ['SH-50', 'SH-52']),
          },
        },
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
            actions: ['clock', 'serveNotice'],
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
        },
      },
      exit: exitState<TermTarget>('#firmContractTerm.ended'),
      ended: handedOverState(),
    },
  }),
  contractTermEvents,
);
