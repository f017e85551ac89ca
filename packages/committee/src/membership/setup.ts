import {
  actDayGuards,
  castBallot,
  catalogGuards,
  closeVote,
  currentTally,
  openVote,
  type ProcedureMeta,
  settleDeadline,
} from '@jiayuan/core';
import { assertEvent, assign, setup } from 'xstate';
import { newElection } from '../election/count.js';
import { electionEffects } from '../election/effects.js';
import { electionGuards } from '../election/guards.js';
import type { MembershipEnding, MembershipGround } from '../shared/context.js';
import { announce, type CommitteeEmitted, clock, clocked } from '../shared/effects.js';
import type { MembershipInput } from '../shared/input.js';
import { startTitled } from '../shared/time.js';
import { type MembershipEvent, membershipEvents } from './catalog.js';
import { fileChange, startChangeFiling } from './change-filing.js';
import type { MembershipContext } from './context.js';
import {
  ballotOf,
  fewerThanHalfAfterEnding,
  fewerThanHalfRemain,
  handoverId,
  inactive,
  moreThanHalfRemain,
  substituteAvailable,
  vacancies,
} from './rules.js';

/** The context after `memberId`'s membership ends: removed, the ending noted, hand-over due. */
export function endMembership(
  context: MembershipContext,
  memberId: string,
  ground: MembershipGround,
  how: MembershipEnding['how'],
  at: string,
): Partial<MembershipContext> {
  if (!context.members.some((m) => m.id === memberId)) return {};
  const officers = context.officers;
  const heldOffice = officers.chair === memberId || officers.viceChairs.includes(memberId);
  const handover = startTitled(
    context,
    handoverId(memberId),
    'member-handover',
    at,
    context.profile.term.departingMemberHandover,
  );
  return {
    members: context.members.filter((m) => m.id !== memberId),
    // A vacant chair or vice-chair is re-chosen (TERM-6, SH-36 (七): CHOOSE_OFFICERS); the
    // office is left empty here and the vacancy dated.
    officers: {
      chair: officers.chair === memberId ? null : officers.chair,
      viceChairs: officers.viceChairs.filter((v) => v !== memberId),
    },
    ...(heldOffice ? { milestones: { ...context.milestones, 'officer-vacant': at } } : {}),
    endings: [...context.endings, { memberId, ground, at, how }],
    // SH 33: the change is filed within 30 days.
    deadlines: startChangeFiling({ ...context, deadlines: handover }, at),
  };
}

/** What a transition's own condition reads. */
interface Args {
  readonly context: MembershipContext;
  readonly event: MembershipEvent;
}

/**
 * The `setup` of the membership machine, exported so hosts can `provide()` or `extend()` it.
 * Its guards are the catalog's (roles, clock, rules: see `membershipEvents`), the shared
 * election's own conditions, and the counts that route a changed committee (SH 32); each
 * action is one named effect.
 */
