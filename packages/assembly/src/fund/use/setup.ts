import { bilingual, catalogGuards, clockTo, type ProcedureMeta } from '@jiayuan/core';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { type FundUseEvent, fundUseEvents } from './catalog.js';
import type { FundUseContext, FundUseInput } from './context.js';
import type { FundUseEmitted } from './emitted.js';

/**
 * The `setup` of an ordinary use of the fund, exported so hosts can `provide()` or extend it.
 * Its guards are the catalog's (roles, clock, rules: see `fundUseEvents`) plus one condition of
 * a transition: the owners' decision passed.
 */
export const fundUseSetup = setup({
  types: {
    context: {} as FundUseContext,
    events: {} as FundUseEvent,
    input: {} as FundUseInput,
    emitted: {} as FundUseEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(fundUseEvents),
    /** The owners agreed to the plan. */
    decisionPassed: ({ event }) => event.type === 'OWNERS_DECIDED' && event.passed,
  },
  actions: {
    clock: assign(({ context, event }) => clockTo(context, event.at)),
    recordPlan: assign(({ event }) => {
      assertEvent(event, 'PROPOSE_PLAN');
      return {
        plan: {
          at: event.at,
          by: event.by.id,
          title: event.title,
          part: event.part,
          estimateFen: event.estimateFen,
          documents: event.documents,
        },
      };
    }),
    recordPriceReview: assign(({ event }) => {
      assertEvent(event, 'REVIEW_PRICE');
      return {
        priceReview: {
          at: event.at,
          by: event.by.id,
          ref: event.reportId,
          reviewedFen: event.reviewedFen,
        },
      };
    }),
    recordProcedureReview: assign(({ event }) => {
      assertEvent(event, 'REVIEW_PROCEDURE');
      return {
        procedureReview: { at: event.at, by: event.by.id, ref: event.evidence, reviewedFen: null },
      };
    }),
    putToOwners: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'SUBMIT_TO_OWNERS');
      const plan = context.plan;
      // SUBMIT_TO_OWNERS is taken only in `reviewing`, after the plan.
      if (plan === null) return;
      const route = context.stage === 'assembly' ? 'assembly' : 'consultation';
      enqueue.assign({ item: { at: event.at, by: event.by.id, itemId: event.itemId, route } });
      enqueue.emit({
        type: 'put-to-owners',
        useId: context.useId,
        at: event.at,
        route,
        item: {
          id: event.itemId,
          kind: 'use-maintenance-fund',
          title: plan.title,
          ...(plan.part === null ? {} : { part: plan.part }),
          documents: [plan.documents.slice(0, 400)],
        },
      });
    }),
    recordDecision: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'OWNERS_DECIDED');
      enqueue.assign({
        decision: {
          at: event.at,
          by: event.by.id,
          meetingId: event.meetingId,
          itemId: event.itemId,
          passed: event.passed,
        },
      });
      enqueue.emit({
        type: 'notify',
        to: ['committee', 'property-firm'],
        about: 'fund-use-decided',
        useId: context.useId,
        at: event.at,
        passed: event.passed,
        text: event.passed
          ? bilingual('业主同意使用专项维修资金', 'The owners agreed to use the fund')
          : bilingual('业主未同意使用专项维修资金', 'The owners did not agree to use the fund'),
      });
    }),
    startWorks: assign({ worksStartedAt: ({ event }) => event.at }),
    postCosts: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'POST_COSTS');
      enqueue.assign({
        costs: {
          at: event.at,
          by: event.by.id,
          costFen: event.costFen,
          reportId: event.reportId,
          evidence: event.evidence,
        },
      });
      enqueue.emit({
        type: 'post',
        about: 'fund-use-costs',
        useId: context.useId,
        at: event.at,
        text: bilingual(
          `专项维修资金列支：${context.plan?.title ?? ''}`,
          `Drawn from the maintenance fund: ${context.plan?.title ?? ''}`,
        ),
        borneBy: { part: context.plan?.part ?? null },
        costFen: event.costFen,
        reportId: event.reportId,
      });
    }),
  },
});
