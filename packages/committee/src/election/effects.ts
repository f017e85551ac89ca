import { castMultiBallot, openVote, type VoteRecord } from '@jiayuan/core';
import { match } from 'ts-pattern';
import type { Candidate, NominationRoute } from '../shared/context.js';
import { effect, effectsFor } from '../shared/effects.js';
import { seatsOpen, standingCandidates } from './candidates.js';
import type { ElectionEvent } from './catalog.js';
import type { ElectionContext } from './context.js';
import { closedRound, newElection } from './count.js';
import { multiOf } from './rules.js';

const on = effectsFor<ElectionContext, ElectionEvent>();

function routeOf(by: { readonly id: string; readonly role: string }, candidateId: string) {
  return match<string, NominationRoute>(by.role)
    .with('owner', () => (by.id === candidateId ? 'self' : 'owners'))
    .with('residential-party-organisation', () => 'party-pool')
    .with('residents-committee', () => 'residents-committee')
    .otherwise(() => 'group');
}

function updateCandidate(
  context: Pick<ElectionContext, 'candidates'>,
  id: string,
  change: (c: Candidate) => Candidate,
): readonly Candidate[] {
  return context.candidates.map((c) => (c.id === id ? change(c) : c));
}

/**
 * The named effects of the shared election, one per event (and its start): spread them into the
 * `actions` of every setup whose machine embeds the election. Each reads and writes only the
 * election's part of the context ({@link ElectionContext}).
 */
export const electionEffects = {
  /** A new election for the seats the group set (the state's entry). */
  beginElection: effect<ElectionContext>((context) => ({
    election: newElection(context.seats ?? 0),
  })),
  /** A candidate put forward, by themselves, owners, the party organisation or the group. */
  nominate: on('NOMINATE', (context, event) => ({
    candidates: [
      ...context.candidates,
      {
        id: event.candidateId,
        route: routeOf(event.by, event.candidateId),
        nominatedAt: event.at,
        eligible: null,
        groundsFound: [],
        undertakingSigned: false,
      },
    ],
  })),
  /**
   * The grounds found; only those the profile has on disqualify (FORM-9), and every ground the
   * assembly's rules of procedure add (SH 20 ¶2), which the rules let in only where the profile
   * allows them.
   */
  vetCandidate: on('VET_CANDIDATE', (context, event) => {
    const enabled = event.grounds.filter((g) => context.profile.eligibility.grounds[g].value);
    const added = event.assemblyGrounds ?? [];
    return {
      candidates: updateCandidate(context, event.candidateId, (c) => {
        // The key is kept only while it holds grounds, so a candidate vetted without any keeps
        // the shape candidates had before.
        const { assemblyGroundsFound: _earlier, ...rest } = c;
        return {
          ...rest,
          eligible: enabled.length === 0 && added.length === 0,
          groundsFound: [...event.grounds],
          ...(added.length === 0 ? {} : { assemblyGroundsFound: added.map((g) => ({ ...g })) }),
        };
      }),
    };
  }),
  signUndertaking: on('SIGN_UNDERTAKING', (context, event) => ({
    candidates: updateCandidate(context, event.candidateId, (c) => ({
      ...c,
      undertakingSigned: true,
    })),
  })),
  reportCandidates: on('REPORT_CANDIDATES', (context, event) =>
    context.election === null ? {} : { election: { ...context.election, reportedAt: event.at } },
  ),
  /** The joint review strikes candidates, with its reasons (SH-36 (四)). */
  jointReview: on('JOINT_REVIEW', (context, event) => {
    const reasons = new Map(event.struck.map((s) => [s.candidateId, s.reason]));
    return {
      candidates: context.candidates.map((c) => {
        const reason = reasons.get(c.id);
        return reason === undefined ? c : { ...c, struck: reason };
      }),
    };
  }),
  postNotice: on('POST_NOTICE', (_context, event) => ({
    notice: { postedAt: event.at, meetingAt: event.meetingAt },
  })),
  recordObjection: on('OBJECT', (context, event) => ({
    objections: [
      ...context.objections,
      {
        id: `objection-${context.objections.length + 1}`,
        by: event.by.id,
        at: event.at,
        text: event.text,
        answer: null,
      },
    ],
  })),
  answerObjection: on('ANSWER_OBJECTION', (context, event) => ({
    objections: context.objections.map((o) =>
      o.id === event.objectionId && o.answer === null ? { ...o, answer: event.answer } : o,
    ),
  })),
  /**
   * Voting opens: one core VoteRecord per standing candidate on the frozen roll (CC 278 ¶2). The
   * assembly meeting is held when its first vote opens (SH 16 ¶3).
   */
  openElection: on('OPEN_ELECTION', (context, event) => {
    const { election, roll } = context;
    if (election === null || roll === null) return {};
    const votes: Record<string, VoteRecord> = {};
    for (const c of standingCandidates(context)) {
      votes[c.id] = openVote({
        id: `election-${election.round}-${c.id}`,
        matter: {
          id: `elect-${election.round}-${c.id}`,
          kind: 'elect-committee',
          title: `选举业主委员会委员：${c.id}`,
        },
        roll,
        profile: context.profile,
        openedAt: event.at,
        closesAt: event.closesAt,
      });
    }
    return {
      election: {
        ...election,
        current: {
          round: election.round,
          seats: seatsOpen(context),
          openedAt: event.at,
          closesAt: event.closesAt,
          votes,
        },
      },
      milestones:
        context.milestones['meeting-held'] === undefined
          ? { ...context.milestones, 'meeting-held': event.at }
          : context.milestones,
    };
  }),
  /** One owner's ballot, counted on every candidate's vote. */
  castBallot: on('CAST_BALLOT', (context, event) => {
    const { election } = context;
    const round = election?.current;
    if (election === null || round == null) return {};
    const votes = castMultiBallot(round.votes, multiOf(event), round.seats);
    return { election: { ...election, current: { ...round, votes } } };
  }),
  /** The count: seats filled in order of support; unfilled seats go to a further round. */
  closeElection: on('CLOSE_ELECTION', (context, event) => {
    const { election } = context;
    const closed = closedRound(context, event.at);
    if (election === null || closed === null) return {};
    const elected = [...election.elected, ...closed.elected];
    const done = elected.length === election.seats;
    return {
      election: {
        ...election,
        elected,
        current: null,
        past: [...election.past, closed.round],
        round: done ? election.round : election.round + 1,
        reportedAt: done ? election.reportedAt : null,
      },
      // A further round is called afresh: a new list, a new notice.
      ...(done ? {} : { notice: null }),
    };
  }),
};
