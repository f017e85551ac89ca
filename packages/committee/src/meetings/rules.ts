import { formatBar, meetsBar } from '@jiayuan/core';
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
  return fail(`${list.join('、')} 不是委员。`, `Not members: ${list.join(', ')}.`, {
    outsiders: list,
  });
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
    `临时会议须经${formatBar(bar, 'zh-CN')}委员提议，现为${proposers}/${context.members.length}。`,
    `An interim meeting needs ${formatBar(bar, 'en')} of the members proposing; ${proposers}/${context.members.length} did.`,
    { proposers, members: context.members.length },
  );
}

/**
 * The meeting is quorate: more than half of ALL members attend in person (SH 26 ¶2); members
 * may not send proxies (SH 26 ¶2).
 */
export function checkQuorum(context: CommitteeContext, event: HoldMeetingEvent): Verdict {
  if (event.proxies.length > 0 && !context.profile.meetings.proxiesAllowed.value) {
    return fail('委员不得委托他人出席业主委员会会议。', 'Members may not attend by proxy.');
  }
  const strangers = outsiders(context, event.attended);
  if (strangers.length > 0) return notMembers(strangers);
  const bar = context.profile.meetings.quorum.value;
  const present = new Set(event.attended).size;
  if (bar === null || meetsBar(present, context.members.length, bar)) return true;
  return fail(
    `会议应有全体委员${formatBar(bar, 'zh-CN')}出席，现为${present}/${context.members.length}。`,
    `The meeting needs ${formatBar(bar, 'en')} of all members present; ${present}/${context.members.length} are.`,
    { present, members: context.members.length },
  );
}

/** Signers are members present at the meeting, and the decision id is new. */
export function checkDecision(context: CommitteeContext, event: DecideEvent): Verdict {
  const meeting = context.meeting;
  if (meeting === null) return fail('会议未召开。', 'No meeting is in session.');
  if (meeting.decisions.some((d) => d.id === event.decisionId)) {
    return fail('该决定已记录。', 'This decision is already recorded.');
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
  return fail('没有待公告的该项决定。', 'No decision with this id is waiting to be posted.');
}

/** The street office names a sitting member to convene (SH 26 ¶4). */
export function checkConvener(context: CommitteeContext, event: DesignateConvenerEvent): Verdict {
  const strangers = outsiders(context, [event.memberId]);
  return strangers.length > 0 ? notMembers(strangers) : true;
}
