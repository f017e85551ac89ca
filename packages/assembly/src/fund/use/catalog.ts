import { bilingual, defineCatalog, type EventOf, MatterKindSchema } from '@jiayuan/core';
import { z } from 'zod';
import { FenSchema, RefSchema, TextSchema } from '../shared.js';
import {
  consultationRoute,
  costsReviewed,
  decisionMatches,
  fundUsable,
  planProposer,
  reviewsDone,
} from './rules.js';

/**
 * The events of an ordinary use of the fund (RULES FUND-1, FUND-2): each entry is the only
 * definition of its event — payload, senders, rules, actions and articles.
 */
export const fundUseEvents = defineCatalog({
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
    actions: ['clock'],
  },
  PROPOSE_PLAN: {
    payload: {
      title: RefSchema,
      part: RefSchema.nullable(),
      estimateFen: FenSchema,
      documents: TextSchema,
    },
    roles: ['property-firm', 'committee'],
    title: bilingual('提出维修方案', 'Propose the repair plan'),
    description: bilingual(
      '提出使用专项维修资金的维修、更新、改造方案（部分共用部分的，注明该部分）',
      'The plan to repair, renew or alter common parts from the fund (naming the part when only some owners share it)',
    ),
    rules: [fundUsable, planProposer],
    actions: ['clock', 'recordPlan'],
    cite: ['SH-68', 'SH-71', 'SH-71-2'],
  },
  REVIEW_PRICE: {
    payload: { reportId: RefSchema, reviewedFen: FenSchema },
    roles: ['property-firm', 'committee', 'residents-committee', 'system'],
    title: bilingual('工程审价', 'Price review'),
    description: bilingual(
      '中介机构出具工程审价报告',
      "The intermediary's price review report is received",
    ),
    actions: ['clock', 'recordPriceReview'],
    cite: ['SH-67-1', 'SH-71-3'],
  },
  REVIEW_PROCEDURE: {
    payload: { evidence: TextSchema },
    roles: ['housing-office', 'district-housing-bureau', 'system'],
    title: bilingual('使用程序审核', 'Procedure review'),
    description: bilingual('专项维修资金的使用程序经审核', 'The procedure of the use is reviewed'),
    actions: ['clock', 'recordProcedureReview'],
    cite: ['SH-67-1'],
  },
  SUBMIT_TO_OWNERS: {
    payload: { itemId: RefSchema },
    roles: ['committee', 'residents-committee', 'system'],
    title: bilingual('提交业主决定', 'Put to the owners'),
    description: bilingual(
      '业主大会成立后列入业主大会会议议题；成立前由居民委员会组织征询业主意见',
      "Once the assembly exists, an item of an assembly meeting; before, the residents' committee consults the owners concerned",
    ),
    rules: [reviewsDone, consultationRoute],
    actions: ['clock', 'putToOwners'],
    cite: ['CC-278-1', 'SH-67-1', 'SH-71-2'],
  },
  OWNERS_DECIDED: {
    payload: {
      meetingId: RefSchema,
      itemId: RefSchema,
      kind: MatterKindSchema,
      majority: z.enum(['ordinary', 'special']),
      part: RefSchema.nullable(),
      passed: z.boolean(),
    },
    roles: ['committee', 'residents-committee', 'system'],
    title: bilingual('业主作出决定', 'The owners decide'),
    description: bilingual(
      '业主大会会议或征询的结果：使用维修资金以普通多数决定，部分共用部分由该部分业主决定',
      'The result of the assembly item or the consultation: an ordinary majority, a part decided by its owners',
    ),
    rules: [consultationRoute, decisionMatches],
    actions: ['clock', 'recordDecision'],
    cite: ['CC-278-1', 'CC-278-2-ordinary', 'SH-69', 'SH-71-2'],
  },
  START_WORKS: {
    roles: ['property-firm', 'committee'],
    title: bilingual('组织实施', 'Start the works'),
    description: bilingual('按决定组织实施维修', 'The repair is carried out as decided'),
    actions: ['clock', 'startWorks'],
    cite: ['SH-69', 'SH-71-2'],
  },
  POST_COSTS: {
    payload: { costFen: FenSchema, reportId: RefSchema, evidence: TextSchema },
    roles: ['committee', 'property-firm'],
    title: bilingual('列支并公布费用', 'Draw and post the costs'),
    description: bilingual(
      '凭审价报告在专项维修资金中列支，按建筑面积比例分摊并公布',
      'The costs are drawn from the fund on the price review report, shared by area, and posted',
    ),
    rules: [costsReviewed],
    actions: ['clock', 'postCosts'],
    cite: ['SH-67-1', 'SH-68', 'SH-71-3', 'SH-66'],
  },
});

/** The events an ordinary use of the fund takes (from {@link fundUseEvents}). */
export type FundUseEvent = EventOf<typeof fundUseEvents>;
