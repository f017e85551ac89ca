import {
  defineRule,
  isOverdue,
  type Majority,
  type MatterKind,
  majorityOf,
  meetsBar,
} from '@jiayuan/core';
import { profileRule } from '../../shared/under-profile.js';
import {
  fail,
  fundOf,
  joinedReasons,
  publicRevenueToFundOf,
  type ReasonPiece,
  text,
} from '../shared.js';
import { isBelowShare } from './balance.js';
import type { FundReRaiseContext } from './context.js';
import { RE_RAISE_DECISION } from './deadline-ids.js';

type Snap = { readonly context: FundReRaiseContext };
type Sent = { readonly at: string; readonly by: { readonly id: string; readonly role: string } };

/**
 * FUND-6: re-raising the fund is decided by the assembly (SH 65 ¶1–2; BJ 34 ¶1 (五), BJ 83) —
 * raising the fund is CC 278 ¶1 (六), by special majority (CC 278 ¶2). Under a profile without
 * SH 65 the refusal cites that profile's articles (src/shared/profile-cites.ts).
 */
export const raisingDecision = profileRule({
  id: 'raising-decision',
  citations: ['SH-65', 'CC-278-2-special'],
  check(_: Snap, event: Sent & { readonly kind: MatterKind; readonly majority: Majority }) {
    const wrong: ReasonPiece[] = [];
    if (event.kind !== 'raise-maintenance-fund')
      wrong.push((l) => l.fund.parts.matterKind(event.kind));
    if (event.majority !== majorityOf('raise-maintenance-fund'))
      wrong.push((l) => l.fund.parts.majority(event.majority));
    if (wrong.length === 0) return true;
    return fail(
      joinedReasons(wrong, (l, r) => l.fund.raisingDecision(r)),
      { kind: event.kind, majority: event.majority },
    );
  },
});

/**
 * FUND-7: the committee's payment notice. Under SH 65 ¶3, only when the fund's rules say
 * nothing and the assembly's period ran out without a decision (from 24:00 of its last day);
 * where the profile sets no period for the assembly (BJ 83), at once.
 */
export const paymentNoticeDue = defineRule({
  id: 'payment-notice-due',
  citations: ['SH-65-3', 'BJ-83'],
  check({ context }: Snap, event: Sent) {
    if (fundOf(context.profile).reRaiseDecision.period === null) return true;
    if (context.rulesProvide) {
      return fail(
        text((l) => l.fund.paymentNoticeDue(l.fund.parts.rulesProvide)),
        { rulesProvide: true },
      );
    }
    const period = context.deadlines[RE_RAISE_DECISION];
    if (period !== undefined) {
      if (
        period.status === 'missed' ||
        (period.status === 'pending' && isOverdue(period.due, event.at))
      )
        return true;
    }
    const due = period?.due.dueAt ?? '—';
    return fail(
      text((l) => l.fund.paymentNoticeDue(l.fund.parts.assemblyMayDecide(due))),
      { due: period?.due.dueAt ?? null, status: period?.status ?? null },
    );
  },
});

/**
 * FUND-6: a balance the comparison with the first collection can count exactly (SH 65 ¶1): the
 * cross-multiplication by the profile's shares stays within safe integers.
 */
export const balanceComparable = defineRule({
  id: 'balance-comparable',
  citations: ['SH-65', 'SH-65-3-restore'],
  check({ context }: Snap, event: Sent & { readonly balanceFen: number }) {
    const fund = fundOf(context.profile);
    const bars = [fund.sufficientBalance.value, fund.restoreTo.value].filter((b) => b !== null);
    const safe = bars.every(
      (b) =>
        Number.isSafeInteger(event.balanceFen * b.fraction.den) &&
        Number.isSafeInteger(context.firstCollectionFen * b.fraction.num),
    );
    return safe
      ? true
      : fail(
          text((l) => l.fund.balanceTooLarge),
          { balanceFen: event.balanceFen },
        );
  },
});

/**
 * FUND-8: while the last reported balance is below the sufficient share, at least the profile's share of
 * each public revenue goes first to the fund (BJ 74 ¶2 "专项维修资金余额不足首期应筹集金额百分之三十
 * 的，百分之五十以上的公共收益金额应当优先用于补充专项维修资金": 以上, so exactly half suffices).
 * A sufficient fund, or a profile whose texts set no share, takes any split; never more than the
 * revenue.
 */
export const revenueToFund = defineRule({
  id: 'revenue-to-fund',
  citations: ['BJ-74-2'],
  check(
    { context }: Snap,
    event: Sent & { readonly revenueFen: number; readonly toFundFen: number },
  ) {
    const { revenueFen, toFundFen } = event;
    if (toFundFen > revenueFen) {
      return fail(
        text((l) => l.fund.allocationExceeds(toFundFen, revenueFen)),
        { revenueFen, toFundFen },
      );
    }
    const share = publicRevenueToFundOf(context.profile);
    const bar = share.value;
    const balance = context.balance;
    if (bar === null || balance === null) return true;
    if (!isBelowShare(context.profile, balance.balanceFen, context.firstCollectionFen)) return true;
    const exact =
      Number.isSafeInteger(toFundFen * bar.fraction.den) &&
      Number.isSafeInteger(revenueFen * bar.fraction.num);
    if (!exact)
      return fail(
        text((l) => l.fund.revenueTooLarge),
        { revenueFen, toFundFen },
      );
    if (meetsBar(toFundFen, revenueFen, bar)) return true;
    return fail(
      text((l) => l.fund.revenueToFund(bar, toFundFen, revenueFen)),
      { revenueFen, toFundFen, cite: share.cite },
    );
  },
});
