import { start } from '../legacy/formation-reducer.js';
import type { CommitteeContext } from '../shared/context.js';
import { settle } from '../shared/deadlines.js';
import type { ReElectionOwnEvent } from './events.js';

/** How a re-election event changes the context. Pure. */
export function reduceReElection(
  context: CommitteeContext,
  event: ReElectionOwnEvent,
): Partial<CommitteeContext> {
  const mark = (name: string) => ({ ...context.milestones, [name]: event.at });
  switch (event.type) {
    case 'REPORT_TERM_END': {
      const settled = { ...context, deadlines: settle(context, 'term-report', event.at) };
      return {
        milestones: mark('reported'),
        deadlines: start(settled, 'group-formation', event.at, context.profile.term.groupFormation),
      };
    }
    case 'CALL_ASSEMBLY':
      return { assemblies: [...context.assemblies, { at: event.at, topic: event.topic }] };
    case 'HAND_OVER_RECORDS':
      return {
        milestones: mark('records-handed-over'),
        deadlines: settle(context, 'records-handover', event.at),
      };
    case 'PRESS_HANDOVER':
      return { milestones: mark('handover-pressed') };
    case 'POST_AUDIT':
      return {
        milestones: mark('audit-posted'),
        deadlines: settle(context, 'term-end-audit', event.at),
        notes: [
          ...context.notes,
          { at: event.at, by: event.by.id, role: event.by.role, text: event.auditor },
        ],
      };
    case 'AUTHORITY_HANDOVER':
      return {
        milestones: mark('authority-handed-over'),
        deadlines: settle(context, 'authority-handover', event.at),
      };
  }
}

/**
 * Once the new committee is elected the term-end audit falls due (SH 67 ¶2; within one month
 * under the expired SH-6 §十一, a profile period). Taken on an eventless step: the election time
 * is the trigger.
 */
export function onAuditDue(context: CommitteeContext): Partial<CommitteeContext> {
  const elected = context.milestones.elected ?? context.now;
  const within = context.profile.disclosure.termEndAuditWithin;
  if (within.period === null) return {};
  return { deadlines: start(context, 'term-end-audit', elected, within) };
}
