import {
  type Ballot,
  castBallot,
  epochMillisOf,
  InstantSchema,
  type Profile,
  type Roll,
  type VoteRecord,
  voteElectorate,
} from '@jiayuan/core';
import { z } from 'zod';

const ownerId = z.string().min(1).max(200);
const owners = z
  .array(ownerId)
  .min(1, { error: 'a transfer names at least one owner on each side' })
  .max(20);

/**
 * A change of ownership of one unit as the real-estate register records it (CC 209, 214: the
 * right changes "自记载于不动产登记簿时"): the owners of record before and after, and the
 * register's instant. The right of joint management passes with the unit (CC 273 ¶2).
 */
export const TransferSchema = z.strictObject({
  unitId: z.string().min(1).max(200),
  from: owners,
  to: owners,
  registeredAt: InstantSchema,
});
/** See {@link TransferSchema}. */
export type Transfer = z.infer<typeof TransferSchema>;

/**
 * A transfer recorded during the voting window and what it did to each item's vote:
 * `applied` — the profile's `old-ballot-stands`; `roll-frozen` — the vote keeps the opening's
 * roll and the transfer changes no item.
 */
export interface ItemTransfer extends Transfer {
  readonly recordedAt: string;
  readonly effect: 'applied' | 'roll-frozen';
  /**
   * The items on which the old owner had answered before the registration: that answer stands
   * and the unit stays with it for the item; on the others the new owner of record answers.
   */
  readonly held: readonly string[];
}

/**
 * What a transfer during the voting window does (RULES VOTE-18), as the profile's
 * `voting.transferDuringWindow` says; a profile written before the switch means
 * `old-ballot-stands`.
 */
export type TransferPolicy = NonNullable<Profile['voting']['transferDuringWindow']>['value'];

/** The policy of `profile` (see {@link TransferPolicy}). */
export function transferPolicyOf(profile: Profile): TransferPolicy {
  return profile.voting.transferDuringWindow?.value ?? 'old-ballot-stands';
}

/** Why an answer already counted was taken out by a transfer recorded after it. */
export type VoidReason = 'unit-transferred' | 'unit-voted-before-transfer';

/**
 * An answer taken out of its item's count because the register says the one who cast it no
 * longer held the unit at the sheet's instant (a registration the meeting learnt of later).
 */
export interface VoidedAnswer {
  readonly itemId: string;
  readonly sheetId: string;
  readonly unitId: string;
  readonly at: string;
  readonly reason: VoidReason;
  /** The transferred unit whose registration took the answer out. */
  readonly transferUnitId: string;
}

/** Whether two lists of owner ids name the same set. */
export function sameOwners(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((o) => right.has(o));
}

/** `roll` with `unitId` held by `to`; owner ids new to the roll are added without any name. */
export function transferredRoll(roll: Roll, unitId: string, to: readonly string[]): Roll {
  const known = new Set(roll.owners.map((o) => o.id));
  const added = [...new Set(to)].filter((o) => !known.has(o));
  return {
    ...roll,
    owners: [...roll.owners, ...added.map((id) => ({ id, kind: 'person' as const }))],
    units: roll.units.map((u) => (u.id === unitId ? { ...u, owners: [...to] } : u)),
  };
}

/** The sheet id of a ballot made by `answerBallot` (`<sheet>#<item>`). */
function sheetIdOf(ballot: Ballot, itemId: string): string {
  const suffix = `#${itemId}`;
  return ballot.id.endsWith(suffix) ? ballot.id.slice(0, -suffix.length) : ballot.id;
}

/** What {@link transferOnVote} did to one item's vote. */
export interface VoteTransferOutcome {
  readonly vote: VoteRecord;
  /** The old owner's answer stands and keeps the unit for this item. */
  readonly held: boolean;
  readonly voided: readonly VoidedAnswer[];
}

/**
 * One item's vote after a transfer registered at `registeredAt`. When the person the unit
 * belonged to on this item (SPC 9: all their units are one vote) had answered before the
 * registration, that answer stands and keeps the unit, and any answer of theirs from the
 * registration on is taken out (it would change the sold unit's vote). Otherwise the unit passes
 * to the new owners of record for this item (CC 214, CC 273 ¶2), and an answer the old owner gave
 * for that unit from the registration on is taken out. The count is rebuilt from the answers
 * kept, so no unit is counted twice and persons are those of the amended roll.
 */
export function transferOnVote(
  vote: VoteRecord,
  itemId: string,
  transfer: Transfer,
): VoteTransferOutcome {
  const row = vote.roll.units.find((u) => u.id === transfer.unitId);
  // A unit this item's roll gives to other owners was kept by an earlier owner's answer.
  if (row === undefined || !sameOwners(row.owners, transfer.from)) {
    return { vote, held: row !== undefined, voided: [] };
  }
  const electorate = voteElectorate(vote);
  const position = electorate.unitIndex.get(transfer.unitId);
  const registered = epochMillisOf(transfer.registeredAt);
  let held = false;
  let dropped: { readonly ballot: Ballot; readonly reason: VoidReason }[] = [];
  if (position !== undefined) {
    const person = electorate.voters[electorate.unitVoter[position]!]!;
    const units = new Set(person.unitIds);
    const theirs = vote.ballots.filter((b) => units.has(b.unitId));
    held = theirs.some((b) => epochMillisOf(b.at) < registered);
    dropped = held
      ? theirs
          .filter((b) => epochMillisOf(b.at) >= registered)
          .map((ballot) => ({ ballot, reason: 'unit-voted-before-transfer' as const }))
      : theirs
          .filter((b) => b.unitId === transfer.unitId && epochMillisOf(b.at) >= registered)
          .map((ballot) => ({ ballot, reason: 'unit-transferred' as const }));
  }
  const roll = held ? vote.roll : transferredRoll(vote.roll, transfer.unitId, transfer.to);
  const rebuilt = rebuiltVote(vote, roll, new Set(dropped.map((d) => d.ballot.id)));
  for (const ballot of rebuilt.failed) dropped.push({ ballot, reason: 'unit-transferred' });
  const voided = dropped.map(({ ballot, reason }) =>
    voidedAnswer(itemId, ballot, reason, transfer.unitId),
  );
  return { vote: rebuilt.vote, held, voided };
}

/** The record of an answer taken out of `itemId`'s count by the transfer of `transferUnitId`. */
export function voidedAnswer(
  itemId: string,
  ballot: Ballot,
  reason: VoidReason,
  transferUnitId: string,
): VoidedAnswer {
  return {
    itemId,
    sheetId: sheetIdOf(ballot, itemId),
    unitId: ballot.unitId,
    at: ballot.at,
    reason,
    transferUnitId,
  };
}

/**
 * `vote` counted again on `roll` from its ballots but those of `skip`, in arrival order; a ballot
 * the new roll no longer takes is returned in `failed`. The refused list is kept as it was.
 */
export function rebuiltVote(
  vote: VoteRecord,
  roll: Roll,
  skip: ReadonlySet<string>,
): { readonly vote: VoteRecord; readonly failed: readonly Ballot[] } {
  const failed: Ballot[] = [];
  // Spreading leaves the record's hidden running count behind: the rebuilt one derives its own.
  let next: VoteRecord = { ...vote, roll, ballots: [] };
  for (const ballot of vote.ballots) {
    if (skip.has(ballot.id)) continue;
    const cast = castBallot(next, ballot);
    if (cast.ok) next = cast.vote;
    else failed.push(ballot);
  }
  return { vote: { ...next, refused: vote.refused }, failed };
}
