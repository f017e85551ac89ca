import { withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { meta } from '../shared/meta.js';
import { contextFromInput, firmSetup } from '../shared/setup.js';
import { rootHandlers, voteState } from '../shared/states.js';
import { hiringEvents } from './events.js';

/** The hiring machine's definition, before its catalog is attached. */
export const hiringDefinition = firmSetup.createMachine({
  id: 'firmHiring',
  context: contextFromInput,
  initial: 'start',
  meta: meta('选聘物业服务企业', 'Hiring the property firm', [
    'CC-278-1-4',
    'SH-39',
    'SH-40',
    'JA-2-4-3',
  ]),
  on: rootHandlers,
  states: {
    start: {
      meta: meta('开始', 'start', ['SH-39', 'SH-40']),
      always: [
        {
          guard: 'isEarlyStage',
          target: 'selection',
          meta: meta('前期物业由建设单位招标', 'early stage: developer tenders', [
            'SH-40',
            'PMR-24',
          ]),
        },
        { target: 'plan', meta: meta('业主选聘', 'owners select', ['SH-39']) },
      ],
    },
    plan: {
      initial: 'drafting',
      meta: meta('选聘方案', 'selection plan', ['SH-39', 'SH-39-2']),
      on: {
        // Refused by the catalog rule `plan-first` until the plan is approved and posted.
        RECORD_BID: { guard: 'planPosted', actions: 'advanceClock' },
        CHOOSE_FIRM: { guard: 'planPosted', actions: 'advanceClock' },
      },
      states: {
        drafting: {
          meta: meta('拟订方案', 'drafting the plan', ['SH-39']),
          on: {
            DRAFT_PLAN: {
              target: 'drafted',
              actions: ['advanceClock', 'draftPlan'],
              meta: meta('方案拟订', 'plan drafted', ['SH-39']),
            },
            // Refused by the catalog rule `plan-first`: no plan to vote on yet.
            CALL_ASSEMBLY: { guard: 'planDrafted', actions: 'advanceClock' },
          },
        },
        drafted: {
          meta: meta('方案待表决', 'plan awaiting the vote', ['SH-39', 'SH-39-2']),
          on: {
            DRAFT_PLAN: { actions: ['advanceClock', 'draftPlan'] },
            CALL_ASSEMBLY: {
              guard: 'callAllowed',
              target: 'vote',
              actions: [
                'advanceClock',
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
        vote: voteState('#firmHiring.plan.approved', '#firmHiring.plan.drafted'),
        approved: {
          meta: meta('方案通过', 'plan approved', ['SH-39-2']),
          on: {
            POST_PLAN: {
              target: '#firmHiring.selection',
              actions: ['advanceClock', 'postPlan'],
              meta: meta('公告方案', 'plan posted', ['SH-39-2']),
            },
          },
        },
      },
    },
    selection: {
      meta: meta('招投标或协商', 'tender or negotiation', ['SH-40', 'SH-40-3', 'PMR-24']),
      on: {
        RECORD_BID: {
          guard: 'bidAllowed',
          actions: ['advanceClock', 'recordBid'],
          meta: meta('记录投标', 'bid recorded', ['SH-40', 'SH-40-3']),
        },
        APPROVE_NEGOTIATION: {
          guard: 'approvalAllowed',
          actions: ['advanceClock', 'approveNegotiation'],
          meta: meta('区房管部门批准协议选聘', 'district approves negotiation', ['PMR-24']),
        },
        CHOOSE_FIRM: [
          {
            guard: and(['choiceAllowed', 'isEarlyStage']),
            target: 'contracting',
            actions: ['advanceClock', 'chooseFirm'],
            meta: meta('建设单位选定前期物业', 'developer chooses the early-stage firm', [
              'SH-40',
              'PMR-24',
            ]),
          },
          {
            guard: 'choiceAllowed',
            target: 'firmChosen',
            actions: ['advanceClock', 'chooseFirm'],
            meta: meta('选定拟聘企业', 'firm chosen for the vote', ['SH-40']),
          },
        ],
      },
    },
    firmChosen: {
      meta: meta('拟聘企业待表决', 'chosen firm awaiting the vote', ['CC-278-1-4', 'SH-40']),
      on: {
        CALL_ASSEMBLY: {
          guard: 'callAllowed',
          target: 'firmVote',
          actions: ['advanceClock', { type: 'callAssembly', params: { question: 'choose-firm' } }],
          meta: meta('召集业主大会表决选聘', 'assembly called on the firm', [
            'CC-278-1-4',
            'PMR-14',
            'SH-28-4',
          ]),
        },
      },
    },
    firmVote: voteState('#firmHiring.contracting', '#firmHiring.selection'),
    contracting: {
      meta: meta('签订合同', 'signing the contract', ['SH-44', 'SH-40']),
      on: {
        SIGN_CONTRACT: {
          guard: 'signingAllowed',
          target: 'filing',
          actions: ['advanceClock', 'signContract'],
          meta: meta('签订合同；前期合同终止', 'contract signed; early-stage contract ends', [
            'SH-44',
            'CC-940',
          ]),
        },
      },
    },
    filing: {
      meta: meta('合同备案（三十日内）', 'filing the contract (30 days)', ['SH-44']),
      on: {
        FILE_CONTRACT: {
          target: 'hired',
          actions: ['advanceClock', 'fileContract'],
          meta: meta('报房管机构备案', 'filed with the housing office', ['SH-44']),
        },
      },
    },
    hired: { type: 'final', meta: meta('选聘完成', 'hired', ['SH-44', 'CC-940']) },
  },
});

/**
 * Hiring (选聘) a property firm (RULES FIRM-1..4, FIRM-11, FIRM-12): the selection plan and its
 * vote and posting, tender or negotiation, the vote on the chosen firm, signing and filing within
 * 30 days; or, with `stage: 'early-stage'`, the developer's tender with PMR 24's three-bidder rule.
 */
export const hiringMachine = withCatalog(hiringDefinition, hiringEvents);
