import type { Election, ElectionRound } from '../shared/context.js';
import type { ElectionContext } from './context.js';
import { candidateResults, closeVotes, fillSeats } from './ranking.js';

/** A new election for `seats` seats. */
export function newElection(seats: number): Election {
  return { seats, round: 1, elected: [], current: null, past: [], reportedAt: null };
}

/** A round closed: the round with its results, and who was elected. */
interface Closed {
  readonly round: ElectionRound;
  readonly elected: string[];
}

// The count of a round closed at a time rides on the open round itself, hidden (not enumerable,
// so never persisted or compared), as core's vote records keep their running count: the
// `fillsAllSeats` guard counts, and the `closeElection` effect of the same transition reuses
// that count instead of tallying every candidate's vote again.
const CLOSED = Symbol.for('jiayuan.election.closed');

interface Remembered {
  readonly at: string;
  readonly closed: Closed;
}

/** The result of closing the current round: the round with results, and who was elected. */
export function closedRound(context: Pick<ElectionContext, 'election'>, at: string): Closed | null {
  const round = context.election?.current;
  if (round == null) return null;
  const found: unknown = Reflect.get(round, CLOSED);
  if (isRemembered(found) && found.at === at) return found.closed;
  const votes = closeVotes(round.votes, at);
  const results = candidateResults(votes);
  const closed = { round: { ...round, votes, results }, elected: fillSeats(results, round.seats) };
  if (Object.isExtensible(round)) {
    const remembered: Remembered = { at, closed };
    Object.defineProperty(round, CLOSED, { value: remembered, enumerable: false, writable: true });
  }
  return closed;
}

function isRemembered(value: unknown): value is Remembered {
  return typeof value === 'object' && value !== null && 'closed' in value;
}

/** Whether closing now fills every seat. */
export function closingFillsAllSeats(
  context: Pick<ElectionContext, 'election'>,
  at: string,
): boolean {
  const closed = closedRound(context, at);
  return closed !== null && closed.elected.length === closed.round.seats;
}
