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
 * The votes a sheet received after a transfer was recorded is checked against (RULES VOTE-18): a
 * sheet of the unit's old owner dated before the registration (a paper sheet handed in late) is a
 * ballot the old owner cast before the transfer, and under `old-ballot-stands` it stands — on each
 * item it answers that the transfer passed to the new owner, the unit goes back to the old owner
 * (the transfer now holds it for that item) and the new owner's answers for it are taken out
 * (`unit-voted-before-transfer`). It is judged by the sheet's own date against the register's
 * instant: one second before it stands, at it the unit is the new owner's (`unit-transferred`,
 * see {@link transferRefusal}). A unit transferred more than once during the window is left as
 * the register has it. The caller keeps these votes only if the sheet is then accepted whole.
 */
export function reclaimedForLateSheet(votes: ItemVotes, sheet: BallotSheet): ItemVotes {
  if (votes.transferPolicy !== 'old-ballot-stands') return votes;
  const ofUnit = votes.transfers.filter((t) => t.unitId === sheet.unitId);
  const t = ofUnit[0];
  if (t === undefined || ofUnit.length > 1 || t.effect !== 'applied') return votes;
  const by = sheet.castBy;
  if (!t.from.includes(by) || t.to.includes(by)) return votes;
  if (epochMillisOf(sheet.at) >= epochMillisOf(t.registeredAt)) return votes;
  const items = Object.keys(sheet.answers).filter(
    (id) => votes.votes[id] !== undefined && !t.held.includes(id),
  );
  if (items.length === 0) return votes;
  const next = { ...votes.votes };
  const voided: VoidedAnswer[] = [];
  for (const itemId of items) {
    const vote = next[itemId]!;
    // The new owner's answers for the unit give way to the old owner's earlier ballot.
    const theirs = vote.ballots.filter((b) => b.unitId === t.unitId);
    const rebuilt = rebuiltVote(
      vote,
      transferredRoll(vote.roll, t.unitId, t.from),
      new Set(theirs.map((b) => b.id)),
    );
    next[itemId] = rebuilt.vote;
    for (const ballot of theirs) {
      voided.push(voidedAnswer(itemId, ballot, 'unit-voted-before-transfer', t.unitId));
    }
    for (const ballot of rebuilt.failed) {
      voided.push(voidedAnswer(itemId, ballot, 'unit-transferred', t.unitId));
    }
  }
  const transfers = votes.transfers.map((x) =>
    x === t ? { ...x, held: [...x.held, ...items] } : x,
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
 * Whether the transfers recorded keep `sheet` from answering `itemId`: a unit whose old owner's
 * answer before the registration stands (`unit-voted-before-transfer`, also for another unit of
 * that person from the registration on: one person, one vote, SPC 9); the old owner answering for
 * a unit that passed to the new owner of record (`unit-transferred`, CC 214); the new owner
 * answering with a sheet dated before the registration (`before-registration`); the new owner
 * under a profile whose roll stays frozen (`roll-frozen`).
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
  const holding = ofUnit.find((t) => t.held.includes(itemId));
  if (holding !== undefined) {
    return at >= epochMillisOf(holding.registeredAt)
      ? refusal('unit-voted-before-transfer', holding)
      : null;
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
  if (at < epochMillisOf(last.registeredAt)) {
    if (newcomer(last)) return refusal('before-registration', last);
    if (leaver(last)) return refusal('unit-transferred', last);
    return null;
  }
  if (!last.to.includes(by)) {
    const left = ofUnit.find(leaver);
    if (left !== undefined) return refusal('unit-transferred', left);
  }
  return null;
}
