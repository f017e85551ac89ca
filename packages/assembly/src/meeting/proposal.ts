import { type Bar, buildElectorate, meetsBar, type Profile, type Roll } from '@jiayuan/core';

/** How far an interim-meeting proposal has got, against the whole complex's owners. */
export interface ProposalShare {
  /** Persons (SPC 9) among the proposing units' owners, and their area in 0.01 m². */
  readonly headcount: number;
  readonly area: number;
  readonly ofHeadcount: number;
  readonly ofArea: number;
  readonly bar: Bar;
  /** Whether the profile's share is reached (by headcount, or by both when it says so). */
  readonly met: boolean;
}

/**
 * The share of owners proposing an interim meeting (SH 25 ¶1 "经百分之二十以上业主提议"): the
 * persons holding the proposing units, counted as in a vote (SPC 9), against the whole complex,
 * by headcount — and by area too where the profile measures both.
 */
export function proposalShare(
  roll: Roll,
  units: readonly string[],
  profile: Profile,
): ProposalShare {
  // Persons and areas as in a vote under the profile: its parking reading (VOTE-16; SPC 2, 8, 9).
  const electorate = buildElectorate(roll, { parking: profile.voting.parking.value });
  const proposing = new Set(units);
  let headcount = 0;
  let area = 0;
  for (const voter of electorate.voters) {
    if (voter.unitIds.some((u) => proposing.has(u))) {
      headcount += 1;
      area += voter.area;
    }
  }
  const { share, measure } = profile.voting.interimAssemblyProposers;
  const byHeads = meetsBar(headcount, electorate.headcount, share.value);
  const byArea = meetsBar(area, electorate.area, share.value);
  return {
    headcount,
    area,
    ofHeadcount: electorate.headcount,
    ofArea: electorate.area,
    bar: share.value,
    met: measure.value === 'headcount' ? byHeads : byHeads && byArea,
  };
}
