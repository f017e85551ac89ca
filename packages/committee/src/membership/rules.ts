import {
  type Ballot,
  bilingual,
  checkCast,
  epochMillisOf,
  meetsBar,
  periodParts,
} from '@jiayuan/core';
import type { MembershipGround } from '../shared/context.js';
import { contextRule } from '../shared/rule.js';
import { periodElapsed } from '../shared/time.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import { absenceShares } from './absence.js';
import { changeFilingOutstanding } from './change-filing.js';
import type { MembershipContext } from './context.js';

type Ctx = MembershipContext;
type Names = { readonly memberId: string };
type Dated = { readonly at: string };

/** The event names a sitting member. */
export function isMember(context: Pick<Ctx, 'members'>, event: Names): Verdict {
  if (context.members.some((m) => m.id === event.memberId)) return true;
  return fail('not-sitting-member', { memberId: event.memberId });
}

/** The start of the absence window before `at` (SH 31 (五): 一年内). */
export function absenceWindowStart(context: Pick<Ctx, 'profile'>, at: string): string {
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
export function checkRemovalMotion(
  context: Pick<Ctx, 'members' | 'profile' | 'meetings'>,
  event: Names & Dated & { readonly ground: MembershipGround; readonly closesAt: string },
): Verdict {
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

/** A REMOVAL_BALLOT event as the rules and effects read it. */
export interface RemovalBallotFacts extends Dated {
  readonly by: { readonly id: string; readonly role: string };
  readonly ballotId: string;
  readonly unitId: string;
  readonly castBy: string;
  readonly channel: Ballot['channel'];
  readonly system?: string | undefined;
  readonly proxy?: Ballot['proxy'] | undefined;
  readonly choice: 'agree' | 'disagree' | 'abstain';
}

/** An owner casts their own ballot, accepted by core against the frozen roll. */
export function checkRemovalBallot(
  context: Pick<Ctx, 'removal'>,
  event: RemovalBallotFacts,
): Verdict {
  const vote = context.removal?.vote;
  if (vote === undefined) return fail('no-removal-vote');
  if (event.by.role === 'owner' && event.by.id !== event.castBy) {
    return fail('own-ballot-only');
  }
  // A check that records nothing: the action casts the ballot once.
  const outcome = checkCast(vote, ballotOf(event));
  if (outcome.ok) return true;
  const { code, message } = outcome.issue;
  return fail('ballot-refused', { code, reason: message }, { issue: code });
}

/** The core ballot of a REMOVAL_BALLOT event. */
export function ballotOf(event: RemovalBallotFacts): Ballot {
  return {
    id: event.ballotId,
    unitId: event.unitId,
    castBy: event.castBy,
    choice: event.choice,
    channel: event.channel,
    ...(event.system === undefined ? {} : { system: event.system }),
    at: event.at,
    ...(event.proxy === undefined ? {} : { proxy: event.proxy }),
  };
}

/** The motion's vote closes at or after its announced close. */
export function checkRemovalClose(context: Pick<Ctx, 'removal'>, event: Dated): Verdict {
  const vote = context.removal?.vote;
  if (vote === undefined) return fail('no-removal-vote');
  if (epochMillisOf(event.at) >= epochMillisOf(vote.closesAt)) return true;
  return fail('counting-before-close', { closesAt: vote.closesAt });
}

/** The id of a departing member's hand-over deadline (SH 30). */
export function handoverId(memberId: string): string {
  return `member-handover:${memberId}`;
}

/**
 * A departing member's hand-over is pending (SH 30). Where the profile sets no hand-over period
 * (the Beijing and national texts have none) no hand-over is ever due: the refusal says the text
 * has none and cites nothing.
 */
export function handoverPending(
  context: Pick<Ctx, 'deadlines' | 'profile'>,
  event: Names,
): Verdict {
  const entry = context.deadlines[handoverId(event.memberId)];
  // A late hand-over (after a missed deadline) is still a hand-over.
  if (entry?.status === 'pending' || entry?.status === 'missed') return true;
  if (entry === undefined && context.profile.term.departingMemberHandover.period === null) {
    return citing(fail('handover-not-in-profile', { profile: context.profile.id }), []);
  }
  return fail('no-handover-pending', { memberId: event.memberId });
}

type Seats = Pick<Ctx, 'seats' | 'members'>;

/** Seats left empty. */
export function vacancies(context: Seats): number {
  return Math.max(0, (context.seats ?? context.members.length) - context.members.length);
}

/** More than half of the seats remain filled: the assembly may by-elect (SH 32 ¶1, 过半数). */
export function moreThanHalfRemain(context: Seats & Pick<Ctx, 'profile'>): boolean {
  const seats = context.seats ?? context.members.length;
  const bar = context.profile.term.byElectionWhileMembers.value;
  return bar !== null && meetsBar(context.members.length, seats, bar);
}

/** Fewer than half of the seats remain (SH 32 ¶2 (一), 不足半数: excludes exactly half). */
export function fewerThanHalfRemain(context: Seats & Pick<Ctx, 'profile'>): boolean {
  return fewerThanHalfOf(context, context.members.length);
}

/** Whether `remaining` members are fewer than the profile's share of the seats (SH 32 ¶2 (一)). */
function fewerThanHalfOf(context: Seats & Pick<Ctx, 'profile'>, remaining: number): boolean {
  const seats = context.seats ?? context.members.length;
  const fewer = context.profile.term.earlyReElection.whenMembersFewerThan.value;
  return fewer !== null && remaining * fewer.den < seats * fewer.num;
}

/**
 * Whether fewer than half remain once `memberId` leaves and the waiting substitutes have filled
 * what they can (SH 32 ¶2 (一), SH-36 (五): "经依次递补后…仍不足半数的"). Read while a
 * by-election or a removal vote is under way, where the count decides at any point.
 */
export function fewerThanHalfAfterEnding(
  context: Seats & Pick<Ctx, 'profile' | 'substitutes'>,
  memberId: string,
): boolean {
  if (!context.members.some((m) => m.id === memberId)) return false;
  const after = { ...context, members: context.members.filter((m) => m.id !== memberId) };
  const filling = substituteAvailable(after)
    ? Math.min(vacancies(after), after.substitutes.length)
    : 0;
  return fewerThanHalfOf(after, after.members.length + filling);
}

/** A vacancy a substitute can fill: the rules set substitutes and one is waiting (SH-36 (五)). */
export function substituteAvailable(
  context: Seats & Pick<Ctx, 'profile' | 'substitutes'>,
): boolean {
  return (
    context.profile.formation.substitutes.value.allowed &&
    vacancies(context) > 0 &&
    context.substitutes.length > 0
  );
}

/** Six months in a row without the committee meeting or acting (SH 32 ¶2 (二)). */
export function inactive(
  context: Pick<Ctx, 'milestones' | 'profile' | 'holidays'>,
  at: string,
): boolean {
  const last = context.milestones['last-activity'];
  if (last === undefined) return false;
  return periodElapsed(context, last, context.profile.term.earlyReElection.inactivity, at);
}

/** A by-election is open only while seats are vacant and more than half remain (SH 32 ¶1). */
export function byElectionAllowed(context: Seats & Pick<Ctx, 'profile'>): Verdict {
  if (vacancies(context) > 0 && moreThanHalfRemain(context)) return true;
  return fail('by-election-not-allowed');
}

/** SH 31 ¶1–2, BJ 46: the membership that ends is a sitting member's. */
export const sittingMember = contextRule(
  'sitting-member',
  ['SH-31-1', 'SH-31-2', 'BJ-46-1', 'BJ-46-2-removal'],
  bilingual('须为现任委员', 'A sitting member'),
  isMember,
);

/** SH 31 ¶1–2, BJ 46 ¶2: a removal motion names a sitting member on a ground that holds. */
export const removalGround = contextRule(
  'removal-ground',
  ['SH-31-1', 'SH-31-2', 'BJ-46-2-removal'],
  bilingual('现任委员且情形成立', 'A sitting member, and the ground holds'),
  checkRemovalMotion,
);

/** CC 278 ¶1 (四), ¶2: a valid ballot on the removal motion. */
export const removalBallot = contextRule(
  'removal-ballot',
  ['CC-278-1-4', 'CC-278-2-ordinary'],
  bilingual('选票有效', 'A valid ballot'),
  checkRemovalBallot,
);

/** CC 278 ¶2: the motion's vote is counted once it closes. */
export const removalClose = contextRule(
  'removal-close',
  ['CC-278-2-ordinary'],
  bilingual('表决已到截止时间', 'Voting has reached its close'),
  checkRemovalClose,
);

/** SH 30: a departing member's hand-over is pending. */
export const handoverPendingRule = contextRule(
  'handover-pending',
  ['SH-30'],
  bilingual('有待移交的物品', 'A hand-over is pending'),
  handoverPending,
);

/** SH 32 ¶1: a by-election while seats are vacant and more than half remain. */
export const byElectionAllowedRule = contextRule(
  'by-election-allowed',
  ['SH-32-1'],
  bilingual('人数不足但超过半数', 'Vacancies, more than half filled'),
  (context: Seats & Pick<Ctx, 'profile'>) => byElectionAllowed(context),
);

/** SH 33, BJ 50: a membership change waits to be filed. */
export const changeFilingPending = contextRule(
  'change-filing-pending',
  ['SH-33', 'BJ-50'],
  bilingual('有待办理的变更备案', 'A membership change is waiting to be filed'),
  (context: Pick<Ctx, 'deadlines' | 'milestones'>) => changeFilingOutstanding(context),
);
