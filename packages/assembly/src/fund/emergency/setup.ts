import {
  bilingual,
  catalogGuards,
  clockTo,
  markMissed,
  type ProcedureMeta,
  settleDeadline,
  startDeadline,
} from '@jiayuan/core';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { calendarOf, fundOf } from '../shared.js';
import { type FundEmergencyEvent, fundEmergencyEvents } from './catalog.js';
import type { FundEmergencyContext, FundEmergencyInput } from './context.js';
import { EMERGENCY_REVIEW } from './deadline-ids.js';
import type { FundEmergencyEmitted } from './emitted.js';

/**
 * The `setup` of an emergency repair, exported so hosts can `provide()` or extend it. Its
 * guards are the catalog's (roles, clock, rules: see `fundEmergencyEvents`) plus one condition:
 * the assembly exists (the committee reviews) or not (the housing office does).
 */
export const fundEmergencySetup = setup({
  types: {
    context: {} as FundEmergencyContext,
    events: {} as FundEmergencyEvent,
    input: {} as FundEmergencyInput,
    emitted: {} as FundEmergencyEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(fundEmergencyEvents),
    /** The assembly exists: the committee reviews the plan (SH 73 ¶3 (二)). */
    assemblyFormed: ({ context }) => context.assemblyFormed,
  },
  actions: {
    clock: assign(({ context, event }) => clockTo(context, event.at)),
    markMissed: assign({
      deadlines: ({ context, event }) => markMissed(context.deadlines, event.at),
    }),
    recordReport: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'REPORT_EMERGENCY');
      const review = fundOf(context.profile).emergencyReview;
      enqueue.assign({
        report: {
          at: event.at,
          by: event.by.id,
          kind: event.kind,
          plan: event.plan,
          estimateFen: event.estimateFen,
          evidence: event.evidence,
        },
        // The committee's review runs from the report; the housing office's has no period.
        deadlines:
          context.assemblyFormed && review.period !== null
            ? startDeadline(context.deadlines, EMERGENCY_REVIEW, {
                title: bilingual('业主委员会审核应急维修方案', 'the committee reviews the plan'),
                trigger: event.at,
                period: review.period,
                cite: review.cite,
                ...calendarOf(context),
              })
            : context.deadlines,
      });
      enqueue.emit({
        type: 'notify',
        to: context.assemblyFormed ? ['committee', 'housing-office'] : ['housing-office'],
        about: 'emergency-reported',
        repairId: context.repairId,
        at: event.at,
        text: bilingual(
          `紧急维修（${event.kind}）：申请列支专项维修资金`,
          `Emergency repair (${event.kind}): application to draw on the fund`,
        ),
      });
    }),
    recordMeasures: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'TAKE_MEASURES');
      enqueue.assign({
        measures: [
          ...context.measures,
          { at: event.at, by: event.by.id, measures: event.measures, evidence: event.evidence },
        ],
      });
      enqueue.emit({
        type: 'notify',
        to: context.assemblyFormed ? ['committee', 'housing-office'] : ['housing-office'],
        about: 'emergency-measures',
        repairId: context.repairId,
        at: event.at,
        text: bilingual('物业服务企业已采取应急防范措施', 'The firm has taken immediate measures'),
      });
    }),
    rejectPlan: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'REJECT_EMERGENCY_PLAN');
      const report = context.report;
      if (report === null) return;
      // The review deadline stays pending: SH 73 ¶3 looks at approval within the 7 days.
      enqueue.assign({
        rejections: [
          ...context.rejections,
          {
            at: event.at,
            by: event.by.id,
            reasons: event.reasons,
            plan: report.plan,
            estimateFen: report.estimateFen,
          },
        ],
      });
      enqueue.emit({
        type: 'notify',
        to: ['property-firm', 'housing-office'],
        about: 'emergency-rejected',
        repairId: context.repairId,
        at: event.at,
        text: bilingual('业主委员会不同意应急维修方案', 'The committee refuses the emergency plan'),
      });
    }),
    revisePlan: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'REVISE_EMERGENCY_PLAN');
      const report = context.report;
      if (report === null) return;
      enqueue.assign({
        report: {
          ...report,
          plan: event.plan,
          estimateFen: event.estimateFen,
          evidence: event.evidence,
        },
      });
      enqueue.emit({
        type: 'notify',
        to: ['committee', 'housing-office'],
        about: 'emergency-revised',
        repairId: context.repairId,
        at: event.at,
        text: bilingual('物业服务企业提交修改后的应急维修方案', 'The firm submits a revised plan'),
      });
    }),
    approve: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'APPROVE_PLAN');
      const role = event.by.role === 'housing-office' ? 'housing-office' : 'committee';
      enqueue.assign({
        approval: { at: event.at, by: event.by.id, role },
        deadlines: settleDeadline(context.deadlines, EMERGENCY_REVIEW, event.at),
      });
      enqueue.emit({
        type: 'notify',
        to: ['property-firm'],
        about: 'emergency-approved',
        repairId: context.repairId,
        at: event.at,
        text: bilingual('应急维修方案已审核同意', 'The emergency plan is approved'),
      });
    }),
    substitute: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'SUBSTITUTE_REPAIR');
      enqueue.assign({
        substitute: { at: event.at, by: event.by.id, finding: event.finding },
        deadlines: markMissed(context.deadlines, event.at),
      });
      enqueue.emit({
        type: 'notify',
        to: ['committee', 'property-firm', 'housing-office'],
        about: 'substitute-repair',
        repairId: context.repairId,
        at: event.at,
        text: bilingual(
          '区房屋行政管理部门组织代为维修',
          'The district housing department repairs in the committee’s stead',
        ),
      });
    }),
    drawCosts: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'DRAW_COSTS');
      const notice = event.withdrawalNotice ?? null;
      const part = event.part ?? null;
      enqueue.assign({
        costs: {
          at: event.at,
          by: event.by.id,
          costFen: event.costFen,
          reportId: event.reportId,
          withdrawalNotice: notice,
          part,
        },
      });
      enqueue.emit({
        type: 'post',
        about: 'emergency-costs',
        repairId: context.repairId,
        at: event.at,
        text: bilingual(
          '应急维修费用在专项维修资金中列支',
          'Emergency repair costs drawn from the fund',
        ),
        costFen: event.costFen,
        reportId: event.reportId,
        withdrawalNotice: notice,
        borneBy: { part },
      });
    }),
  },
});
