import { castBallot, openVote, type VoteRecord } from '@jiayuan/core';
import { ballotFor } from '../election/ballots.js';
import { seatsOpen, standingCandidates } from '../election/candidates.js';
import { closedRound } from '../election/count.js';
import { multiOf } from '../election/rules.js';
import type {
  Candidate,
  CommitteeContext,
  ElectionRound,
  NominationRoute,
} from '../shared/context.js';
import { settle } from '../shared/deadlines.js';
import type { ElectionEvent } from './election-events.js';

function routeOf(by: { id: string; role: string }, candidateId: string): NominationRoute {
  if (by.role === 'owner') return by.id === candidateId ? 'self' : 'owners';
  if (by.role === 'residential-party-organisation') return 'party-pool';
  return 'group';
}

function updateCandidate(
  context: CommitteeContext,
  id: string,
  change: (c: Candidate) => Candidate,
): readonly Candidate[] {
  return context.candidates.map((c) => (c.id === id ? change(c) : c));
}

/** How an election event changes the context. Pure: the machine's `election` action. */
export function reduceElection(
  context: CommitteeContext,
  event: ElectionEvent,
): Partial<CommitteeContext> {
  const election = context.election;
  switch (event.type) {
    case 'NOMINATE':
      return {
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
      };
    case 'VET_CANDIDATE': {
      const enabled = event.grounds.filter((g) => context.profile.eligibility.grounds[g].value);
      return {
        candidates: updateCandidate(context, event.candidateId, (c) => ({
          ...c,
          eligible: enabled.length === 0,
          groundsFound: [...event.grounds],
        })),
      };
    }
    case 'SIGN_UNDERTAKING':
      return {
        candidates: updateCandidate(context, event.candidateId, (c) => ({
          ...c,
          undertakingSigned: true,
        })),
      };
    case 'REPORT_CANDIDATES':
      return election === null ? {} : { election: { ...election, reportedAt: event.at } };
    case 'JOINT_REVIEW': {
      const reasons = new Map(event.struck.map((s) => [s.candidateId, s.reason]));
      return {
        candidates: context.candidates.map((c) => {
          const reason = reasons.get(c.id);
          return reason === undefined ? c : { ...c, struck: reason };
        }),
      };
    }
    case 'POST_NOTICE':
      return { notice: { postedAt: event.at, meetingAt: event.meetingAt } };
    case 'OBJECT':
      return {
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
      };
    case 'ANSWER_OBJECTION':
      return {
        objections: context.objections.map((o) =>
          o.id === event.objectionId && o.answer === null ? { ...o, answer: event.answer } : o,
        ),
      };
    case 'OPEN_ELECTION': {
      if (election === null || context.roll === null) return {};
      const roll = context.roll;
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
      const current: ElectionRound = {
        round: election.round,
        seats: seatsOpen(context),
        openedAt: event.at,
        closesAt: event.closesAt,
        votes,
      };
      return {
        election: { ...election, current },
        deadlines: settle(context, 'first-meeting', event.at),
        // The first assembly meeting is held when its first vote opens (SH 16 ¶3).
        milestones:
          context.milestones['meeting-held'] === undefined
            ? { ...context.milestones, 'meeting-held': event.at }
            : context.milestones,
      };
    }
    case 'CAST_BALLOT': {
      const round = election?.current;
      if (election === null || round == null) return {};
      const ballot = multiOf(event);
      const votes: Record<string, VoteRecord> = {};
      for (const [id, vote] of Object.entries(round.votes)) {
        const outcome = castBallot(vote, ballotFor(ballot, id, round.seats));
        votes[id] = outcome.vote;
      }
      return { election: { ...election, current: { ...round, votes } } };
    }
    case 'CLOSE_ELECTION': {
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
    }
  }
}