export const membershipSetup = setup({
  types: {
    context: {} as MembershipContext,
    events: {} as MembershipEvent,
    input: {} as MembershipInput,
    emitted: {} as CommitteeEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(membershipEvents),
    ...electionGuards,
    seatsFull: ({ context }) => vacancies(context) === 0,
    // The shares and periods are the profile's of the act's day, as the rules read them.
    ...actDayGuards({
      /** A vacancy a substitute can fill (SH-36 (五)). */
      substituteAvailable: ({ context }: Args) => substituteAvailable(context),
      moreThanHalfRemain: ({ context }: Args) => moreThanHalfRemain(context),
      fewerThanHalfRemain: ({ context }: Args) => fewerThanHalfRemain(context),
      /** The ending leaves fewer than half, substitutes counted (SH 32 ¶2 (一), SH-36 (五)). */
      leavesFewerThanHalf: ({ context, event }: Args) => {
        assertEvent(event, 'MEMBERSHIP_ENDS');
        return fewerThanHalfAfterEnding(context, event.memberId);
      },
      /** Six months without the committee meeting or acting (SH 32 ¶2 (二)). */
      inactive: ({ context, event }: Args) => inactive(context, event.at),
    }),
  },
  actions: {
    clock,
    announce,
    ...electionEffects,
    /** A membership ends by itself (SH 31 ¶2: 自然终止). */
    endMembership: assign(({ context, event }) => {
      assertEvent(event, 'MEMBERSHIP_ENDS');
      return endMembership(context, event.memberId, event.ground, 'automatic', event.at);
    }),
    /** The motion goes to the assembly: one core VoteRecord on the roll (CC 278 ¶1 (四)). */
    openRemovalVote: assign(({ context, event }) => {
      assertEvent(event, 'PROPOSE_REMOVAL');
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
    }),
    castRemovalBallot: assign(({ context, event }) => {
      assertEvent(event, 'REMOVAL_BALLOT');
      const motion = context.removal;
      if (motion === null) return {};
      return { removal: { ...motion, vote: castBallot(motion.vote, ballotOf(event)).vote } };
    }),
    /** The count: a motion that carries ends the membership (terminated, or removed). */
    closeRemovalVote: assign(({ context, event }) => {
      assertEvent(event, 'CLOSE_REMOVAL_VOTE');
      const motion = context.removal;
      if (motion === null) return {};
      const vote = closeVote(motion.vote, event.at);
      if (!currentTally(vote).passed) return { removal: null };
      const how = motion.ground === 'unable-to-serve' ? 'terminated' : 'removed';
      return {
        removal: null,
        ...endMembership(
          { ...context, removal: null },
          motion.memberId,
          motion.ground,
          how,
          event.at,
        ),
      };
    }),
    /** The departing member handed over what they kept (SH 30). */
    recordHandover: assign(({ context, event }) => {
      assertEvent(event, 'MEMBER_HANDS_OVER');
      return {
        deadlines: settleDeadline(context.deadlines, handoverId(event.memberId), event.at),
      };
    }),
    startByElection: assign(({ context, event }) => {
      assertEvent(event, 'START_BY_ELECTION');
      return { milestones: { ...context.milestones, 'by-election': event.at } };
    }),
    decideEarlyReElection: assign(({ context, event }) => {
      assertEvent(event, 'DECIDE_EARLY_RE_ELECTION');
      return { milestones: { ...context.milestones, 'early-re-election': event.at } };
    }),
    /** The members choose their officers, filling a vacant office (SH 21 ¶2, SH-36 (七)). */
    chooseOfficers: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'CHOOSE_OFFICERS');
        return {
          officers: { chair: event.chair, viceChairs: [...event.viceChairs] },
          milestones: { ...context.milestones, 'officers-chosen': event.at },
        };
      }),
    ),
    /** The committee files every change made so far (SH 33). */
    fileChange: assign(({ context, event }) => {
      assertEvent(event, 'FILE_CHANGE');
      return fileChange(context, event.at);
    }),
    /** A meeting and its attendance: activity, and the absence ground (SH 26, SH 31 (五)). */
    recordMeeting: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_MEETING');
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
    }),
    /** Substitutes take the vacant seats in their order (SH-36 (五)); the change is filed. */
    promoteSubstitutes: assign(({ context }) => {
      const taking = context.substitutes.slice(0, vacancies(context));
      if (taking.length === 0) return {};
      return {
        members: [...context.members, ...taking.map((id) => ({ id, since: context.now }))],
        substitutes: context.substitutes.slice(taking.length),
        deadlines: startChangeFiling(context, context.now),
      };
    }),
    /** A fresh election for the vacant seats (the by-election's entry). */
    beginByElection: assign(({ context }) => ({
      election: newElection(vacancies(context)),
      candidates: [],
      notice: null,
      objections: [],
    })),
    /** The by-elected members join the committee (SH 32 ¶1), on the election's done event. */
    seatByElected: assign(({ context }) => {
      const elected = context.election?.elected ?? [];
      return {
        members: [...context.members, ...elected.map((id) => ({ id, since: context.now }))],
        milestones: { ...context.milestones, 'by-elected': context.now },
        deadlines:
          elected.length === 0 ? context.deadlines : startChangeFiling(context, context.now),
      };
    }),
  },
});
