import { type DeadlineBook, epochMillisOf, settleDeadline } from '@jiayuan/core';
import { startTitled } from '../shared/time.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { MembershipContext } from './context.js';

const PREFIX = 'change-filing:';
/** The milestone noting the committee's latest change filing. */
const FILED = 'change-filed' as const;

type Book = Pick<MembershipContext, 'deadlines' | 'holidays' | 'profile'>;

function filings(context: Pick<MembershipContext, 'deadlines'>) {
  return Object.values(context.deadlines).filter((d) => d.id.startsWith(PREFIX));
}

/**
 * The deadline book after a membership change at `at` (SH 33: 委员发生变更的，三十日内办理变更
 * 备案). One filing covers every change made so far, so a change while a filing is pending
 * starts nothing (the earlier due date binds); otherwise a new numbered filing deadline starts,
 * and a missed one stays in the book as missed.
 */
export function startChangeFiling(context: Book, at: string): DeadlineBook {
  const all = filings(context);
  if (all.some((d) => d.status === 'pending')) return context.deadlines;
  return startTitled(
    context,
    `${PREFIX}${all.length + 1}`,
    'change-filing',
    at,
    context.profile.term.changeFiling,
  );
}

/**
 * A change filing is outstanding (SH 33): one pending, or one missed and not filed since its
 * change. A late filing is still a filing.
 */
export function changeFilingOutstanding(
  context: Pick<MembershipContext, 'deadlines' | 'milestones'>,
): Verdict {
  const filed = context.milestones[FILED];
  const since = filed === undefined ? null : epochMillisOf(filed);
  const outstanding = filings(context).some(
    (d) =>
      d.status === 'pending' ||
      (d.status === 'missed' && (since === null || since < epochMillisOf(d.due.trigger))),
  );
  if (outstanding) return true;
  return fail('no-change-filing-pending');
}

/** The context after the committee files the changes at `at`: pending filings settled. */
export function fileChange(
  context: Pick<MembershipContext, 'deadlines' | 'milestones'>,
  at: string,
): Pick<MembershipContext, 'deadlines' | 'milestones'> {
  let deadlines = context.deadlines;
  for (const d of filings(context)) {
    deadlines = settleDeadline(deadlines, d.id, at);
  }
  return { deadlines, milestones: { ...context.milestones, [FILED]: at } };
}
