import { bilingual, defineCatalog, type EventOf, IdSchema, InstantSchema } from '@jiayuan/core';
import { BidSchema, SelectionPlanSchema } from '../shared/context.js';
import { callAssemblyEvent, commonEvents } from '../vote/catalog.js';
import {
  actingPartyRule,
  approvalWhenFewBiddersRule,
  bidOnceRule,
  chosenAmongBidsRule,
  contractDatesRule,
  earlyStageBiddersRule,
  planFirstRule,
  platformBidRule,
} from './rules.js';

const id = IdSchema;

/**
 * The hiring machine's events: each entry is the only definition of its event — payload, who may
 * send it, its rules (guards of the machine), the named actions it applies and its articles.
 */
export const hiringEvents = defineCatalog({
  ...commonEvents,
  CALL_ASSEMBLY: callAssemblyEvent([planFirstRule]),
  DRAFT_PLAN: {
    payload: { plan: SelectionPlanSchema },
    roles: ['committee'],
    title: bilingual('拟订选聘方案', 'Draft the selection plan'),
    description: bilingual(
      '选聘方案包括信用状况、人员配备、管理实绩、服务内容和收费标准、合同期限和选聘方式',
      'The plan states credit standing, staffing, track record, service and fees, contract term and method',
    ),
    actions: ['clock', 'draftPlan'],
    cite: ['SH-39'],
  },
  POST_PLAN: {
    roles: ['committee'],
    title: bilingual('公告选聘方案', 'Post the selection plan'),
    description: bilingual(
      '业主大会通过后在物业管理区域内公告',
      'Posted in the complex after the assembly approved it',
    ),
    actions: ['clock', 'postPlan'],
    cite: ['SH-39-2'],
  },
  RECORD_BID: {
    payload: { bid: BidSchema },
    roles: ['committee', 'developer'],
    title: bilingual('记录投标', 'Record a bid'),
    description: bilingual(
      '招投标或协商中记录一家企业的投标',
      'A firm’s bid in tender or negotiation',
    ),
    rules: [planFirstRule, actingPartyRule, platformBidRule, bidOnceRule],
    actions: ['clock', 'recordBid'],
    cite: ['SH-40', 'SH-40-3'],
  },
  APPROVE_NEGOTIATION: {
    payload: { ref: id },
    roles: ['district-housing-bureau'],
    title: bilingual('批准协议选聘', 'Approve negotiation'),
    description: bilingual(
      '前期物业投标人少于三个的，区房管部门批准协议选聘',
      'The district housing bureau approves negotiation when an early-stage tender has fewer than 3 bidders',
    ),
    rules: [approvalWhenFewBiddersRule],
    actions: ['clock', 'approveNegotiation'],
    cite: ['PMR-24'],
  },
  CHOOSE_FIRM: {
    payload: { firmId: id },
    roles: ['committee', 'developer'],
    title: bilingual('选定物业服务企业', 'Choose the firm'),
    description: bilingual('从投标企业中选定拟聘企业', 'Choose the firm to hire among the bidders'),
    rules: [planFirstRule, actingPartyRule, chosenAmongBidsRule, earlyStageBiddersRule],
    actions: ['clock', 'chooseFirm'],
    cite: ['SH-40', 'PMR-24'],
  },
  SIGN_CONTRACT: {
    payload: { contractId: id, startsAt: InstantSchema, endsAt: InstantSchema },
    roles: ['committee', 'developer'],
    title: bilingual('签订物业服务合同', 'Sign the contract'),
    description: bilingual(
      '业主委员会与业主大会选定的企业签订合同',
      'The committee signs with the firm the assembly chose',
    ),
    rules: [actingPartyRule, contractDatesRule],
    actions: ['clock', 'signContract'],
    cite: ['SH-44', 'CC-940'],
  },
  FILE_CONTRACT: {
    payload: { filingRef: id },
    roles: ['property-firm'],
    title: bilingual('合同备案', 'File the contract'),
    description: bilingual(
      '物业服务企业自签订之日起在配置规定的期限内报房管机构备案',
      "The firm files the contract with the housing office within the profile's period",
    ),
    actions: ['clock', 'fileContract'],
    cite: ['SH-44'],
  },
});

/** The events the hiring machine takes (from {@link hiringEvents}). */
export type HiringEvent = EventOf<typeof hiringEvents>;
