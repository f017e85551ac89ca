import { bilingual, meetsBar } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { MeetingsContext } from './context.js';

type Members = Pick<MeetingsContext, 'members' | 'profile'>;

function outsiders(context: Pick<MeetingsContext, 'members'>, ids: readonly string[]): string[] {
  const members = new Set(context.members.map((m) => m.id));
  return ids.filter((id) => !members.has(id));
}

function notMembers(list: readonly string[]): Verdict {
  return fail('not-members', { outsiders: list }, { outsiders: list });
}

/** An interim meeting needs at least one third of the members proposing it (SH 26 ¶1, 以上). */
export function checkCall(
  context: Members,
  event: { readonly kind: 'regular' | 'interim'; readonly proposers: readonly string[] },
): Verdict {
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
export function checkQuorum(
  context: Members,
  event: { readonly attended: readonly string[]; readonly proxies: readonly string[] },
): Verdict {
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
export function checkDecision(
  context: Pick<MeetingsContext, 'members' | 'meeting'>,
  event: { readonly decisionId: string; readonly consenting: readonly string[] },
): Verdict {
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
export function decisionPasses(context: Members, consenting: readonly string[]): boolean {
  const bar = context.profile.meetings.decision.value;
  const signed = new Set(consenting).size;
  return bar === null ? signed > 0 : meetsBar(signed, context.members.length, bar);
}

/** The id of a decision's posting deadline (SH 26 ¶3). */
export function decisionPostingId(decisionId: string): string {
  return `decision-posting:${decisionId}`;
}

/** A decision waiting to be posted (SH 26 ¶3); a late posting is still a posting. */
export function postingPending(
  context: Pick<MeetingsContext, 'deadlines'>,
  event: { readonly decisionId: string },
): Verdict {
  const entry = context.deadlines[decisionPostingId(event.decisionId)];
  if (entry?.status === 'pending' || entry?.status === 'missed') return true;
  return fail('no-decision-to-post');
}

/** The street office names a sitting member to convene (SH 26 ¶4). */
export function checkConvener(
  context: Pick<MeetingsContext, 'members'>,
  event: { readonly memberId: string },
): Verdict {
  const strangers = outsiders(context, [event.memberId]);
  return strangers.length > 0 ? notMembers(strangers) : true;
}

/** SH 26 ¶1: proposers are members, and an interim meeting has a third or more proposing. */
export const interimProposers = contextRule(
  'interim-proposers',
  ['SH-26-1', 'SH-26-1-interim'],
  bilingual('临时会议提议人数', 'Interim meeting proposers'),
  checkCall,
);

/** SH 26 ¶2: more than half of all members present in person, no proxies. */
export const quorum = contextRule(
  'quorum',
  ['SH-26-2', 'SH-26-2-no-proxy'],
  bilingual('出席人数过半数，无委托', 'Quorate, no proxies'),
  checkQuorum,
);

/** SH 26 ¶3: the signers are members, and the decision is a new one. */
export const decisionSigners = contextRule(
  'decision-signers',
  ['SH-26-3'],
  bilingual('签字人为委员，决定未重复', 'Signers are members; a new decision'),
  checkDecision,
);

/** SH 26 ¶3: a decision that passed waits to be posted. */
export const decisionPostingPending = contextRule(
  'posting-pending',
  ['SH-26-3-posting'],
  bilingual('有待公告的决定', 'A decision waits to be posted'),
  postingPending,
);

/** SH 26 ¶4: the street office names a sitting member. */
export const convenerMember = contextRule(
  'convener-member',
  ['SH-26-4'],
  bilingual('被指定者为委员', 'A sitting member'),
  checkConvener,
);
