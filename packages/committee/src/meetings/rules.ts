import { meetsBar } from '@jiayuan/core';
import type { CommitteeContext } from '../shared/context.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type {
  CallMeetingEvent,
  DecideEvent,
  DesignateConvenerEvent,
  HoldMeetingEvent,
  PostDecisionEvent,
} from './events.js';

function outsiders(context: CommitteeContext, ids: readonly string[]): string[] {
  const members = new Set(context.members.map((m) => m.id));
  return ids.filter((id) => !members.has(id));
}

function notMembers(list: readonly string[]): Verdict {
  return fail('not-members', { outsiders: list }, { outsiders: list });
}

/** An interim meeting needs at least one third of the members proposing it (SH 26 ¶1, 以上). */
export function checkCall(context: CommitteeContext, event: CallMeetingEvent): Verdict {
  const strangers = outsiders(context, event.proposers);
  if (strangers.length > 0) return notMembers(strangers);
  if (event.kind === 'regular') return true;
  const bar = context.profile.meetings.interimProposers.value;
  const proposers = new Set(event.proposers).size;
  if (bar === null || meetsBar(proposers, context.members.length, bar)) return true;
  return fail(
    'interim-proposers-short',
    { share: bar, proposers, members: context.members.length },
    { proposers, members: context.members.length },
  );
}

/**
 * The meeting is quorate: more than half of ALL members attend in person (SH 26 ¶2); members
 * may not send proxies (SH 26 ¶2).
 */
export function checkQuorum(context: CommitteeContext, event: HoldMeetingEvent): Verdict {
  if (event.proxies.length > 0 && !context.profile.meetings.proxiesAllowed.value) {
    return fail('proxies-not-allowed');
  }
  const strangers = outsiders(context, event.attended);
  if (strangers.length > 0) return notMembers(strangers);
  const bar = context.profile.meetings.quorum.value;
  const present = new Set(event.attended).size;
  if (bar === null || meetsBar(present, context.members.length, bar)) return true;
  return fail(
    'quorum-short',
    { share: bar, present, members: context.members.length },
    { present, members: context.members.length },
  );
}

/** Signers are members present at the meeting, and the decision id is new. */
export function checkDecision(context: CommitteeContext, event: DecideEvent): Verdict {
  const meeting = context.meeting;
  if (meeting === null) return fail('meeting-not-in-session');
  if (meeting.decisions.some((d) => d.id === event.decisionId)) {
    return fail('decision-already-recorded');
  }
  const strangers = outsiders(context, event.consenting);
  if (strangers.length > 0) return notMembers(strangers);
  return true;
}

/** Whether signed consent reaches more than half of ALL members (SH 26 ¶3). */
export function decisionPasses(context: CommitteeContext, consenting: readonly string[]): boolean {
  const bar = context.profile.meetings.decision.value;
  const signed = new Set(consenting).size;
  return bar === null ? signed > 0 : meetsBar(signed, context.members.length, bar);
}

/** A decision waiting to be posted (SH 26 ¶3). */
export function postingPending(context: CommitteeContext, event: PostDecisionEvent): Verdict {
  const entry = context.deadlines[`decision-posting:${event.decisionId}`];
  if (entry?.status === 'pending' || entry?.status === 'missed') return true;
  return fail('no-decision-to-post');
}

/** The street office names a sitting member to convene (SH 26 ¶4). */
export function checkConvener(context: CommitteeContext, event: DesignateConvenerEvent): Verdict {
  const strangers = outsiders(context, [event.memberId]);
  return strangers.length > 0 ? notMembers(strangers) : true;
}
