import type { Election, ElectionRound } from '../shared/context.js';
import type { ElectionContext } from './context.js';
import { candidateResults, closeVotes, fillSeats } from './ranking.js';

/** A new election for `seats` seats. */
export function newElection(seats: number): Election {
  return { seats, round: 1, elected: [], current: null, past: [], reportedAt: null };
}

/** The result of closing the current round: the round with results, and who was elected. */
export function closedRound(
  context: Pick<ElectionContext, 'election'>,
  at: string,
): { round: ElectionRound; elected: string[] } | null {
  const round = context.election?.current;
  if (round == null) return null;
  const votes = closeVotes(round.votes, at);
  const results = candidateResults(votes);
  return { round: { ...round, votes, results }, elected: fillSeats(results, round.seats) };
}

/** Whether closing now fills every seat. */
export function closingFillsAllSeats(
  context: Pick<ElectionContext, 'election'>,
  at: string,
): boolean {
  const closed = closedRound(context, at);
  return closed !== null && closed.elected.length === closed.round.seats;
}
