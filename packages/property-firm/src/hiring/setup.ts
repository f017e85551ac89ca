import {
  actDayGuards,
  bilingual,
  catalogGuards,
  type ProcedureMeta,
  settleDeadline,
  startDeadline,
} from '@jiayuan/core';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import type { FirmEmitted } from '../shared/emitted.js';
import type { HiringInput } from '../shared/input.js';
import { commonActions, votePasses } from '../vote/actions.js';
import { type HiringEvent, hiringEvents } from './catalog.js';
import type { HiringContext } from './context.js';

/**
 * The `setup` of the hiring machine, exported so hosts can `provide()` or extend it. Its guards
 * are the catalog's (roles, clock and rules: see `hiringEvents`) plus the transitions' own
 * conditions; its actions are named effects, one per thing that happens.
 */
export const hiringSetup = setup({
  types: {
    context: {} as HiringContext,
    events: {} as HiringEvent,
    input: {} as HiringInput,
    emitted: {} as FirmEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(hiringEvents),
    // The transitions' own conditions read the profile of the act's day, as the rules do.
    ...actDayGuards({
      votePasses,
      /** The profile requires no selection plan (BJ 64; `selectionPlanRequired` false). */
      noPlanRequired: ({ context }: { readonly context: HiringContext }) =>
        !context.profile.firm.selectionPlanRequired.value,
    }),
    /** The developer appoints the early-stage firm (SH 40 ¶1). */
    isEarlyStage: ({ context }) => context.stage === 'early-stage',
    /** A plan has been drafted. */
    planDrafted: ({ context }) => context.plan !== null,
    /** The approved plan has been posted. */
    planPosted: ({ context }) => context.planPostedAt !== null,
  },
  actions: {
    ...commonActions<HiringContext, HiringEvent>(),
    /** The committee drafts (or redrafts) the selection plan (SH 39 ¶1). */
    draftPlan: assign({
      plan: ({ event }) => {
        assertEvent(event, 'DRAFT_PLAN');
        return event.plan;
      },
    }),
    /** The approved plan is posted in the complex (SH 39 ¶2). */
    postPlan: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'POST_PLAN');
      enqueue.assign({ planPostedAt: event.at });
      enqueue.emit({
        type: 'post',
        about: 'selection-plan',
        at: event.at,
        text: bilingual(
          '公告业主大会通过的物业服务企业选聘方案',
          'Posting the selection plan the assembly approved',
        ),
      });
    }),
    /** A bid is recorded. */
    recordBid: assign({
      bids: ({ context, event }) => {
        assertEvent(event, 'RECORD_BID');
        return [...context.bids, event.bid];
      },
    }),
    /** The district housing bureau's approval of a negotiated appointment (PMR 24 ¶2). */
    approveNegotiation: assign({
      negotiationApproval: ({ event }) => {
        assertEvent(event, 'APPROVE_NEGOTIATION');
        return { at: event.at, ref: event.ref };
      },
    }),
    /** The firm chosen among the bidders. */
    chooseFirm: assign({
      chosenFirm: ({ event }) => {
        assertEvent(event, 'CHOOSE_FIRM');
        return event.firmId;
      },
    }),
    /**
     * The contract is signed with the chosen firm; its filing falls due (SH 44 ¶3); an
     * early-stage contract in force ends when this one takes effect (CC 940).
     */
    signContract: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'SIGN_CONTRACT');
      // Signing is taken in `contracting`, which only a choice leads to.
      const firmId = context.chosenFirm;
      if (firmId === null) return;
      const period = context.profile.firm.contractFiling.period;
      enqueue.assign({
        signed: {
          contractId: event.contractId,
          firmId,
          signedAt: event.at,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
        },
        deadlines:
          period === null
            ? context.deadlines
            : startDeadline(context.deadlines, 'contract-filing', {
                title: bilingual(
                  '物业服务合同报房管机构备案',
                  'contract filed with the housing office',
                ),
                trigger: event.at,
                period,
                cite: context.profile.firm.contractFiling.cite,
              }),
      });
      if (context.stage === 'owners' && context.earlyStageContractInForce) {
        enqueue.emit({
          type: 'notify',
          to: ['developer', 'property-firm'],
          about: 'early-stage-contract-ends',
          at: event.at,
          text: bilingual(
            `业主委员会与新物业服务企业订立的合同于 ${event.startsAt} 生效，前期物业服务合同同时终止（民法典第九百四十条）`,
            `The owners' contract takes effect at ${event.startsAt}; the early-stage contract ends then (CC 940)`,
          ),
        });
      }
    }),
    /** The firm filed the contract; the filing deadline is settled. */
    fileContract: assign(({ context, event }) => {
      assertEvent(event, 'FILE_CONTRACT');
      return {
        filedAt: event.at,
        deadlines: settleDeadline(context.deadlines, 'contract-filing', event.at),
      };
    }),
  },
});
