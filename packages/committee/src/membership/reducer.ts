import { castBallot, closeVote, currentTally, openVote, settleDeadline } from '@jiayuan/core';
import { newElection } from '../election/reducer.js';
import type { CommitteeContext, MembershipEnding, MembershipGround } from '../shared/context.js';
import { DEADLINE_TITLES } from '../shared/deadline-titles.js';
import { startFor } from '../shared/time.js';
import { fileChange, startChangeFiling } from './change-filing.js';
import type { MembershipOwnEvent } from './events.js';
import { ballotOf, vacancies } from './rules.js';

/** Context after `memberId`'s membership ends: removed, the ending noted, the hand-over due. */
export function endMembership(
  context: CommitteeContext,
  memberId: string,
  ground: MembershipGround,
  how: MembershipEnding['how'],
  at: string,
): Partial<CommitteeContext> {
  if (!context.members.some((m) => m.id === memberId)) return {};
  const officers = context.officers;
  const handover = startFor(
    context,
    `member-handover:${memberId}`,
    DEADLINE_TITLES['member-handover'],
    at,
    context.profile.term.departingMemberHandover,
  );
  return {
    members: context.members.filter((m) => m.id !== memberId),
    // A vacant chair or vice-chair is re-chosen (TERM-6); the office is left empty here.
    officers: {
      chair: officers.chair === memberId ? null : officers.chair,
      viceChairs: officers.viceChairs.filter((v) => v !== memberId),
    },
    endings: [...context.endings, { memberId, ground, at, how }],
    // SH 33: the change is filed within 30 days.
    deadlines: startChangeFiling({ ...context, deadlines: handover }, at),
  };
}

/** How a membership event changes the context. Pure. */
export function reduceMembership(
  context: CommitteeContext,
  event: MembershipOwnEvent,
): Partial<CommitteeContext> {
  switch (event.type) {
    case 'MEMBERSHIP_ENDS':
      return endMembership(context, event.memberId, event.ground, 'automatic', event.at);
    case 'PROPOSE_REMOVAL': {
      if (context.roll === null) return {};
      const vote = openVote({
        id: `removal-${context.endings.length + 1}-${event.memberId}`,
        matter: {
          id: `removal-${event.memberId}`,
          // CC 278 ¶1 (四): electing and replacing committee members is one matter.
          kind: 'elect-committee',
          title: `终止或罢免委员资格：${event.memberId}`,
        },
        roll: context.roll,
        profile: context.profile,
        openedAt: event.at,
        closesAt: event.closesAt,
      });
      return { removal: { memberId: event.memberId, ground: event.ground, vote } };
    }
    case 'REMOVAL_BALLOT': {
      const motion = context.removal;
      if (motion === null) return {};
      const outcome = castBallot(motion.vote, ballotOf(event));
      return { removal: { ...motion, vote: outcome.vote } };
    }
    case 'CLOSE_REMOVAL_VOTE': {
      const motion = context.removal;
      if (motion === null) return {};
      const vote = closeVote(motion.vote, event.at);
      const closed = { ...context, removal: null };
      if (!currentTally(vote).passed) return { removal: null };
      const how = motion.ground === 'unable-to-serve' ? 'terminated' : 'removed';
      return {
        removal: null,
        ...endMembership(closed, motion.memberId, motion.ground, how, event.at),
      };
    }
    case 'MEMBER_HANDS_OVER':
      return {
        deadlines: settleDeadline(context.deadlines, `member-handover:${event.memberId}`, event.at),
      };
    case 'FILE_CHANGE':
      return fileChange(context, event.at);
    case 'RECORD_MEETING':
      return {
        meetings: [
          ...context.meetings,
          {
            heldAt: event.at,
            members: context.members.map((m) => m.id),
            attended: event.attended.filter((id) => context.members.some((m) => m.id === id)),
          },
        ],
        milestones: { ...context.milestones, 'last-activity': event.at },
      };
    case 'START_BY_ELECTION':
      return { milestones: { ...context.milestones, 'by-election': event.at } };
    case 'DECIDE_EARLY_RE_ELECTION':
      return { milestones: { ...context.milestones, 'early-re-election': event.at } };
  }
}

/** A fresh election for the vacant seats, on the by-election's entry. */
export function beginByElection(context: CommitteeContext): Partial<CommitteeContext> {
  return {
    election: newElection(vacancies(context)),
    candidates: [],
    notice: null,
    objections: [],
  };
}

/** Substitutes take the vacant seats in their order (SH-36 (五)). */
export function promoteSubstitutes(context: CommitteeContext): Partial<CommitteeContext> {
  const open = vacancies(context);
  const taking = context.substitutes.slice(0, open);
  if (taking.length === 0) return {};
  return {
    members: [...context.members, ...taking.map((id) => ({ id, since: context.now }))],
    substitutes: context.substitutes.slice(taking.length),
    deadlines: startChangeFiling(context, context.now),
  };
}

/** The by-elected members join the committee (SH 32 ¶1). */
export function seatByElected(context: CommitteeContext): Partial<CommitteeContext> {
  const elected = context.election?.elected ?? [];
  return {
    members: [...context.members, ...elected.map((id) => ({ id, since: context.now }))],
    milestones: { ...context.milestones, 'by-elected': context.now },
    deadlines: elected.length === 0 ? context.deadlines : startChangeFiling(context, context.now),
  };
}
