import { epochMillisOf, type Fund, meetsBar, type Profile } from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
import type { SnapshotFrom } from 'xstate';
import { MAX_EMERGENCY_MEASURES, MAX_PLAN_REJECTIONS } from '../fund/emergency/context.js';
import { EMERGENCY_REVIEW } from '../fund/emergency/deadline-ids.js';
import type { fundEmergencyMachine } from '../fund/emergency/machine.js';
import { isBelowShare } from '../fund/re-raise/balance.js';
import { RE_RAISE_DECISION, RESTORE_BALANCE } from '../fund/re-raise/deadline-ids.js';
import type { fundReRaiseMachine } from '../fund/re-raise/machine.js';
import { immediateMeasuresOf, publicRevenueToFundOf } from '../fund/shared.js';
import type { fundUseMachine } from '../fund/use/machine.js';

// The machines start only with a fund section (FundInputError otherwise).
const fund = (profile: Profile): Fund => profile.fund as Fund;
const ms = epochMillisOf;

/** An ordinary use's invariants (RULES FUND-1, FUND-2). */
export const fundUseInvariants: readonly Invariant<SnapshotFrom<typeof fundUseMachine>>[] = [
  {
    name: 'no plan before the developer’s report where the texts have SH 71’s stages',
    check: ({ context: c }) =>
      !(c.stage === 'no-report' && fund(c.profile).consultationBeforeAssembly.value) ||
      c.plan === null,
  },
  {
    name: 'put to the owners only after both reviews, where the profile asks (SH 67 ¶1)',
    check: ({ context: c }) =>
      c.item === null ||
      !fund(c.profile).priceAndProcedureReview.value ||
      (c.priceReview !== null && c.procedureReview !== null),
  },
  {
    name: 'the state agrees with the record',
    check(s) {
      const c = s.context;
      if (s.matches('deciding') && c.item === null) return 'deciding without an item';
      const approved = s.matches('approved') || s.matches('executing') || s.matches('completed');
      if (approved && c.decision?.passed !== true)
        return `${String(s.value)} without a passed decision`;
      if (s.matches('rejected') && c.decision?.passed !== false)
        return 'rejected without a failed decision';
      if (s.matches('completed') !== (c.costs !== null)) return 'costs and state disagree';
      return true;
    },
  },
  {
    name: 'costs only on the price review report on record (SH 67 ¶1, SH 71 ¶3)',
    check: ({ context: c }) =>
      c.costs === null ||
      !fund(c.profile).priceAndProcedureReview.value ||
      c.costs.reportId === c.priceReview?.ref,
  },
];

/** An emergency repair's invariants (RULES FUND-3..5). */
export const fundEmergencyInvariants: readonly Invariant<
  SnapshotFrom<typeof fundEmergencyMachine>
>[] = [
  {
    name: 'only a listed emergency is reported (SH 73 ¶2)',
    check: ({ context: c }) =>
      c.report === null || fund(c.profile).emergencyKinds.value.includes(c.report.kind),
  },
  {
    name: 'the committee’s review period runs exactly when the committee reviews (SH 73 ¶3)',
    check({ context: c }) {
      const has = c.deadlines[EMERGENCY_REVIEW] !== undefined;
      const want =
        c.report !== null && c.assemblyFormed && fund(c.profile).emergencyReview.period !== null;
      return has === want || `deadline ${has}, expected ${want}`;
    },
  },
  {
    name: 'a substitute repair only once the review ran out without approval (SH 73 ¶3)',
    check({ context: c }) {
      if (c.substitute === null) return true;
      const review = c.deadlines[EMERGENCY_REVIEW];
      if (c.approval !== null || review === undefined) return 'substitute beside an approval';
      return ms(c.substitute.at) >= ms(review.due.dueAt) || 'substitute before the period ended';
    },
  },
  {
    name: 'a substitute repair’s costs carry the withdrawal notice',
    check: ({ context: c }) =>
      c.costs === null || c.substitute === null || c.costs.withdrawalNotice !== null,
  },
  {
    name: 'measures only where the profile sets the duty, bounded, in time order (SH 73 ¶1)',
    check({ context: c }) {
      if (c.measures.length === 0) return true;
      if (!immediateMeasuresOf(c.profile).value) return 'measures without the duty';
      if (c.measures.length > MAX_EMERGENCY_MEASURES) return 'too many measures';
      return (
        c.measures.every((m, i) => i === 0 || ms(m.at) >= ms(c.measures[i - 1]?.at ?? m.at)) ||
        'measures out of order'
      );
    },
  },
  {
    name: 'a refusal only by the committee within its review period, on a reported plan (SH 73 ¶3)',
    check(s) {
      const c = s.context;
      if (s.matches('planRejected') && c.rejections.length === 0)
        return 'refused without a refusal';
      if (c.rejections.length > MAX_PLAN_REJECTIONS) return 'too many refusals';
      if (c.rejections.length === 0) return true;
      const review = c.deadlines[EMERGENCY_REVIEW];
      if (c.report === null || review === undefined) return 'a refusal without a review';
      return (
        c.rejections.every((r) => ms(r.at) < ms(review.due.dueAt)) ||
        'a refusal after the review period'
      );
    },
  },
];

/** A fund account's re-raising invariants (RULES FUND-6, FUND-7). */
export const fundReRaiseInvariants: readonly Invariant<SnapshotFrom<typeof fundReRaiseMachine>>[] =
  [
    {
      name: 'sufficient never holds a balance below the share; shortfall always does',
      check(s) {
        const c = s.context;
        const below =
          c.balance !== null && isBelowShare(c.profile, c.balance.balanceFen, c.firstCollectionFen);
        if (s.matches('sufficient') && below) return 'sufficient below the share';
        if (s.matches('shortfall') && !below) return 'shortfall not below the share';
        return (
          s.matches('sufficient') === (c.shortfallSince === null) || 'shortfallSince disagrees'
        );
      },
    },
    {
      name: 're-raising only on a passed decision of the assembly',
      check: (s) => !s.matches('reRaising') || s.context.decisions.some((d) => d.passed),
    },
    {
      name: 'the payment notice only after the assembly’s period, never when the rules provide (SH 65 ¶3)',
      check({ context: c }) {
        if (c.notice === null || fund(c.profile).reRaiseDecision.period === null) return true;
        if (c.rulesProvide) return 'notice although the rules provide';
        const period = c.deadlines[RE_RAISE_DECISION];
        return (
          (period !== undefined && ms(c.notice.at) >= ms(period.due.dueAt)) ||
          'notice before the period ended'
        );
      },
    },
    {
      name: 'restoring runs the owners’ period from delivery, where the profile sets one',
      check: (s) =>
        !s.matches('restoring') ||
        fund(s.context.profile).restoreWithin.period === null ||
        s.context.deadlines[RESTORE_BALANCE] !== undefined,
    },
    {
      name: 'public revenue to a short fund meets the profile’s share, never more than the revenue (BJ 74 ¶2)',
      check({ context: c }) {
        const r = c.revenue;
        if (r === null) return true;
        if (r.toFundFen > r.revenueFen) return 'more to the fund than the revenue';
        if (r.whileShort && c.balance === null) return 'short without a balance';
        const bar = publicRevenueToFundOf(c.profile).value;
        return (
          !r.whileShort ||
          bar === null ||
          meetsBar(r.toFundFen, r.revenueFen, bar) ||
          'less than the share went to the short fund'
        );
      },
    },
  ];
