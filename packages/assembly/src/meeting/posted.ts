import { currentTally, type Measure } from '@jiayuan/core';
import type { ItemVotes } from '../ballot/item-votes.js';
import type { ItemOutcome } from './context.js';

/** A voter as the posted result shows them: room and area only, never a name (SH 27). */
export interface PostedVoter {
  readonly building: string;
  /** The unit's room number, or its id when the roll has none. */
  readonly room: string;
  /** Area in 0.01 m². */
  readonly area: number;
}

/** One item's posted result: its totals per answer and who took part. */
export interface PostedItem {
  readonly itemId: string;
  readonly title: string;
  readonly part: string | null;
  readonly passed: boolean;
  readonly counts: Readonly<Record<'agree' | 'disagree' | 'abstain' | 'spoilt', Measure>>;
  readonly voters: readonly PostedVoter[];
}

/** Each item's result with its voters by building, room and area: what is posted. */
export function postedResults(votes: ItemVotes): readonly PostedItem[] {
  return votes.items.map((item) => {
    const result = currentTally(votes.votes[item.id]!);
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
      passed: result.passed,
      counts: result.counts,
      voters,
    };
  });
}

/** The decision record's outcome of each item, from the closed votes. */
export function outcomesOf(votes: ItemVotes): readonly ItemOutcome[] {
  return votes.items.map((item) => {
    const r = currentTally(votes.votes[item.id]!);
    return {
      itemId: item.id,
      majority: r.majority,
      part: item.part ?? null,
      electorate: { headcount: r.electorate.headcount, area: r.electorate.area },
      participation: r.participation,
      agree: r.counts.agree,
      quorumMet: r.quorumMet,
      passed: r.passed,
    };
  });
}
