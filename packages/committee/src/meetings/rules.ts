import { bilingual, type CitationId, meetsBar } from '@jiayuan/core';
import { citationsInForce, contextRule } from '../shared/rule.js';
import { isPastDue } from '../shared/time.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
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

/** The chair and vice-chairs of record, chair first; none when the input named no chair. */
export function officersOf(context: Pick<MeetingsContext, 'officers'>): string[] {
  const { chair, viceChairs } = context.officers;
  if (chair === null) return [];
  return [chair, ...viceChairs.filter((v) => v !== chair)];
}

/**
 * A meeting is owed: an interim one a third of the members proposed, or the regular one the
 * two months call for, overdue (SH 26 ¶1).
 */
export function meetingOwed(
  context: Pick<MeetingsContext, 'convening' | 'deadlines'>,
  at: string,
): boolean {
  return context.convening.proposal !== null || isPastDue(context, 'regular-meeting', at);
}

/** Members propose an interim meeting: a third or more of them, none already proposed (SH 26 ¶1). */
export function checkInterimProposal(
  context: Members & Pick<MeetingsContext, 'convening'>,
  event: { readonly proposers: readonly string[] },
): Verdict {
  if (context.convening.proposal !== null) return fail('interim-already-proposed');
  return checkCall(context, { kind: 'interim', proposers: event.proposers });
}

/**
 * A refusal or failure to convene names the chair or a vice-chair of record, once, while a
 * meeting is owed (SH 26 ¶4: 主任、副主任…不召集).
 */
export function checkRefusal(
  context: Pick<MeetingsContext, 'officers' | 'convening' | 'deadlines'>,
  event: { readonly officerId: string; readonly at: string },
): Verdict {
  const officers = officersOf(context);
  if (officers.length === 0) return fail('officers-not-recorded');
  if (!officers.includes(event.officerId)) {
    return fail('not-an-officer', { memberId: event.officerId });
  }
  if (!meetingOwed(context, event.at)) return fail('no-meeting-owed');
  if (context.convening.refusals.some((r) => r.officerId === event.officerId)) {
    return fail('refusal-already-recorded', { memberId: event.officerId });
  }
  return true;
}

/** The chair and every vice-chair of record refused or failed to convene (SH 26 ¶4). */
export function checkOfficersRefused(
  context: Pick<MeetingsContext, 'officers' | 'convening'>,
): Verdict {
  const officers = officersOf(context);
  if (officers.length === 0) return fail('officers-not-recorded');
  const refused = new Set(context.convening.refusals.map((r) => r.officerId));
  const pending = officers.filter((id) => !refused.has(id));
  if (pending.length === 0) return true;
  return fail('officers-have-not-refused', { pending }, { pending });
}

/** The articles that let the street office designate another member to convene. */
const DESIGNATION_ARTICLES: readonly CitationId[] = ['SH-26-4'];

/**
 * The grounds for designating a convener (SH 26 ¶4): the chair and vice-chairs did not convene
 * the meeting owed, and the owners asked the street office in writing. Where the profile's texts
 * have no such step the designation is refused as absent, citing nothing: BJ 45 ¶5 has the
 * street office order the officers to convene, then convene itself and have new officers chosen.
 */
export function checkDesignationGrounds(
  context: Pick<MeetingsContext, 'officers' | 'convening' | 'profile'>,
): Verdict {
  if (citationsInForce(context.profile, DESIGNATION_ARTICLES).length === 0) {
    return citing(fail('designation-not-in-profile', { profile: context.profile.id }), []);
  }
  const refused = checkOfficersRefused(context);
  if (refused !== true) return refused;
  return context.convening.ownersRequest === null ? fail('no-owners-request') : true;
}

/** The street office names another sitting member: not the chair or a vice-chair (SH 26 ¶4). */
export function checkConvener(
  context: Pick<MeetingsContext, 'members' | 'officers'>,
  event: { readonly memberId: string },
): Verdict {
  const strangers = outsiders(context, [event.memberId]);
  if (strangers.length > 0) return notMembers(strangers);
  if (officersOf(context).includes(event.memberId)) {
    return fail('convener-is-officer', { memberId: event.memberId });
  }
  return true;
}

/** SH 26 ¶1, BJ 45 ¶1: proposers are members, and an interim meeting has a third or more proposing. */
export const interimProposers = contextRule(
  'interim-proposers',
  ['SH-26-1', 'SH-26-1-interim', 'BJ-45-1-interim'],
  bilingual('临时会议提议人数', 'Interim meeting proposers'),
  checkCall,
);

/** SH 26 ¶2, BJ 45 ¶2: more than half of all members present in person, no proxies. */
export const quorum = contextRule(
  'quorum',
  ['SH-26-2', 'SH-26-2-no-proxy', 'BJ-45-2'],
  bilingual('出席人数过半数，无委托', 'Quorate, no proxies'),
  checkQuorum,
);

/** SH 26 ¶3, BJ 45 ¶4: the signers are members, and the decision is a new one. */
export const decisionSigners = contextRule(
  'decision-signers',
  ['SH-26-3', 'BJ-45-4'],
  bilingual('签字人为委员，决定未重复', 'Signers are members; a new decision'),
  checkDecision,
);

/** SH 26 ¶3, BJ 45 ¶4: a decision that passed waits to be posted. */
export const decisionPostingPending = contextRule(
  'posting-pending',
  ['SH-26-3-posting', 'BJ-45-4-posting'],
  bilingual('有待公告的决定', 'A decision waits to be posted'),
  postingPending,
);

/** SH 26 ¶1, BJ 45 ¶1: an interim meeting proposed by a third or more of the members. */
export const interimProposal = contextRule(
  'interim-proposal',
  ['SH-26-1-interim', 'BJ-45-1-interim'],
  bilingual('三分之一以上委员提议，且无待召开的提议', 'A third or more proposing; none pending'),
  checkInterimProposal,
);

/** SH 26 ¶1, ¶4, BJ 45 ¶1, ¶5: the chair or a vice-chair did not convene a meeting owed. */
export const meetingOwedRule = contextRule(
  'meeting-owed',
  ['SH-26-4', 'SH-26-1', 'SH-26-1-interim', 'BJ-45-5', 'BJ-45-1', 'BJ-45-1-interim'],
  bilingual('主任或副主任不召集应当召开的会议', 'The chair or a vice-chair, a meeting owed'),
  checkRefusal,
);

/** SH 26 ¶4, BJ 45 ¶5: the chair and every vice-chair did not convene; the owners may ask. */
export const officersRefused = contextRule(
  'officers-refused',
  ['SH-26-4', 'BJ-45-5'],
  bilingual('主任、副主任均不召集', 'The chair and every vice-chair did not convene'),
  (context: Pick<MeetingsContext, 'officers' | 'convening'>) => checkOfficersRefused(context),
);

/** SH 26 ¶4: the officers did not convene, and the owners asked in writing. */
export const designationGrounds = contextRule(
  'designation-grounds',
  ['SH-26-4'],
  bilingual('主任、副主任不召集，业主书面要求', "Officers did not convene; the owners' request"),
  (context: Pick<MeetingsContext, 'officers' | 'convening' | 'profile'>) =>
    checkDesignationGrounds(context),
);

/** SH 26 ¶4: the street office names another sitting member. */
export const convenerMember = contextRule(
  'convener-member',
  ['SH-26-4'],
  bilingual('被指定者为其他委员', 'Another sitting member'),
  checkConvener,
);
