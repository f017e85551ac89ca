import { epochMillisOf, type VoteRecord, voteElectorate } from '@jiayuan/core';
import type { ItemVotes } from './item-votes.js';
import type { BallotSheet } from './sheet.js';
import {
  type ItemTransfer,
  rebuiltVote,
  type Transfer,
  type TransferPolicy,
  transferOnVote,
  transferredRoll,
  type VoidedAnswer,
  voidedAnswer,
} from './transfer.js';

/**
 * Records a transfer registered during the voting window on every item's vote. Under
 * `old-ballot-stands` (CC 214, CC 273 ¶2) each item keeps the old owner's answer given before
 * the registration, or else passes the unit to the new owners of record (see `transferOnVote`);
 * under `roll-frozen` the transfer is recorded and no vote changes.
 */
export function recordTransfer(
  votes: ItemVotes,
  transfer: Transfer,
  recordedAt: string,
  policy: TransferPolicy,
): ItemVotes {
  if (policy === 'roll-frozen') {
    const kept: ItemTransfer = { ...transfer, recordedAt, effect: 'roll-frozen', held: [] };
    return { ...votes, transfers: [...votes.transfers, kept] };
  }
  const next = { ...votes.votes };
  const held: string[] = [];
  const voided: VoidedAnswer[] = [];
  for (const item of votes.items) {
    const outcome = transferOnVote(next[item.id]!, item.id, transfer);
    next[item.id] = outcome.vote;
    if (outcome.held) held.push(item.id);
    voided.push(...outcome.voided);
  }
  let transfers: readonly ItemTransfer[] = [
    ...votes.transfers,
    { ...transfer, recordedAt, effect: 'applied', held },
  ];
  for (const item of votes.items) {
    const released = releaseOrphans(next[item.id]!, item.id, transfers);
    next[item.id] = released.vote;
    transfers = released.transfers;
    voided.push(...released.voided);
  }
  return { ...votes, votes: next, transfers, voided: [...votes.voided, ...voided] };
}

/**
 * Whether the unit a transfer left with its old owner on `itemId` is still kept by an answer of
 * that owner's person cast before the registration.
 */
function stillKept(vote: VoteRecord, t: ItemTransfer): boolean {
  const electorate = voteElectorate(vote);
  const position = electorate.unitIndex.get(t.unitId);
  if (position === undefined) return false;
  const person = new Set(electorate.voters[electorate.unitVoter[position]!]!.unitIds);
  const registered = epochMillisOf(t.registeredAt);
  return vote.ballots.some((b) => person.has(b.unitId) && epochMillisOf(b.at) < registered);
}

/**
 * A later registration of another unit of the same person, dated before their answer, takes that
 * answer out; a unit it kept then passes to its owners of record after all.
 */
function releaseOrphans(
  vote: VoteRecord,
  itemId: string,
  transfers: readonly ItemTransfer[],
): {
  readonly vote: VoteRecord;
  readonly transfers: readonly ItemTransfer[];
  readonly voided: readonly VoidedAnswer[];
} {
  let current = vote;
  let list = transfers;
  const voided: VoidedAnswer[] = [];
  for (;;) {
    const orphan = list.find((t) => t.held.includes(itemId) && !stillKept(current, t));
    if (orphan === undefined) return { vote: current, transfers: list, voided };
    const owners = list.filter((t) => t.unitId === orphan.unitId).at(-1)!.to;
    list = list.map((t) =>
      t.unitId === orphan.unitId ? { ...t, held: t.held.filter((i) => i !== itemId) } : t,
    );
    const rebuilt = rebuiltVote(
      current,
      transferredRoll(current.roll, orphan.unitId, owners),
      new Set(),
    );
    current = rebuilt.vote;
    for (const ballot of rebuilt.failed) {
      voided.push(voidedAnswer(itemId, ballot, 'unit-transferred', orphan.unitId));
    }
  }
}

