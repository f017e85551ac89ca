import type { z } from 'zod';
import type { CommitteeContext } from '../shared/context.js';
import { periodElapsed } from '../shared/time.js';
import { fail, type Verdict } from '../shared/verdict.js';
import { AUDIT_SCOPE, type PostAuditSchema } from './events.js';

/** The 街镇 presses only a hand-over that is overdue (SH 29 ¶3). */
export function handoverOverdue(context: CommitteeContext): Verdict {
  const entry = context.deadlines['records-handover'];
  if (entry !== undefined && entry.status === 'missed') return true;
  return fail('handover-not-overdue');
}

/** Records are handed over once. */
export function recordsPending(context: CommitteeContext): Verdict {
  if (context.milestones['records-handed-over'] === undefined) return true;
  return fail('records-already-handed-over');
}

/** The housing office hands over to the new committee once its filing is complete (SH 29 ¶2). */
export function filingCompleted(context: CommitteeContext): Verdict {
  if (context.milestones['filing-completed'] !== undefined) return true;
  return fail('filing-not-completed');
}

/** Whether the profile asks for a term-end audit posted for owners (SH 67 ¶2). */
export function auditRequired(context: CommitteeContext): boolean {
  return context.profile.disclosure.auditPosting.period !== null;
}

/** The audit covers the fund, public revenue and the committee's working funds (SH 67 ¶2). */
export function checkAudit(
  _context: CommitteeContext,
  event: z.output<typeof PostAuditSchema>,
): Verdict {
  const absent = AUDIT_SCOPE.filter((item) => !event.covers.includes(item));
  if (absent.length === 0) return true;
  return fail('audit-scope-incomplete', { missing: absent }, { missing: absent });
}

/** The audit results have been posted for the whole profile period (SH 67 ¶2: 公告三十日). */
export function auditPostingElapsed(context: CommitteeContext, at: string): boolean {
  const posted = context.milestones['audit-posted'];
  return (
    posted !== undefined &&
    periodElapsed(context, posted, context.profile.disclosure.auditPosting, at)
  );
}
