import { type BreakdownRow, TallyCounter, type VoteRecord, voteElectorate } from '@jiayuan/core';

/** A vote's standing ballots by building (or by channel), each with its own electorate. */
export function voteBreakdown(
  vote: VoteRecord,
  by: 'building' | 'channel' = 'building',
): BreakdownRow[] {
  const counter = new TallyCounter(voteElectorate(vote), vote.rule, vote.options);
  for (const ballot of vote.ballots) counter.add(ballot);
  return counter.breakdown(by);
}
