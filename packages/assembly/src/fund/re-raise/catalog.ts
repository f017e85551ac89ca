import { bilingual, defineCatalog, type EventOf, MatterKindSchema } from '@jiayuan/core';
import { z } from 'zod';
import { FenSchema, RefSchema, TextSchema } from '../shared.js';
import { balanceComparable, paymentNoticeDue, raisingDecision, revenueToFund } from './rules.js';

/**
 * The events of a fund account's re-raising (RULES FUND-6, FUND-7, FUND-8): each entry is the only
 * definition of its event — payload, senders, rules, actions and articles.
 */
export const fundReRaiseEvents = defineCatalog({
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期期限',
      'The clock moves the process time and marks missed deadlines',
    ),
    actions: ['clock', 'markMissed'],
  },
  BALANCE_REPORTED: {
    payload: { balanceFen: FenSchema },
    roles: ['system', 'committee'],
    title: bilingual('报告账户余额', 'Report the balance'),
    description: bilingual(
      '专项维修资金账户余额（以分计），与首期筹集金额比较',
      "The fund account's balance in fen, compared with the first collection",
    ),
    rules: [balanceComparable],
    actions: ['clock', 'recordBalance'],
    cite: ['SH-65', 'BJ-83'],
  },
  ASSEMBLY_DECIDED: {
    payload: {
      meetingId: RefSchema,
      itemId: RefSchema,
      kind: MatterKindSchema,
      majority: z.enum(['ordinary', 'special']),
      passed: z.boolean(),
    },
    roles: ['committee', 'system'],
    title: bilingual('业主大会决定再次筹集', 'The assembly decides the re-raising'),
    description: bilingual(
      '业主大会会议就补建或者再次筹集专项维修资金的表决结果（特别多数）',
      "The assembly meeting's result on re-raising the fund (special majority)",
    ),
    rules: [raisingDecision],
    actions: ['clock', 'recordDecision'],
    cite: ['SH-65', 'CC-278-2-special'],
  },
  PAYMENT_NOTICE: {
    payload: { evidence: TextSchema },
    roles: ['committee'],
    title: bilingual('发出交款通知', 'Give the payment notice'),
    description: bilingual(
      '业主委员会书面通知开户银行向业主发出交款通知（北京：通知、督促业主补足）',
      'The committee tells the bank in writing to send the owners payment notices (Beijing: notifies and urges the owners)',
    ),
    rules: [paymentNoticeDue],
    actions: ['clock', 'giveNotice'],
    cite: ['SH-65-3', 'BJ-83'],
  },
  PUBLIC_REVENUE_ALLOCATED: {
    payload: { revenueFen: FenSchema.min(1), toFundFen: FenSchema },
    roles: ['committee', 'property-firm'],
    title: bilingual('公共收益补充专项维修资金', 'Public revenue to the fund'),
    description: bilingual(
      '一笔公共收益（以分计）中用于补充专项维修资金的金额；余额不足时不低于配置的比例',
      'How much of one public revenue (in fen) goes to the fund; while the fund is short, at least the profile’s share',
    ),
    rules: [revenueToFund],
    actions: ['clock', 'recordRevenue'],
    cite: ['BJ-74-2'],
  },
  NOTICES_DELIVERED: {
    roles: ['system', 'committee'],
    title: bilingual('交款通知送达', 'Payment notices delivered'),
    description: bilingual(
      '业主收到交款通知，补足期限起算',
      'The owners have the payment notices: their period runs',
    ),
    actions: ['clock', 'startRestoring'],
    cite: ['SH-65-3-restore'],
  },
});

/** The events a fund account's re-raising takes (from {@link fundReRaiseEvents}). */
export type FundReRaiseEvent = EventOf<typeof fundReRaiseEvents>;
