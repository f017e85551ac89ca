import {
  type CandidateResult,
  candidateResults,
  closeVote,
  currentTally,
  fillSeats,
  type TallyResult,
  type VoteRecord,
} from '@jiayuan/core';
import { candidateChoice, type Election, type SheetAnswer } from './election.js';

/** One candidate's count: their own vote on the item's answers (CC 278 ¶2). */
export interface CandidateCount {
  readonly candidateId: string;
  readonly name: string;
  readonly result: TallyResult;
}

/** An election item's count: each candidate's vote, and who takes the seats. */
export interface ElectionCount {
  readonly seats: number;
  /** In the agenda's order of candidates. */
  readonly candidates: readonly CandidateCount[];
  /** Each candidate's standing, as core's seat allocation reads it. */
  readonly results: readonly CandidateResult[];
  /**
   * Who takes the seats, in seat order (core's `fillSeats`): passed candidates by agreeing area,
   * then headcount; a tie for the last seat leaves it open. Never more than `seats`.
   */
  readonly elected: readonly string[];
}

/**
 * An election item's outcome as the decision records it: each candidate's standing and who
 * takes the seats (names stay on the agenda).
 */
export interface ElectionOutcome {
  readonly seats: number;
  readonly results: readonly CandidateResult[];
  readonly elected: readonly string[];
}

/**
 * Counts an election item from its own vote: every answer standing on the item (after revotes
 * and transfers) takes part for every candidate, so each candidate is counted on the item's
 * participation and quorum, by the item's rule (CC 278 ¶1 (三), ¶2 ordinary majority); each
 * answer's choice of the candidate comes from its sheet. A closed item vote closes each
 * candidate's at the same instant.
 */
export function countElection(
  itemId: string,
  election: Election,
  vote: VoteRecord,
  sheets: readonly {
    readonly id: string;
    readonly answers: Readonly<Record<string, SheetAnswer>>;
  }[],
): ElectionCount {
  const answers = new Map<string, SheetAnswer>();
  for (const sheet of sheets) {
    const answer = sheet.answers[itemId];
    if (answer !== undefined) answers.set(`${sheet.id}#${itemId}`, answer);
  }
  const { result: _result, closedAt, ...open } = vote;
  // No prototype: a candidate id such as `__proto__` stays a key like any other.
  const votes: Record<string, VoteRecord> = Object.create(null);
  for (const c of election.candidates) {
    const candidate: VoteRecord = {
      ...open,
      id: `${vote.id}#${c.id}`,
      ballots: vote.ballots.map((b) => {
        // Every ballot of the item is an answer of a sheet received (`answerBallot`).
        const answer = answers.get(b.id) ?? 'abstain';
        return { ...b, choice: candidateChoice(answer, c.id, election.seats) };
      }),
    };
    votes[c.id] = closedAt === undefined ? candidate : closeVote(candidate, closedAt);
  }
  const results = candidateResults(votes);
  return {
    seats: election.seats,
    candidates: election.candidates.map((c) => ({
      candidateId: c.id,
      name: c.name,
      result: currentTally(votes[c.id]!),
    })),
    results: election.candidates.map((c) => results.find((r) => r.candidateId === c.id)!),
    elected: fillSeats(results, election.seats),
  };
}
