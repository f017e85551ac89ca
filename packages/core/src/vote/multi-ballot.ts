import type { Ballot, Choice } from '../schemas/ballot.js';

/** One owner's multi-candidate ballot: who they approve and who they oppose. */
export interface MultiBallot {
  readonly id: string;
  readonly unitId: string;
  readonly castBy: string;
  readonly channel: Ballot['channel'];
  /** The e-voting system an electronic ballot came through (BJ 35 ¶3), when named. */
  readonly system?: string;
  readonly at: string;
  readonly proxy?: Ballot['proxy'];
  readonly approve: readonly string[];
  readonly oppose: readonly string[];
}

/**
 * The owner's choice on one candidate. A returned ballot takes part for every candidate
 * (CC 278 ¶2, RULES VOTE-9): a candidate neither approved nor opposed is an abstention, and a
 * ballot approving more candidates than there are seats is spoilt for all of them.
 */
export function choiceFor(
  ballot: Pick<MultiBallot, 'approve' | 'oppose'>,
  candidateId: string,
  seats: number,
): Choice {
  if (ballot.approve.length > seats) return 'spoilt';
  if (ballot.approve.includes(candidateId)) return 'agree';
  if (ballot.oppose.includes(candidateId)) return 'disagree';
  return 'abstain';
}

/** The core Ballot for one candidate's vote (its id suffixed with the candidate's id). */
export function ballotFor(ballot: MultiBallot, candidateId: string, seats: number): Ballot {
  return {
    id: `${ballot.id}#${candidateId}`,
    unitId: ballot.unitId,
    castBy: ballot.castBy,
    choice: choiceFor(ballot, candidateId, seats),
    channel: ballot.channel,
    ...(ballot.system === undefined ? {} : { system: ballot.system }),
    at: ballot.at,
    ...(ballot.proxy === undefined ? {} : { proxy: ballot.proxy }),
  };
}
