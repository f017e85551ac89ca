import type { Electorate } from '../electorate/electorate.js';
import { type Ballot, CHANNELS, type Channel, type Choice } from '../schemas/ballot.js';
import type { Measure } from './result.js';

/** Counts per choice within one group, with the group's own electorate where it has one. */
export interface BreakdownRow {
  readonly key: string;
  /** The group's electorate (buildings only; channels have none). */
  readonly electorate?: Measure;
  readonly counts: Readonly<Record<Choice, Measure>>;
}

type Mutable = { headcount: number; area: number };
const emptyCounts = (): Record<Choice, Mutable> => ({
  agree: { headcount: 0, area: 0 },
  disagree: { headcount: 0, area: 0 },
  abstain: { headcount: 0, area: 0 },
  spoilt: { headcount: 0, area: 0 },
});

/**
 * Standing ballots by building. A person's area is split over the buildings of their units; a
 * person with units in several buildings counts once in each of them, so building headcounts
 * can add up to more than the complex's headcount (which counts them once, SPC 9).
 */
export function breakdownByBuilding(
  electorate: Electorate,
  standing: readonly Ballot[],
): BreakdownRow[] {
  const rows = new Map<string, { electorate: Mutable; counts: Record<Choice, Mutable> }>();
  const choiceOf = new Map<number, Choice>();
  for (const b of standing) {
    const u = electorate.unitIndex.get(b.unitId);
    if (u !== undefined) choiceOf.set(electorate.unitVoter[u]!, b.choice);
  }
  // Each (building, voter) pair counts one person once.
  const seen = new Set<string>();
  electorate.units.forEach((unit, i) => {
    let row = rows.get(unit.building);
    if (row === undefined) {
      row = { electorate: { headcount: 0, area: 0 }, counts: emptyCounts() };
      rows.set(unit.building, row);
    }
    const voter = electorate.unitVoter[i]!;
    const area = electorate.unitAreas[i]!;
    const first = !seen.has(`${unit.building}\u0000${voter}`);
    seen.add(`${unit.building}\u0000${voter}`);
    row.electorate.area += area;
    if (first) row.electorate.headcount += 1;
    const choice = choiceOf.get(voter);
    if (choice !== undefined) {
      row.counts[choice].area += area;
      if (first) row.counts[choice].headcount += 1;
    }
  });
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN', { numeric: true }))
    .map(([key, row]) => ({ key, electorate: row.electorate, counts: row.counts }));
}

/** Standing ballots by channel (paper, on-site, door-to-door, electronic). */
export function breakdownByChannel(
  electorate: Electorate,
  standing: readonly Ballot[],
): BreakdownRow[] {
  const rows = new Map<Channel, Record<Choice, Mutable>>(CHANNELS.map((c) => [c, emptyCounts()]));
  for (const b of standing) {
    const u = electorate.unitIndex.get(b.unitId);
    if (u === undefined) continue;
    const voter = electorate.voters[electorate.unitVoter[u]!]!;
    const cell = rows.get(b.channel)![b.choice];
    cell.headcount += 1;
    cell.area += voter.area;
  }
  return CHANNELS.map((key) => ({ key, counts: rows.get(key)! }));
}
