import { castBallot, epochMillisOf, meetsBar, periodParts } from '@jiayuan/core';
import type { CommitteeContext } from '../shared/context.js';
import { periodElapsed } from '../shared/time.js';
import { fail, type Verdict } from '../shared/verdict.js';
import { absenceShares } from './absence.js';
import type {
  CloseRemovalVoteEvent,
  MemberHandsOverEvent,
  MembershipEndsEvent,
  ProposeRemovalEvent,
  RemovalBallotEvent,
} from './events.js';

/** The event names a sitting member. */
export function isMember(
  context: CommitteeContext,
  event: MembershipEndsEvent | ProposeRemovalEvent,
): Verdict {
  if (context.members.some((m) => m.id === event.memberId)) return true;
  return fail('not-sitting-member', { memberId: event.memberId });
}

/** The start of the absence window before `at` (SH 31 (五): 一年内). */
export function absenceWindowStart(context: CommitteeContext, at: string): string {
  const rule = context.profile.term.absenceRemoval.value;
  const d = new Date(at);
  if (rule === null) return d.toISOString();
  const { unit, count } = periodParts(rule.within);
  if (unit === 'years') d.setUTCFullYear(d.getUTCFullYear() - count);
  else if (unit === 'months') d.setUTCMonth(d.getUTCMonth() - count);
  else d.setUTCDate(d.getUTCDate() - count);
  return d.toISOString();
}

/**
 * A removal motion names a sitting member; on the absence ground the member missed at least
 * the profile's share of the meetings held in the year before (SH 31 (五) "一半以上": inclusive).
 */
export function checkRemovalMotion(context: CommitteeContext, event: ProposeRemovalEvent): Verdict {
  const member = isMember(context, event);
  if (member !== true) return member;
  if (epochMillisOf(event.closesAt) <= epochMillisOf(event.at)) {
    return fail('voting-closes-before-opening');
  }
  if (event.ground !== 'absent') return true;
  const rule = context.profile.term.absenceRemoval.value;
  if (rule === null) {
    return fail('no-absence-ground');
  }
  const { share } = rule;
  const from = absenceWindowStart(context, event.at);
  const row = absenceShares(context.meetings, from, event.at)[event.memberId];
  const held = row?.held ?? 0;
  const absent = row?.absent ?? 0;
  if (held > 0 && meetsBar(absent, held, share)) return true;
  return fail('absence-below-share', { absent, held, share }, { absent, held });
}

/** An owner casts their own ballot, accepted by core against the frozen roll. */
export function checkRemovalBallot(context: CommitteeContext, event: RemovalBallotEvent): Verdict {
  const vote = context.removal?.vote;
  if (vote === undefined) return fail('no-removal-vote');
  if (event.by.role === 'owner' && event.by.id !== event.castBy) {
    return fail('own-ballot-only');
  }
  const outcome = castBallot(vote, ballotOf(event));
  if (outcome.ok) return true;
  return fail('ballot-refused', { code: outcome.issue.code }, { issue: outcome.issue.code });
}

/** The core ballot of a REMOVAL_BALLOT event. */
export function ballotOf(event: RemovalBallotEvent) {
  return {
    id: event.ballotId,
    unitId: event.unitId,
    castBy: event.castBy,
    choice: event.choice,
    channel: event.channel,
    at: event.at,
    ...(event.proxy === undefined ? {} : { proxy: event.proxy }),
  };
}

/** The motion's vote closes at or after its announced close. */
export function checkRemovalClose(
  context: CommitteeContext,
  event: CloseRemovalVoteEvent,
): Verdict {
  const vote = context.removal?.vote;
  if (vote === undefined) return fail('no-removal-vote');
  if (epochMillisOf(event.at) >= epochMillisOf(vote.closesAt)) return true;
  return fail('counting-before-close', { closesAt: vote.closesAt });
}

/** A departing member's hand-over is pending (SH 30). */
export function handoverPending(context: CommitteeContext, event: MemberHandsOverEvent): Verdict {
  const entry = context.deadlines[`member-handover:${event.memberId}`];
  // A late hand-over (after a missed deadline) is still a hand-over.
  if (entry?.status === 'pending' || entry?.status === 'missed') return true;
  return fail('no-handover-pending', { memberId: event.memberId });
}

/** Seats left empty. */
export function vacancies(context: CommitteeContext): number {
  return Math.max(0, (context.seats ?? context.members.length) - context.members.length);
}

/** More than half of the seats remain filled: the assembly may by-elect (SH 32 ¶1, 过半数). */
export function moreThanHalfRemain(context: CommitteeContext): boolean {
  const seats = context.seats ?? context.members.length;
  const bar = context.profile.term.byElectionWhileMembers.value;
  return bar !== null && meetsBar(context.members.length, seats, bar);
}

/** Fewer than half of the seats remain (SH 32 ¶2 (一), 不足半数: excludes exactly half). */
export function fewerThanHalfRemain(context: CommitteeContext): boolean {
  const seats = context.seats ?? context.members.length;
  const fewer = context.profile.term.earlyReElection.whenMembersFewerThan.value;
  return fewer !== null && context.members.length * fewer.den < seats * fewer.num;
}

/** A vacancy a substitute can fill: the rules set substitutes and one is waiting (SH-36 (五)). */
export function substituteAvailable(context: CommitteeContext): boolean {
  return (
    context.profile.formation.substitutes.value.allowed &&
    vacancies(context) > 0 &&
    context.substitutes.length > 0
  );
}

/** Six months in a row without the committee meeting or acting (SH 32 ¶2 (二)). */
export function inactive(context: CommitteeContext, at: string): boolean {
  const last = context.milestones['last-activity'];
  if (last === undefined) return false;
  return periodElapsed(context, last, context.profile.term.earlyReElection.inactivity, at);
}

/** A by-election is open only while seats are vacant and more than half remain (SH 32 ¶1). */
export function byElectionAllowed(context: CommitteeContext): Verdict {
  if (vacancies(context) > 0 && moreThanHalfRemain(context)) return true;
  return fail('by-election-not-allowed');
}
