import { bilingual, defineEvents } from '@jiayuan/core';
import { callAssemblySpec, commonSpecs } from '../shared/catalog.js';
import * as E from '../shared/events.js';
import * as R from '../shared/rules.js';

/** The events of the hiring procedure, who may send them and the rules that explain refusals. */
export const hiringEvents = defineEvents({
  ...commonSpecs,
  CALL_ASSEMBLY: callAssemblySpec([R.planFirstRule<typeof E.CallAssemblySchema>('draft')]),
  DRAFT_PLAN: {
    schema: E.DraftPlanSchema,
    roles: ['committee'],
    title: bilingual('拟订选聘方案', 'Draft the selection plan'),
    description: bilingual(
      '选聘方案包括信用状况、人员配备、管理实绩、服务内容和收费标准、合同期限和选聘方式',
      'The plan states credit standing, staffing, track record, service and fees, contract term and method',
    ),
  },
  POST_PLAN: {
    schema: E.PostPlanSchema,
    roles: ['committee'],
    title: bilingual('公告选聘方案', 'Post the selection plan'),
    description: bilingual(
      '业主大会通过后在物业管理区域内公告',
      'Posted in the complex after the assembly approved it',
    ),
  },
  RECORD_BID: {
    schema: E.RecordBidSchema,
    roles: ['committee', 'developer'],
    title: bilingual('记录投标', 'Record a bid'),
    description: bilingual(
      '招投标或协商中记录一家企业的投标',
      'A firm’s bid in tender or negotiation',
    ),
    rules: [
      R.planFirstRule<typeof E.RecordBidSchema>('posted'),
      R.actingPartyRule<typeof E.RecordBidSchema>(),
      R.platformBidRule,
      R.bidOnceRule,
    ],
  },
  APPROVE_NEGOTIATION: {
    schema: E.ApproveNegotiationSchema,
    roles: ['district-housing-bureau'],
    title: bilingual('批准协议选聘', 'Approve negotiation'),
    description: bilingual(
      '前期物业投标人少于三个的，区房管部门批准协议选聘',
      'The district housing bureau approves negotiation when an early-stage tender has fewer than 3 bidders',
    ),
    rules: [R.approvalWhenFewBiddersRule],
  },
  CHOOSE_FIRM: {
    schema: E.ChooseFirmSchema,
    roles: ['committee', 'developer'],
    title: bilingual('选定物业服务企业', 'Choose the firm'),
    description: bilingual('从投标企业中选定拟聘企业', 'Choose the firm to hire among the bidders'),
    rules: [
      R.planFirstRule<typeof E.ChooseFirmSchema>('posted'),
      R.actingPartyRule<typeof E.ChooseFirmSchema>(),
      R.chosenAmongBidsRule,
      R.earlyStageBiddersRule,
    ],
  },
  SIGN_CONTRACT: {
    schema: E.SignContractSchema,
    roles: ['committee', 'developer'],
    title: bilingual('签订物业服务合同', 'Sign the contract'),
    description: bilingual(
      '业主委员会与业主大会选定的企业签订合同',
      'The committee signs with the firm the assembly chose',
    ),
    rules: [R.actingPartyRule<typeof E.SignContractSchema>(), R.contractDatesRule],
  },
  FILE_CONTRACT: {
    schema: E.FileContractSchema,
    roles: ['property-firm'],
    title: bilingual('合同备案', 'File the contract'),
    description: bilingual(
      '物业服务企业自签订之日起三十日内报房管机构备案',
      'The firm files the contract with the housing office within 30 days',
    ),
  },
});
