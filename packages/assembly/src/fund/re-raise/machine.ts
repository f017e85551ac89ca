import { bilingual, type CitationId, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { fundReRaiseEvents } from './catalog.js';
import { initialFundReRaiseContext } from './context.js';
import { fundReRaiseSetup } from './setup.js';

const SHORT: CitationId[] = ['SH-65', 'SH-65-3', 'BJ-83'];
const tick = { guard: 'TICK', actions: ['clock', 'markMissed'] } as const;
const record = { guard: 'BALANCE_REPORTED', actions: ['clock', 'recordBalance'] } as const;
// BJ 74 ¶2: the rule weighs the split against the last balance, whatever the stage.
const revenue = {
  guard: 'PUBLIC_REVENUE_ALLOCATED',
  actions: ['clock', 'recordRevenue'],
  meta: { legal: ['BJ-74-2'] as CitationId[] },
} as const;
const recover = {
  guard: and(['BALANCE_REPORTED', 'notBelowShare']),
  target: '#fundReRaise.sufficient',
  actions: ['clock', 'recordBalance', 'closeShortfall'],
  meta: { legal: ['SH-65'] as CitationId[] },
} as const;

/**
 * One fund account's balance and its re-raising (RULES FUND-6, FUND-7, FUND-8; SH 65, BJ 74 ¶2, BJ 83): a
 * balance below the profile's share of the first collection (SH 65 ¶1: 30%, exact integer
 * fractions of amounts in fen; 30% itself is not below) opens the shortfall and the assembly's
 * period to decide the re-raising by special majority (SH 65 ¶3: 90 days); when the fund's rules
 * say nothing and the period runs out, the committee's written notice to the bank, and from the
 * owners' receipt of the payment notices their period to restore the balance to the profile's
 * share (90 days, 50%). While the balance is short, a public revenue puts at least the profile's
 * share first into the fund (BJ 74 ¶2: 50%). Under beijing the committee notifies and urges the owners at once (BJ 83).
 */
export const fundReRaiseMachine = withCatalog(
  fundReRaiseSetup.createMachine({
    id: 'fundReRaise',
    context: ({ input }) => initialFundReRaiseContext(input),
    initial: 'sufficient',
    meta: { title: bilingual('专项维修资金再次筹集', 'fund re-raising'), legal: SHORT },
    states: {
      sufficient: {
        description: 'The balance meets the share of the first collection.',
        meta: { title: bilingual('余额充足', 'sufficient'), legal: ['SH-65', 'BJ-83'] },
        on: {
          TICK: tick,
          PUBLIC_REVENUE_ALLOCATED: revenue,
          BALANCE_REPORTED: [
            {
              guard: and(['BALANCE_REPORTED', 'belowShare']),
              target: 'shortfall',
              actions: ['clock', 'recordBalance', 'openShortfall'],
              meta: { legal: ['SH-65', 'BJ-83'] },
            },
            record,
          ],
        },
      },
      shortfall: {
        description:
          "Below the share: the assembly decides the re-raising within the profile's period; after it, the committee's payment notice.",
        meta: { title: bilingual('余额不足', 'shortfall'), legal: SHORT },
        on: {
          TICK: tick,
          PUBLIC_REVENUE_ALLOCATED: revenue,
          BALANCE_REPORTED: [recover, record],
          ASSEMBLY_DECIDED: [
            {
              guard: and(['ASSEMBLY_DECIDED', 'decisionPassed']),
              target: 'reRaising',
              actions: ['clock', 'recordDecision'],
              meta: { legal: ['SH-65', 'CC-278-2-special'] },
            },
            {
              guard: 'ASSEMBLY_DECIDED',
              actions: ['clock', 'recordDecision'],
              meta: { legal: ['SH-65', 'CC-278-2-special'] },
            },
          ],
          PAYMENT_NOTICE: {
            guard: 'PAYMENT_NOTICE',
            target: 'noticed',
            actions: ['clock', 'giveNotice'],
            meta: { legal: ['SH-65-3', 'BJ-83'] },
          },
        },
      },
      reRaising: {
        description: 'The assembly decided the re-raising; owners pay as it decided.',
        meta: { title: bilingual('按决定筹集', 're-raising as decided'), legal: ['SH-65'] },
        on: { TICK: tick, PUBLIC_REVENUE_ALLOCATED: revenue, BALANCE_REPORTED: [recover, record] },
      },
      noticed: {
        description: 'The bank sends the payment notices; the owners’ period runs from receipt.',
        meta: { title: bilingual('已通知交款', 'payment notice given'), legal: ['SH-65-3'] },
        on: {
          TICK: tick,
          PUBLIC_REVENUE_ALLOCATED: revenue,
          BALANCE_REPORTED: record,
          NOTICES_DELIVERED: {
            guard: 'NOTICES_DELIVERED',
            target: 'restoring',
            actions: ['clock', 'startRestoring'],
            meta: { legal: ['SH-65-3-restore'] },
          },
        },
      },
      restoring: {
        description: "The owners restore the balance to the profile's share within their period.",
        meta: { title: bilingual('业主补足中', 'restoring'), legal: ['SH-65-3-restore'] },
        on: {
          PUBLIC_REVENUE_ALLOCATED: revenue,
          TICK: [
            {
              // The owners' period ran out: the district orders it corrected (SH 89 ¶2).
              guard: and(['TICK', 'restoreOverdue']),
              actions: ['clock', 'reportRestoreMissed', 'markMissed'],
              meta: { legal: ['SH-65-3-restore', 'SH-89-2'] },
            },
            tick,
          ],
          BALANCE_REPORTED: [
            {
              guard: and(['BALANCE_REPORTED', 'restored']),
              target: 'sufficient',
              actions: ['clock', 'recordBalance', 'closeShortfall'],
              meta: { legal: ['SH-65-3-restore'] },
            },
            record,
          ],
        },
      },
    },
  }),
  fundReRaiseEvents,
);
