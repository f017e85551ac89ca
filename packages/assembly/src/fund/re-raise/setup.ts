import {
  actDayGuards,
  bilingual,
  catalogGuards,
  clockTo,
  dropDeadline,
  markMissed,
  overdueDeadlines,
  type ProcedureMeta,
  settleDeadline,
  startDeadline,
} from '@jiayuan/core';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { calendarOf, fundOf } from '../shared.js';
import { isBelowShare, isRestored } from './balance.js';
import { type FundReRaiseEvent, fundReRaiseEvents } from './catalog.js';
import type { FundReRaiseContext, FundReRaiseInput } from './context.js';
import { RE_RAISE_DECISION, RESTORE_BALANCE } from './deadline-ids.js';
import type { FundReRaiseEmitted } from './emitted.js';

/** What a transition's own condition reads. */
interface Args {
  readonly context: FundReRaiseContext;
  readonly event: FundReRaiseEvent;
}

const balanceOf = (event: FundReRaiseEvent): number | null =>
  event.type === 'BALANCE_REPORTED' ? event.balanceFen : null;

/**
 * The `setup` of a fund account's re-raising, exported so hosts can `provide()` or extend it.
 * Its guards are the catalog's (roles, clock, rules: see `fundReRaiseEvents`) plus the
 * transitions' conditions on the balance reported and the decision.
 */
