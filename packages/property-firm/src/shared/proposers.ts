import { type Bar, buildElectorate, meetsBar, type Profile, type Roll } from '@jiayuan/core';

/** How many owners back a request, against the whole (SH 25 ¶1, SH 52 ¶1). */
export interface ProposerCount {
  /** Persons (SPC 9) among the proposers who are on the roll. */
  readonly headcount: number;
  readonly totalHeadcount: number;
  /** Their exclusive area in 0.01 m². */
  readonly area: number;
  readonly totalArea: number;
  /** Proposer ids not found among the owners of record. */
  readonly unknown: readonly string[];
}

/**
 * Counts the proposers as persons of the electorate: co-owners of one unit count once, and
 * parking spaces take part as the profile's `voting.parking` reads them (VOTE-16; SPC 2, 8, 9),
 * as in a vote.
 */
export function countProposers(
  roll: Roll,
  proposers: readonly string[],
  profile: Pick<Profile, 'voting'>,
): ProposerCount {
  const electorate = buildElectorate(roll, { parking: profile.voting.parking.value });
  const ids = new Set(proposers);
  const known = new Set<string>();
  let headcount = 0;
  let area = 0;
  for (const voter of electorate.voters) {
    const backing = voter.ownerIds.filter((id) => ids.has(id));
    for (const id of backing) known.add(id);
    if (backing.length > 0) {
      headcount += 1;
      area += voter.area;
    }
  }
  return {
    headcount,
    totalHeadcount: electorate.headcount,
    area,
    totalArea: electorate.area,
    unknown: [...ids].filter((id) => !known.has(id)),
  };
}

/** Whether a count meets `bar` by headcount, or by headcount and area. */
export function proposersMeet(
  count: ProposerCount,
  bar: Bar,
  measure: 'headcount' | 'headcount-and-area',
): boolean {
  const byHead = meetsBar(count.headcount, count.totalHeadcount, bar);
  return measure === 'headcount' ? byHead : byHead && meetsBar(count.area, count.totalArea, bar);
}
