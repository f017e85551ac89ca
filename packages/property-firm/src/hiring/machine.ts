import { bilingual, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { meta, state } from '../shared/meta.js';
import { rootHandlers, voteState } from '../vote/state.js';
import { hiringEvents } from './catalog.js';
import { initialHiringContext } from './context.js';
import { hiringSetup } from './setup.js';

/** Where the hiring machine's votes lead. */
type HiringVoteTarget =
  | '#firmHiring.plan.approved'
  | '#firmHiring.plan.drafted'
  | '#firmHiring.contracting'
  | '#firmHiring.selection';

/**
 * Hiring (选聘) a property firm (RULES FIRM-1..4, FIRM-11, FIRM-12): the selection plan and its
 * vote and posting, tender or negotiation, the vote on the chosen firm, signing and filing within
 * 30 days; or, with `stage: 'early-stage'`, the developer's tender with PMR 24's three-bidder rule.
 * Its events, roles and rules are `hiringEvents`; send them with core's `dispatch`.
 */
export const hiringMachine = withCatalog(
  hiringSetup.createMachine({
    id: 'firmHiring',
    context: ({ input }) => initialHiringContext(input),
    initial: 'start',
    ...state(
      '选聘物业服务企业',
      'Hiring the property firm',
      ['CC-278-1-4', 'SH-39', 'SH-40', 'JA-2-4-3'],
      bilingual(
        '选定物业服务企业，经业主大会表决，签订合同并备案',
        'A property firm is selected, voted on, contracted and the contract filed.',
      ),
    ),
    on: rootHandlers,
    states: {
      start: {
        ...state(
          '开始',
          'start',
          ['SH-39', 'SH-40'],
          bilingual(
            '业主按选聘方案选聘；前期物业由建设单位招标',
            'The owners select through a plan; the developer tenders the early stage.',
          ),
        ),
        always: [
          {
            guard: 'isEarlyStage',
            target: 'selection',
            meta: meta('前期物业由建设单位招标', 'early stage: developer tenders', [
              'SH-40',
              'PMR-24',
            ]),
          },
          {
            // BJ 64 and the national texts have no selection plan: the owners' selection starts
            // at the tender or negotiation itself.
            guard: 'noPlanRequired',
            target: 'selection',
            meta: meta('无选聘方案，直接选聘', 'no plan: selection starts', [
              'BJ-64',
              'CC-278-1-4',
            ]),
          },
          { target: 'plan', meta: meta('业主选聘', 'owners select', ['SH-39']) },
        ],
      },
      plan: {
        initial: 'drafting',
        ...state(
          '选聘方案',
          'selection plan',
          ['SH-39', 'SH-39-2'],
          bilingual(
            '业主委员会拟订选聘方案，经业主大会表决通过后公告',
            'The committee drafts the selection plan, the owners vote on it, it is posted.',
          ),
        ),
        on: {
          // Never taken (no plan is posted while in `plan`): here so that a bid or a choice
          // before the posting is refused by the rule `plan-first`, not as out of place.
          RECORD_BID: {
            guard: and(['RECORD_BID', 'planPosted']),
            actions: ['clock', 'recordBid'],
          },
          CHOOSE_FIRM: {
            guard: and(['CHOOSE_FIRM', 'planPosted']),
            actions: ['clock', 'chooseFirm'],
          },
        },
        states: {
          drafting: {
            ...state(
              '拟订方案',
              'drafting the plan',
              ['SH-39'],
              bilingual('尚未拟订方案', 'No plan yet.'),
            ),
            on: {
              DRAFT_PLAN: {
                guard: 'DRAFT_PLAN',
                target: 'drafted',
                actions: ['clock', 'draftPlan'],
                meta: meta('方案拟订', 'plan drafted', ['SH-39']),
              },
              // Never taken (no plan while drafting): a call is refused by `plan-first`.
              CALL_ASSEMBLY: {
                guard: and(['CALL_ASSEMBLY', 'planDrafted']),
                actions: [
                  'clock',
                  { type: 'callAssembly', params: { question: 'selection-plan' } },
                ],
              },
            },
          },
          drafted: {
            ...state(
              '方案待表决',
              'plan awaiting the vote',
              ['SH-39', 'SH-39-2'],
              bilingual(
                '方案已拟订，待业主大会表决；可重新拟订',
                'A plan is drafted and awaits the owners’ vote; it may be redrafted.',
              ),
            ),
            on: {
              DRAFT_PLAN: { guard: 'DRAFT_PLAN', actions: ['clock', 'draftPlan'] },
              CALL_ASSEMBLY: {
                guard: 'CALL_ASSEMBLY',
                target: 'vote',
                actions: [
                  'clock',
                  { type: 'callAssembly', params: { question: 'selection-plan' } },
                ],
                meta: meta('召集业主大会表决方案', 'assembly called on the plan', [
                  'SH-39-2',
                  'PMR-14',
                  'SH-28-4',
                ]),
              },
            },
          },
          vote: voteState<HiringVoteTarget>(
            'selection-plan',
            '#firmHiring.plan.approved',
            '#firmHiring.plan.drafted',
          ),
          approved: {
            ...state(
              '方案通过',
              'plan approved',
              ['SH-39-2'],
              bilingual(
                '业主大会通过方案，待公告',
                'The owners approved the plan; it is to be posted.',
              ),
            ),
            on: {
              POST_PLAN: {
                guard: 'POST_PLAN',
                target: '#firmHiring.selection',
                actions: ['clock', 'postPlan'],
                meta: meta('公告方案', 'plan posted', ['SH-39-2']),
              },
            },
          },
        },
      },
      selection: {
        ...state(
          '招投标或协商',
          'tender or negotiation',
          ['SH-40', 'SH-40-3', 'PMR-24'],
          bilingual(
            '通过招投标或协商取得投标，并从中选定企业',
            'Bids are taken by tender or negotiation and a firm is chosen among them.',
          ),
        ),
        on: {
          RECORD_BID: {
            guard: 'RECORD_BID',
            actions: ['clock', 'recordBid'],
            meta: meta('记录投标', 'bid recorded', ['SH-40', 'SH-40-3']),
          },
          APPROVE_NEGOTIATION: {
            guard: 'APPROVE_NEGOTIATION',
            actions: ['clock', 'approveNegotiation'],
            meta: meta('区房管部门批准协议选聘', 'district approves negotiation', ['PMR-24']),
          },
          CHOOSE_FIRM: [
            {
              guard: and(['CHOOSE_FIRM', 'isEarlyStage']),
              target: 'contracting',
              actions: ['clock', 'chooseFirm'],
              meta: meta('建设单位选定前期物业', 'developer chooses the early-stage firm', [
                'SH-40',
                'PMR-24',
              ]),
            },
            {
              guard: 'CHOOSE_FIRM',
              target: 'firmChosen',
              actions: ['clock', 'chooseFirm'],
              meta: meta('选定拟聘企业', 'firm chosen for the vote', ['SH-40']),
            },
          ],
        },
      },
      firmChosen: {
        ...state(
          '拟聘企业待表决',
          'chosen firm awaiting the vote',
          ['CC-278-1-4', 'SH-40'],
          bilingual('拟聘企业待业主大会表决', 'The chosen firm awaits the owners’ vote.'),
        ),
        on: {
          CALL_ASSEMBLY: {
            guard: 'CALL_ASSEMBLY',
            target: 'firmVote',
            actions: ['clock', { type: 'callAssembly', params: { question: 'choose-firm' } }],
            meta: meta('召集业主大会表决选聘', 'assembly called on the firm', [
              'CC-278-1-4',
              'PMR-14',
              'SH-28-4',
            ]),
          },
        },
      },
      firmVote: voteState<HiringVoteTarget>(
        'choose-firm',
        '#firmHiring.contracting',
        '#firmHiring.selection',
      ),
      contracting: {
        ...state(
          '签订合同',
          'signing the contract',
          ['SH-44', 'SH-40'],
          bilingual(
            '与业主大会（或建设单位）选定的企业签订合同',
            'The contract is signed with the firm the owners (or the developer) chose.',
          ),
        ),
        on: {
          SIGN_CONTRACT: {
            guard: 'SIGN_CONTRACT',
            target: 'filing',
            actions: ['clock', 'signContract'],
            meta: meta('签订合同；前期合同终止', 'contract signed; early-stage contract ends', [
              'SH-44',
              'CC-940',
            ]),
          },
        },
      },
      filing: {
        ...state(
          '合同备案',
          'filing the contract',
          ['SH-44'],
          bilingual(
            '物业服务企业自签订之日起在配置规定的期限内将合同报房管机构备案',
            "The firm files the signed contract with the housing office within the profile's period.",
          ),
        ),
        on: {
          FILE_CONTRACT: {
            guard: 'FILE_CONTRACT',
            target: 'hired',
            actions: ['clock', 'fileContract'],
            meta: meta('报房管机构备案', 'filed with the housing office', ['SH-44']),
          },
        },
      },
      hired: {
        type: 'final',
        ...state(
          '选聘完成',
          'hired',
          ['SH-44', 'CC-940'],
          bilingual('企业已选聘，合同已备案', 'The firm is hired and its contract filed.'),
        ),
      },
    },
  }),
  hiringEvents,
);