export const fundReRaiseSetup = setup({
  types: {
    context: {} as FundReRaiseContext,
    events: {} as FundReRaiseEvent,
    input: {} as FundReRaiseInput,
    emitted: {} as FundReRaiseEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(fundReRaiseEvents),
    // The shares are the profile's of the act's day, as the rules read them.
    ...actDayGuards({
      /** The balance reported is below the profile's share of the first collection (SH 65 ¶1). */
      belowShare: ({ context, event }: Args) => {
        const balance = balanceOf(event);
        return (
          balance !== null && isBelowShare(context.profile, balance, context.firstCollectionFen)
        );
      },
      /** The balance reported is no longer below the share. */
      notBelowShare: ({ context, event }: Args) => {
        const balance = balanceOf(event);
        return (
          balance !== null && !isBelowShare(context.profile, balance, context.firstCollectionFen)
        );
      },
      /** The balance reported meets the restore share (SH 65 ¶3: 50%). */
      restored: ({ context, event }: Args) => {
        const balance = balanceOf(event);
        return balance !== null && isRestored(context.profile, balance, context.firstCollectionFen);
      },
    }),
    /** The owners' period to restore the balance is pending and has run out (SH 65 ¶3). */
    restoreOverdue: ({ context, event }) =>
      overdueDeadlines(context.deadlines, event.at).some((d) => d.id === RESTORE_BALANCE),
    /** The assembly's re-raising item passed. */
    decisionPassed: ({ event }) => event.type === 'ASSEMBLY_DECIDED' && event.passed,
  },
  actions: {
    clock: assign(({ context, event }) => clockTo(context, event.at)),
    markMissed: assign({
      deadlines: ({ context, event }) => markMissed(context.deadlines, event.at),
    }),
    recordBalance: assign(({ event }) => {
      assertEvent(event, 'BALANCE_REPORTED');
      return { balance: { at: event.at, balanceFen: event.balanceFen } };
    }),
    recordRevenue: assign(({ context, event }) => {
      assertEvent(event, 'PUBLIC_REVENUE_ALLOCATED');
      const balance = context.balance;
      return {
        revenue: {
          at: event.at,
          by: event.by.id,
          revenueFen: event.revenueFen,
          toFundFen: event.toFundFen,
          whileShort:
            balance !== null &&
            isBelowShare(context.profile, balance.balanceFen, context.firstCollectionFen),
        },
      };
    }),
    openShortfall: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'BALANCE_REPORTED');
      const decide = fundOf(context.profile).reRaiseDecision;
      enqueue.assign({
        shortfallSince: event.at,
        decisions: [],
        notice: null,
        deadlines:
          decide.period === null
            ? context.deadlines
            : startDeadline(dropDeadline(context.deadlines, RESTORE_BALANCE), RE_RAISE_DECISION, {
                title: bilingual(
                  '业主大会决定补建或者再次筹集',
                  'the assembly decides the re-raising',
                ),
                trigger: event.at,
                period: decide.period,
                cite: decide.cite,
                ...calendarOf(context),
              }),
      });
      enqueue.emit({
        type: 'shortfall',
        fundId: context.fundId,
        at: event.at,
        balanceFen: event.balanceFen,
        firstCollectionFen: context.firstCollectionFen,
        text: bilingual(
          '专项维修资金余额不足首期筹集金额的规定比例，应当补建或者再次筹集',
          'The fund balance is below the share of the first collection: it is to be re-raised',
        ),
      });
    }),
    closeShortfall: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'BALANCE_REPORTED');
      enqueue.assign({
        shortfallSince: null,
        // The assembly no longer needs to decide; a restoring period is met (or late).
        deadlines: settleDeadline(
          context.deadlines[RE_RAISE_DECISION]?.status === 'pending'
            ? dropDeadline(context.deadlines, RE_RAISE_DECISION)
            : context.deadlines,
          RESTORE_BALANCE,
          event.at,
        ),
      });
      enqueue.emit({
        type: 'notify',
        to: ['committee'],
        about: 'balance-restored',
        fundId: context.fundId,
        at: event.at,
        text: bilingual('专项维修资金余额已恢复', 'The fund balance is restored'),
      });
    }),
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'ASSEMBLY_DECIDED');
      return {
        decisions: [
          ...context.decisions,
          { at: event.at, meetingId: event.meetingId, itemId: event.itemId, passed: event.passed },
        ],
        deadlines: event.passed
          ? settleDeadline(context.deadlines, RE_RAISE_DECISION, event.at)
          : context.deadlines,
      };
    }),
    giveNotice: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'PAYMENT_NOTICE');
      const viaBank = fundOf(context.profile).reRaiseDecision.period !== null;
      enqueue.assign({
        notice: { at: event.at, by: event.by.id, evidence: event.evidence, deliveredAt: null },
        deadlines: markMissed(context.deadlines, event.at),
      });
      enqueue.emit({
        type: 'file',
        to: viaBank ? ['bank'] : ['owner'],
        about: 'payment-notice',
        fundId: context.fundId,
        at: event.at,
        evidence: event.evidence,
        text: viaBank
          ? bilingual(
              '请开户银行向需要交纳专项维修资金的业主发出交款通知',
              'The bank is asked to send each owner concerned a payment notice',
            )
          : bilingual('请业主补足专项维修资金', 'Owners are asked to top up the fund'),
      });
    }),
    reportRestoreMissed: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'TICK');
      enqueue.emit({
        type: 'notify',
        to: ['district-housing-bureau', 'committee'],
        about: 'restore-missed',
        fundId: context.fundId,
        at: event.at,
        text: bilingual(
          '业主未在期限内补足专项维修资金，由区房屋行政管理部门责令限期改正',
          'Owners did not restore the fund in time: the district housing department orders it corrected within a period',
        ),
      });
    }),
    startRestoring: assign(({ context, event }) => {
      assertEvent(event, 'NOTICES_DELIVERED');
      const within = fundOf(context.profile).restoreWithin;
      return {
        notice: context.notice === null ? null : { ...context.notice, deliveredAt: event.at },
        deadlines:
          within.period === null
            ? context.deadlines
            : startDeadline(context.deadlines, RESTORE_BALANCE, {
                title: bilingual('业主补足专项维修资金', 'owners restore the balance'),
                trigger: event.at,
                period: within.period,
                cite: within.cite,
                ...calendarOf(context),
              }),
      };
    }),
  },
});
