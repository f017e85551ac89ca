import { bilingual, type CitationId, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { fundEmergencyEvents } from './catalog.js';
import { initialFundEmergencyContext } from './context.js';
import { fundEmergencySetup } from './setup.js';

const REPORT: CitationId[] = ['SH-73-1', 'SH-73-2', 'SH-73-3', 'CC-281-2'];
const tick = { guard: 'TICK', actions: ['clock', 'markMissed'] } as const;
// SH 73 ¶1: immediate measures whatever the stage, before or with the report, plan or none.
const measures = {
  guard: 'TAKE_MEASURES',
  actions: ['clock', 'recordMeasures'],
  meta: { legal: ['SH-73-1'] as CitationId[] },
} as const;
const substitute = {
  guard: 'SUBSTITUTE_REPAIR',
  target: '#fundEmergency.substituteRepair',
  actions: ['clock', 'substitute'],
  meta: { legal: ['SH-73-3', 'SH-73-3-substitute'] as CitationId[] },
} as const;
const draw = {
  guard: 'DRAW_COSTS',
  target: 'drawn',
  actions: ['clock', 'drawCosts'],
  meta: { legal: ['SH-73-3', 'SH-73-3-substitute', 'SH-68'] as CitationId[] },
} as const;

/**
 * One emergency repair from the maintenance fund (RULES FUND-3..5; SH 73): the firm's immediate
 * measures from the start (SH 73 ¶1, whatever the stage); a listed emergency (SH 73 ¶2) and the
 * firm's plan, reported to the committee and the housing office; the
 * committee's review within the profile's period (SH 73 ¶3: 7 days, a deadline in
 * `context.deadlines`) — approval, or a refusal with reasons after which the firm may revise the
 * plan while the same period runs on —, or the housing office's before the assembly exists; when the committee
 * has not approved in time and safety is affected, the district housing department's substitute
 * repair; the costs drawn on the price review report (and, for a substitute repair, the
 * district's withdrawal notice).
 */
export const fundEmergencyMachine = withCatalog(
  fundEmergencySetup.createMachine({
    id: 'fundEmergency',
    context: ({ input }) => initialFundEmergencyContext(input),
    initial: 'arising',
    meta: { title: bilingual('专项维修资金应急使用', 'emergency use of the fund'), legal: REPORT },
    states: {
      arising: {
        description:
          'The firm takes emergency measures and draws up the plan for a listed emergency.',
        meta: { title: bilingual('紧急情况', 'emergency'), legal: ['SH-73-1', 'SH-73-2'] },
        on: {
          TICK: tick,
          TAKE_MEASURES: measures,
          REPORT_EMERGENCY: [
            {
              guard: and(['REPORT_EMERGENCY', 'assemblyFormed']),
              target: 'committeeReview',
              actions: ['clock', 'recordReport'],
              meta: { legal: ['SH-73-2', 'SH-73-3'] },
            },
            {
              guard: 'REPORT_EMERGENCY',
              target: 'housingOfficeReview',
              actions: ['clock', 'recordReport'],
              meta: { legal: ['SH-73-2', 'SH-73-3-before-assembly'] },
            },
          ],
        },
      },
      committeeReview: {
        description:
          "The committee reviews the plan within the profile's period; once it has run out without approval the district may repair.",
        meta: { title: bilingual('业主委员会审核', "committee's review"), legal: ['SH-73-3'] },
        on: {
          TICK: tick,
          TAKE_MEASURES: measures,
          APPROVE_PLAN: {
            guard: 'APPROVE_PLAN',
            target: 'approved',
            actions: ['clock', 'approve'],
            meta: { legal: ['SH-73-3'] },
          },
          REJECT_EMERGENCY_PLAN: {
            guard: 'REJECT_EMERGENCY_PLAN',
            target: 'planRejected',
            actions: ['clock', 'rejectPlan'],
            meta: { legal: ['SH-73-3'] },
          },
          SUBSTITUTE_REPAIR: substitute,
        },
      },
      planRejected: {
        description:
          'The committee refused the plan; the firm may revise it. The review period runs on: once it ends without approval the district may repair.',
        meta: { title: bilingual('方案未获同意', 'plan refused'), legal: ['SH-73-3'] },
        on: {
          TICK: tick,
          TAKE_MEASURES: measures,
          REVISE_EMERGENCY_PLAN: {
            guard: 'REVISE_EMERGENCY_PLAN',
            target: 'committeeReview',
            actions: ['clock', 'revisePlan'],
            meta: { legal: ['SH-73-2', 'SH-73-3'] },
          },
          SUBSTITUTE_REPAIR: substitute,
        },
      },
      housingOfficeReview: {
        description: 'Before the assembly exists the housing office approves the plan.',
        meta: {
          title: bilingual('房管机构审核', "housing office's review"),
          legal: ['SH-73-3-before-assembly'],
        },
        on: {
          TICK: tick,
          TAKE_MEASURES: measures,
          APPROVE_PLAN: {
            guard: 'APPROVE_PLAN',
            target: 'approved',
            actions: ['clock', 'approve'],
            meta: { legal: ['SH-73-3-before-assembly'] },
          },
        },
      },
      approved: {
        description:
          'The firm carries out the plan; the costs are drawn on the price review report.',
        meta: { title: bilingual('已同意，组织实施', 'approved'), legal: ['SH-73-3'] },
        on: { TICK: tick, TAKE_MEASURES: measures, DRAW_COSTS: draw },
      },
      substituteRepair: {
        description:
          'The district housing department repairs; the costs are drawn on the price review report and its withdrawal notice.',
        meta: {
          title: bilingual('代为维修', 'substitute repair'),
          legal: ['SH-73-3-substitute'],
        },
        on: { TICK: tick, TAKE_MEASURES: measures, DRAW_COSTS: draw },
      },
      drawn: {
        type: 'final',
        description: 'The costs are drawn from the fund.',
        meta: { title: bilingual('已列支', 'costs drawn'), legal: ['SH-73-3'] },
      },
    },
  }),
  fundEmergencyEvents,
);
