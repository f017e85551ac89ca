import { bilingual, type CitationId, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { fundUseEvents } from './catalog.js';
import { initialFundUseContext } from './context.js';
import { fundUseSetup } from './setup.js';

const DECIDE: CitationId[] = ['CC-278-1', 'CC-278-2-ordinary', 'SH-69', 'SH-71-2'];
const tick = { guard: 'TICK', actions: ['clock'] } as const;

/**
 * One ordinary use of the maintenance fund (RULES FUND-1, FUND-2; SH 67, 69, 71): the repair
 * plan; the project price review and the procedure review (SH 67 ¶1); the owners' decision —
 * an assembly item by ordinary majority, a part's repair by that part's owners (SH 69), or,
 * before the assembly exists, the residents' committee's consultation of the owners concerned
 * (SH 71 ¶2); then the works and the posting of the costs drawn on the price review report.
 * The item goes to an assembly meeting through the emitted `put-to-owners` event and its result
 * comes back as `OWNERS_DECIDED`: the two machines never import each other.
 */
export const fundUseMachine = withCatalog(
  fundUseSetup.createMachine({
    id: 'fundUse',
    context: ({ input }) => initialFundUseContext(input),
    initial: 'planning',
    meta: {
      title: bilingual('专项维修资金使用', 'maintenance fund use'),
      legal: ['SH-67-1', 'SH-69', 'SH-71'],
    },
    states: {
      planning: {
        description:
          'No plan yet; before the developer reports for the assembly the fund is not used.',
        meta: { title: bilingual('拟定方案', 'planning'), legal: ['SH-71', 'SH-71-2'] },
        on: {
          TICK: tick,
          PROPOSE_PLAN: {
            guard: 'PROPOSE_PLAN',
            target: 'reviewing',
            actions: ['clock', 'recordPlan'],
            meta: { legal: ['SH-71', 'SH-71-2'] },
          },
        },
      },
      reviewing: {
        description:
          'The price review and the procedure review, then the plan is put to the owners.',
        meta: { title: bilingual('审价和程序审核', 'under review'), legal: ['SH-67-1'] },
        on: {
          TICK: tick,
          REVIEW_PRICE: {
            guard: 'REVIEW_PRICE',
            actions: ['clock', 'recordPriceReview'],
            meta: { legal: ['SH-67-1', 'SH-71-3'] },
          },
          REVIEW_PROCEDURE: {
            guard: 'REVIEW_PROCEDURE',
            actions: ['clock', 'recordProcedureReview'],
            meta: { legal: ['SH-67-1'] },
          },
          SUBMIT_TO_OWNERS: {
            guard: 'SUBMIT_TO_OWNERS',
            target: 'deciding',
            actions: ['clock', 'putToOwners'],
            meta: { legal: ['CC-278-1', 'SH-67-1', 'SH-71-2'] },
          },
        },
      },
      deciding: {
        description:
          "The owners decide: an assembly item, or the residents' committee's consultation.",
        meta: { title: bilingual('业主决定中', 'owners deciding'), legal: DECIDE },
        on: {
          TICK: tick,
          OWNERS_DECIDED: [
            {
              guard: and(['OWNERS_DECIDED', 'decisionPassed']),
              target: 'approved',
              actions: ['clock', 'recordDecision'],
              meta: { legal: DECIDE },
            },
            {
              guard: 'OWNERS_DECIDED',
              target: 'rejected',
              actions: ['clock', 'recordDecision'],
              meta: { legal: DECIDE },
            },
          ],
        },
      },
      approved: {
        description: 'The owners agreed; the firm organises the works.',
        meta: { title: bilingual('已同意', 'approved'), legal: ['SH-69', 'SH-71-2'] },
        on: {
          TICK: tick,
          START_WORKS: {
            guard: 'START_WORKS',
            target: 'executing',
            actions: ['clock', 'startWorks'],
            meta: { legal: ['SH-69', 'SH-71-2'] },
          },
        },
      },
      executing: {
        description:
          'The works are under way; the costs are drawn on the price review report and posted.',
        meta: { title: bilingual('实施中', 'executing'), legal: ['SH-67-1', 'SH-68'] },
        on: {
          TICK: tick,
          POST_COSTS: {
            guard: 'POST_COSTS',
            target: 'completed',
            actions: ['clock', 'postCosts'],
            meta: { legal: ['SH-67-1', 'SH-68', 'SH-71-3', 'SH-66'] },
          },
        },
      },
      completed: {
        type: 'final',
        description: 'The costs are drawn from the fund and posted.',
        meta: { title: bilingual('已列支并公布', 'costs posted'), legal: ['SH-68', 'SH-66'] },
      },
      rejected: {
        type: 'final',
        description: 'The owners did not agree; the fund is not used for this plan.',
        meta: { title: bilingual('未获同意', 'rejected'), legal: DECIDE },
      },
    },
  }),
  fundUseEvents,
);
