import { settleDeadline } from '@jiayuan/core';
import type { CommitteeContext } from '../shared/context.js';
import { DEADLINE_TITLES } from '../shared/deadline-titles.js';
import { startFor } from '../shared/time.js';
import type { MeetingsOwnEvent } from './events.js';
import { decisionPasses } from './rules.js';

/** How a meetings event changes the context. Pure. */
export function reduceMeetings(
  context: CommitteeContext,
  event: MeetingsOwnEvent,
): Partial<CommitteeContext> {
  const meeting = context.meeting;
  switch (event.type) {
    case 'CALL_MEETING':
      return {
        meeting: {
          kind: event.kind,
          calledAt: event.at,
          proposers: [...event.proposers],
          heldAt: null,
          attended: [],
          decisions: [],
        },
      };
    case 'HOLD_MEETING': {
      if (meeting === null) return {};
      // Any meeting held restarts the two-month clock (SH 26 ¶1: 至少每两个月召开一次).
      const settled = {
        ...context,
        deadlines: settleDeadline(context.deadlines, 'regular-meeting', event.at),
      };
      const { 'regular-meeting': _done, ...rest } = settled.deadlines;
      const restarted = startFor(
        { ...settled, deadlines: rest },
        'regular-meeting',
        DEADLINE_TITLES['regular-meeting'],
        event.at,
        context.profile.meetings.regularEvery,
      );
      const members = context.members.map((m) => m.id);
      return {
        meeting: { ...meeting, heldAt: event.at, attended: [...event.attended] },
        meetings: [
          ...context.meetings,
          { heldAt: event.at, members, attended: [...new Set(event.attended)] },
        ],
        deadlines: restarted,
        milestones: { ...context.milestones, 'last-activity': event.at },
      };
    }
    case 'DECIDE': {
      if (meeting === null) return {};
      const passed = decisionPasses(context, event.consenting);
      const decision = {
        id: event.decisionId,
        at: event.at,
        consenting: [...event.consenting],
        passed,
      };
      return {
        meeting: { ...meeting, decisions: [...meeting.decisions, decision] },
        deadlines: passed
          ? startFor(
              context,
              `decision-posting:${event.decisionId}`,
              DEADLINE_TITLES['decision-posting'],
              event.at,
              context.profile.meetings.decisionPosting,
            )
          : context.deadlines,
      };
    }
    case 'CLOSE_MEETING':
      return { meeting: null };
    case 'POST_DECISION':
      return {
        deadlines: settleDeadline(
          context.deadlines,
          `decision-posting:${event.decisionId}`,
          event.at,
        ),
      };
    case 'DESIGNATE_CONVENER':
      return {
        milestones: { ...context.milestones, 'convener-designated': event.at },
        notes: [
          ...context.notes,
          {
            at: event.at,
            by: event.by.id,
            role: event.by.role,
            text: `convener: ${event.memberId}`,
          },
        ],
      };
  }
}
