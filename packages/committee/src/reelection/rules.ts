import type { CommitteeContext } from '../shared/context.js';
import { fail, type Verdict } from '../shared/verdict.js';

/** The 街镇 presses only a hand-over that is overdue (SH 29 ¶3). */
export function handoverOverdue(context: CommitteeContext): Verdict {
  const entry = context.deadlines['records-handover'];
  if (entry !== undefined && entry.status === 'missed') return true;
  return fail(
    '移交期限未届满或已移交，无需督促。',
    'The hand-over is not overdue; nothing to press.',
  );
}

/** Records are handed over once. */
export function recordsPending(context: CommitteeContext): Verdict {
  if (context.milestones['records-handed-over'] === undefined) return true;
  return fail('档案资料和印章已移交。', 'Records and seals were already handed over.');
}

/** The housing office hands over to the new committee once its filing is complete (SH 29 ¶2). */
export function filingCompleted(context: CommitteeContext): Verdict {
  if (context.milestones['filing-completed'] !== undefined) return true;
  return fail(
    '新一届业主委员会备案完成后，房管机构方移交。',
    "The housing office hands over once the new committee's filing is complete.",
  );
}
