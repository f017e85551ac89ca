import type { Measure } from '@jiayuan/core';
import type { ElectionCount } from '../ballot/election-count.js';
import { type ItemVotes, itemResults } from '../ballot/item-votes.js';
import type { ItemOutcome } from './context.js';

/** A voter as the posted result shows them: room and area only, never a name (SH 27). */
export interface PostedVoter {
  readonly building: string;
  /** The unit's room number, or its id when the roll has none. */
  readonly room: string;
  /** Area in 0.01 m². */
  readonly area: number;
}

type Counts = Readonly<Record<'agree' | 'disagree' | 'abstain' | 'spoilt', Measure>>;

/** One candidate's posted result: their name (candidates are named), totals and seat. */
export interface PostedCandidate {
  readonly candidateId: string;
  readonly name: string;
  readonly passed: boolean;
  readonly elected: boolean;
  readonly counts: Counts;
}

/** An election item's posted result: each candidate, and who is elected in seat order. */
export interface PostedElection {
  readonly seats: number;
  readonly candidates: readonly PostedCandidate[];
  readonly elected: readonly string[];
}

/**
 * One item's posted result: its totals per answer and who took part. For an election item
 * `passed` says every seat was filled, the totals are the item's participation and `election`
 * each candidate's.
 */
export interface PostedItem {
  readonly itemId: string;
  readonly title: string;
  readonly part: string | null;
  readonly passed: boolean;
  readonly counts: Counts;
  readonly voters: readonly PostedVoter[];
  readonly election?: PostedElection;
}

function postedElection(count: ElectionCount): PostedElection {
  return {
    seats: count.seats,
    candidates: count.candidates.map((c) => ({
      candidateId: c.candidateId,
      name: c.name,
      passed: c.result.passed,
      elected: count.elected.includes(c.candidateId),
      counts: c.result.counts,
    })),
    elected: count.elected,
  };
}

/** Each item's result with its voters by building, room and area: what is posted. */
export function postedResults(votes: ItemVotes): readonly PostedItem[] {
  return itemResults(votes).map(({ item, result, election }) => {
    const vote = votes.votes[item.id]!;
    // The item's own ballots: an answer a transfer took out is not shown (CC 214).
    const unitsAnswering = new Set(vote.ballots.map((b) => b.unitId));
    const roll = vote.roll;
    const voters = roll.units
      .filter((u) => unitsAnswering.has(u.id))
      .map((u) => ({
        building: u.building,
        room: u.number ?? u.id,
        area: u.areas.register ?? u.areas.survey ?? u.areas.contract ?? 0,
      }));
    return {
      itemId: item.id,
      title: item.title,
      part: item.part ?? null,
      passed: election === undefined ? result.passed : election.elected.length === election.seats,
      counts: result.counts,
      voters,
      ...(election === undefined ? {} : { election: postedElection(election) }),
    };
  });
}

/**
 * The decision record's outcome of each item, from the closed votes. An election item passed
 * when every seat was filled; its outcome keeps each candidate's standing and who is elected.
 */
export function outcomesOf(votes: ItemVotes): readonly ItemOutcome[] {
  return itemResults(votes).map(({ item, result: r, election }) => ({
    itemId: item.id,
    majority: r.majority,
    part: item.part ?? null,
    electorate: { headcount: r.electorate.headcount, area: r.electorate.area },
    participation: r.participation,
    agree: r.counts.agree,
    quorumMet: r.quorumMet,
    passed: election === undefined ? r.passed : election.elected.length === election.seats,
    ...(election === undefined
      ? {}
      : {
          election: {
            seats: election.seats,
            results: election.results,
            elected: election.elected,
          },
        }),
  }));
}
