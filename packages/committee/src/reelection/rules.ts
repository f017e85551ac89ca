import { bilingual } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { periodElapsed } from '../shared/time.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { ReElectionContext } from './context.js';

/** What the term-end audit covers (SH 67 ¶2). */
export const AUDIT_SCOPE = ['maintenance-fund', 'public-revenue', 'committee-funds'] as const;

type Ctx = ReElectionContext;

/** The 街镇 presses only a hand-over that is overdue (SH 29 ¶3). */
export function handoverOverdue(context: Pick<Ctx, 'deadlines'>): Verdict {
  const entry = context.deadlines['records-handover'];
  if (entry !== undefined && entry.status === 'missed') return true;
  return fail('handover-not-overdue');
}

/** Records are handed over once. */
export function recordsPending(context: Pick<Ctx, 'milestones'>): Verdict {
  if (context.milestones['records-handed-over'] === undefined) return true;
  return fail('records-already-handed-over');
}

/** The housing office hands over to the new committee once its filing is complete (SH 29 ¶2). */
export function filingCompleted(context: Pick<Ctx, 'milestones'>): Verdict {
  if (context.milestones['filing-completed'] !== undefined) return true;
  return fail('filing-not-completed');
}

/** Whether the profile asks for a term-end audit posted for owners (SH 67 ¶2). */
export function auditRequired(context: Pick<Ctx, 'profile'>): boolean {
  return context.profile.disclosure.auditPosting.period !== null;
}

/** The audit covers the fund, public revenue and the committee's working funds (SH 67 ¶2). */
export function checkAudit(
  _context: unknown,
  event: { readonly covers: readonly string[] },
): Verdict {
  const absent = AUDIT_SCOPE.filter((item) => !event.covers.includes(item));
  if (absent.length === 0) return true;
  return fail('audit-scope-incomplete', { missing: absent }, { missing: absent });
}

/** The audit results have been posted for the whole profile period (SH 67 ¶2: 公告三十日). */
export function auditPostingElapsed(
  context: Pick<Ctx, 'milestones' | 'profile' | 'holidays'>,
  at: string,
): boolean {
  const posted = context.milestones['audit-posted'];
  return (
    posted !== undefined &&
    periodElapsed(context, posted, context.profile.disclosure.auditPosting, at)
  );
}

/** SH 29 ¶1: the records are handed over once. */
export const recordsOnce = contextRule(
  'records-once',
  ['SH-29-1'],
  bilingual('档案资料只移交一次', 'Records are handed over once'),
  recordsPending,
);

/** SH 29 ¶3: the street office presses only an overdue hand-over. */
export const handoverOverdueRule = contextRule(
  'handover-overdue',
  ['SH-29-3'],
  bilingual('移交已逾期', 'The hand-over is overdue'),
  handoverOverdue,
);

/** SH 29 ¶2: the housing office hands over once the re-election filing is complete. */
export const filingCompletedRule = contextRule(
  'filing-completed',
  ['SH-29-2', 'SH-29-2-handover'],
  bilingual('换届备案已完成', 'The re-election filing is complete'),
  filingCompleted,
);

/** SH 67: the audit covers every fund. */
export const auditScope = contextRule(
  'audit-scope',
  ['SH-67'],
  bilingual('审计覆盖维修资金、公共收益和工作经费', 'The audit covers every fund'),
  checkAudit,
);