/**
 * Where on the chain of `ofUnit` (one unit's transfers in the register's order) `itemId` stands:
 * the position of the owners the item's vote counts the unit for — 0 the owners before the
 * first transfer, `k` those the `k`-th made — read from the first transfer that holds the item
 * (its `from` kept the unit by an answer before it), else the last transfer's `to`.
 */
function holderOn(ofUnit: readonly ItemTransfer[], itemId: string): number {
  const first = ofUnit.findIndex((t) => t.held.includes(itemId));
  return first === -1 ? ofUnit.length : first;
}

/**
 * How many of `ofUnit` (one unit's transfers in the register's order) were registered at or
 * before `at`: the position on the chain of the owners of record at that instant (CC 214).
 */
function positionAt(ofUnit: readonly ItemTransfer[], at: number): number {
  return ofUnit.filter((t) => epochMillisOf(t.registeredAt) <= at).length;
}

/**
 * The votes a sheet received after a transfer was recorded is checked against (RULES VOTE-18): a
 * sheet of one who was the unit's owner of record at the sheet's own date (CC 214) and left it by
 * a later registration (a paper sheet handed in late) is a ballot an owner cast before the
 * transfer, and under `old-ballot-stands` it stands — on each item it answers that a later
 * owner's answer or the register passed to a later owner, the unit goes back to the sheet's
 * owners (every transfer from theirs on now holds it for that item) and the later owners' answers
 * for it are taken out (`unit-voted-before-transfer`). Through two transfers A→B at t1, B→C at
 * t2, a sheet of B dated in [t1, t2) takes the unit back from C, and one of A dated before t1
 * from B and C both; on an item an earlier owner's answer already holds, the sheet is refused
 * (see {@link transferRefusal}): the answer of the owner of record at the earliest date stands.
 * It is judged by the sheet's own date against the register's instants: one second before a
 * registration the seller is the owner, at it the buyer is (`unit-transferred`). The caller keeps
 * these votes only if the sheet is then accepted whole.
 */
export function reclaimedForLateSheet(votes: ItemVotes, sheet: BallotSheet): ItemVotes {
  if (votes.transferPolicy !== 'old-ballot-stands') return votes;
  const ofUnit = votes.transfers.filter((t) => t.unitId === sheet.unitId);
  if (ofUnit.length === 0 || ofUnit.some((t) => t.effect !== 'applied')) return votes;
  const mine = positionAt(ofUnit, epochMillisOf(sheet.at));
  const left = ofUnit[mine];
  // Dated from the last registration on, the sheet's sender answers as the owner of record.
  if (left === undefined) return votes;
  const by = sheet.castBy;
  if (!left.from.includes(by) || left.to.includes(by)) return votes;
  const later = new Set(ofUnit.slice(mine));
  const items = Object.keys(sheet.answers).filter(
    (id) => votes.votes[id] !== undefined && holderOn(ofUnit, id) > mine,
  );
  if (items.length === 0) return votes;
  const next = { ...votes.votes };
  const voided: VoidedAnswer[] = [];
  for (const itemId of items) {
    const vote = next[itemId]!;
    // The later owners' answers for the unit give way to the earlier owner's ballot.
    const theirs = vote.ballots.filter((b) => b.unitId === sheet.unitId);
    const rebuilt = rebuiltVote(
      vote,
      transferredRoll(vote.roll, sheet.unitId, left.from),
      new Set(theirs.map((b) => b.id)),
    );
    next[itemId] = rebuilt.vote;
    for (const ballot of theirs) {
      voided.push(voidedAnswer(itemId, ballot, 'unit-voted-before-transfer', sheet.unitId));
    }
    for (const ballot of rebuilt.failed) {
      voided.push(voidedAnswer(itemId, ballot, 'unit-transferred', sheet.unitId));
    }
  }
  const transfers = votes.transfers.map((x) =>
    later.has(x) ? { ...x, held: [...x.held, ...items.filter((i) => !x.held.includes(i))] } : x,
  );
  return { ...votes, votes: next, transfers, voided: [...votes.voided, ...voided] };
}

