import { epochMillisOf, voteElectorate } from '@jiayuan/core';
import type { ItemVotes } from './item-votes.js';
import type { BallotSheet } from './sheet.js';
import {
  type ItemTransfer,
  type Transfer,
  type TransferPolicy,
  transferOnVote,
  type VoidedAnswer,
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
  const recorded: ItemTransfer = { ...transfer, recordedAt, effect: 'applied', held };
  return {
    ...votes,
    votes: next,
    transfers: [...votes.transfers, recorded],
    voided: [...votes.voided, ...voided],
  };
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
