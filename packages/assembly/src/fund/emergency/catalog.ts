import { bilingual, defineCatalog, type EventOf, FundEmergencyKindSchema } from '@jiayuan/core';
import { FenSchema, RefSchema, TextSchema } from '../shared.js';
import {
  approver,
  listedEmergency,
  measuresDuty,
  reviewLapsed,
  reviewOpen,
  substituteAllowed,
  withdrawalNotice,
} from './rules.js';

/**
 * The events of an emergency repair from the fund (RULES FUND-3..5): each entry is the only
 * definition of its event — payload, senders, rules, actions and articles.
 */
export const fundEmergencyEvents = defineCatalog({
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期期限',
      'The clock moves the process time and marks missed deadlines',
    ),
    actions: ['clock', 'markMissed'],
  },
  REPORT_EMERGENCY: {
    payload: {
      kind: FundEmergencyKindSchema,
      plan: TextSchema,
      estimateFen: FenSchema,
      evidence: TextSchema,
    },
    roles: ['property-firm'],
    title: bilingual('报告紧急情况并提出维修方案', 'Report the emergency with the plan'),
    description: bilingual(
      '物业服务企业持有关材料向业主委员会和房管机构报告，并申请列支专项维修资金',
      'The firm reports to the committee and the housing office with the documents and applies for the fund',
    ),
    rules: [listedEmergency],
    actions: ['clock', 'recordReport'],
    cite: ['SH-73-1', 'SH-73-2', 'SH-73-3', 'CC-281-2'],
  },
  TAKE_MEASURES: {
    payload: { measures: TextSchema, evidence: TextSchema },
    roles: ['property-firm'],
    title: bilingual('采取应急防范措施', 'Take immediate measures'),
    description: bilingual(
      '发生危及房屋安全等紧急情况时，物业服务企业立即采取应急防范措施，不以维修方案为前提',
      'When the building’s safety is in danger the firm takes immediate measures at once, with or without a plan',
    ),
    rules: [measuresDuty],
    actions: ['clock', 'recordMeasures'],
    cite: ['SH-73-1'],
  },
  APPROVE_PLAN: {
    roles: ['committee', 'housing-office'],
    title: bilingual('审核同意维修方案', 'Approve the plan'),
    description: bilingual(
      '业主大会成立后由业主委员会审核同意，成立前由房管机构审核同意',
      'The committee approves once the assembly exists; the housing office before',
    ),
    rules: [approver],
    actions: ['clock', 'approve'],
    cite: ['SH-73-3', 'SH-73-3-before-assembly'],
  },
  REJECT_EMERGENCY_PLAN: {
    payload: { reasons: TextSchema },
    roles: ['committee'],
    title: bilingual('审核不同意维修方案', 'Refuse the plan'),
    description: bilingual(
      '业主委员会在配置规定的审核期限内不同意维修、更新方案并说明理由；期限照常计算，期满仍未审核同意的，区房屋行政管理部门可以代为维修',
      'The committee refuses the plan within its review period, with reasons; the period runs on, and once it ends without approval the district may repair',
    ),
    rules: [reviewOpen],
    actions: ['clock', 'rejectPlan'],
    cite: ['SH-73-3'],
  },
  REVISE_EMERGENCY_PLAN: {
    payload: { plan: TextSchema, estimateFen: FenSchema, evidence: TextSchema },
    roles: ['property-firm'],
    title: bilingual('修改维修方案', 'Revise the plan'),
    description: bilingual(
      '方案未获同意的，物业服务企业修改维修、更新方案后再次提交业主委员会审核；审核期限不重新起算',
      'After a refusal the firm submits a revised plan to the committee; the review period does not start again',
    ),
    actions: ['clock', 'revisePlan'],
    cite: ['SH-73-2', 'SH-73-3'],
  },
  SUBSTITUTE_REPAIR: {
    payload: { finding: TextSchema },
    roles: ['district-housing-bureau'],
    title: bilingual('组织代为维修', 'Repair in the committee’s stead'),
    description: bilingual(
      '业主委员会未在配置规定的审核期限内审核同意，且已影响房屋正常使用或者居民人身财产安全的，区房屋行政管理部门组织代为维修',
      'The committee did not approve within its review period and normal use or residents’ safety is affected: the district housing department organises the repair',
    ),
    rules: [substituteAllowed, reviewLapsed],
    actions: ['clock', 'substitute'],
    cite: ['SH-73-3', 'SH-73-3-substitute'],
  },
  DRAW_COSTS: {
    payload: {
      costFen: FenSchema,
      reportId: RefSchema,
      withdrawalNotice: RefSchema.optional(),
      // Whose account is drawn (SH 66 ¶1 按幢立账; SH 68): a part, or null or absent for the whole
      // complex, which is all the input names.
      part: RefSchema.nullable().optional(),
    },
    roles: ['property-firm', 'committee', 'district-housing-bureau', 'housing-office', 'system'],
    title: bilingual('凭审价报告列支', 'Draw the costs on the price review'),
    description: bilingual(
      '维修费用经中介机构审价后在专项维修资金中列支（代为维修的，另凭支取通知），由部分共用部分或全体业主承担',
      'The costs are drawn from the fund on the price review report (for a substitute repair, also on the withdrawal notice), borne by a part’s owners or all owners',
    ),
    rules: [withdrawalNotice],
    actions: ['clock', 'drawCosts'],
    cite: ['SH-73-3', 'SH-73-3-substitute', 'SH-68'],
  },
});

/** The events an emergency repair takes (from {@link fundEmergencyEvents}). */
export type FundEmergencyEvent = EventOf<typeof fundEmergencyEvents>;