/** Why a sheet's answer to an item is refused because of a recorded transfer. */
export interface TransferRefusal {
  readonly code:
    | 'unit-voted-before-transfer'
    | 'unit-transferred'
    | 'before-registration'
    | 'roll-frozen';
  /** The transferred unit. */
  readonly unitId: string;
  readonly registeredAt: string;
}

/**
 * Whether the transfers recorded keep `sheet` from answering `itemId`: a unit whose earlier
 * owner's answer before a registration stands (`unit-voted-before-transfer`, also for another
 * unit of that person from the registration on: one person, one vote, SPC 9); one who was no
 * longer the owner of record at the sheet's date answering for the unit (`unit-transferred`,
 * CC 214; along a unit's transfers in the register's order, the last they left by); one who
 * was not yet (`before-registration`); the new owner under a profile whose roll stays frozen
 * (`roll-frozen`).
 */
export function transferRefusal(
  votes: ItemVotes,
  sheet: BallotSheet,
  itemId: string,
): TransferRefusal | null {
  if (votes.transfers.length === 0) return null;
  const at = epochMillisOf(sheet.at);
  const refusal = (code: TransferRefusal['code'], t: ItemTransfer): TransferRefusal => ({
    code,
    unitId: t.unitId,
    registeredAt: t.registeredAt,
  });
  const ofUnit = votes.transfers.filter((t) => t.unitId === sheet.unitId);
  // An answer from before the first registration that holds the item stands against any later.
  const holding = ofUnit.find((t) => t.held.includes(itemId));
  if (holding !== undefined && at >= epochMillisOf(holding.registeredAt)) {
    return refusal('unit-voted-before-transfer', holding);
  }
  const vote = votes.votes[itemId];
  const heldElsewhere = votes.transfers.filter(
    (t) =>
      t.unitId !== sheet.unitId && t.held.includes(itemId) && at >= epochMillisOf(t.registeredAt),
  );
  if (vote !== undefined && heldElsewhere.length > 0) {
    const electorate = voteElectorate(vote);
    const mine = electorate.unitIndex.get(sheet.unitId);
    const person = mine === undefined ? undefined : electorate.unitVoter[mine];
    for (const t of heldElsewhere) {
      const theirs = electorate.unitIndex.get(t.unitId);
      if (person !== undefined && theirs !== undefined && electorate.unitVoter[theirs] === person) {
        return refusal('unit-voted-before-transfer', t);
      }
    }
  }
  const last = ofUnit.at(-1);
  if (last === undefined) return null;
  const by = sheet.castBy;
  const newcomer = (t: ItemTransfer) => t.to.includes(by) && !t.from.includes(by);
  const leaver = (t: ItemTransfer) => t.from.includes(by) && !t.to.includes(by);
  if (last.effect === 'roll-frozen') {
    const first = ofUnit.find(newcomer);
    return first !== undefined && !ofUnit[0]!.from.includes(by)
      ? refusal('roll-frozen', first)
      : null;
  }
  // The owners of record at the sheet's date (CC 214), along the unit's transfers in order.
  const position = positionAt(ofUnit, at);
  const owners = position === 0 ? ofUnit[0]!.from : ofUnit[position - 1]!.to;
  if (owners.includes(by)) {
    // The owner of record answers unless a later owner holds the item (a sheet
    // `reclaimedForLateSheet` did not give the unit back to).
    const next = ofUnit[position];
    return next !== undefined && leaver(next) && holderOn(ofUnit, itemId) > position
      ? refusal('unit-transferred', next)
      : null;
  }
  const gone = ofUnit.slice(0, position).filter(leaver).at(-1);
  if (gone !== undefined) return refusal('unit-transferred', gone);
  const coming = ofUnit.slice(position).find(newcomer);
  return coming === undefined ? null : refusal('before-registration', coming);
}
