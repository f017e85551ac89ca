import { type Bilingual, epochMillisOf, type Profile, type Roll } from '@jiayuan/core';
import type { AgendaItem } from './agenda.js';
import type { SheetIssue } from './issues.js';
import {
  castSheet,
  closeItemVotes,
  type ItemResult,
  type ItemVotes,
  itemResults,
  openItemVotes,
} from './item-votes.js';
import { BallotSheetSchema } from './sheet.js';
import {
  type ItemTransfer,
  type Transfer,
  transferredRoll,
  type VoidedAnswer,
} from './transfer.js';
import { type TransferIssueCode, transferIssue } from './transfer-check.js';
import { recordTransfer } from './transfer-votes.js';

/** A change of ownership from the register, and when the count learnt of it (`RECORD_TRANSFER`). */
export interface TallyTransfer extends Transfer {
  readonly recordedAt: string;
}

/** What {@link tallySheets} counts. */
export interface TallySheetsInput {
  readonly items: readonly AgendaItem[];
  readonly roll: Roll;
  readonly profile: Profile;
  /** The sheets in the order they were received. */
  readonly sheets: readonly unknown[];
  readonly opensAt: string;
  readonly closesAt: string;
  readonly electronicAdopted?: boolean;
  /**
   * Changes of ownership (CC 214, CC 273 ¶2), in the order recorded: one recorded before
   * `opensAt` amends the roll the votes freeze; one recorded later reaches the votes as the
   * profile's `voting.transferDuringWindow` says, before every sheet received from its
   * `recordedAt` on.
   */
  readonly transfers?: readonly TallyTransfer[];
  /**
   * Sheet id → when the sheet was received, for a paper sheet handed in after its own date;
   * by default a sheet is received at its `at`.
   */
  readonly receivedAt?: Readonly<Record<string, string>>;
}

/** A transfer the count did not take, as the meeting would refuse its `RECORD_TRANSFER`. */
export interface RefusedTransfer {
  /** Position in {@link TallySheetsInput.transfers}. */
  readonly position: number;
  readonly unitId: string;
  readonly code: TransferIssueCode;
  readonly message: Bilingual;
}

/** The result of {@link tallySheets}. */
export interface SheetTally {
  readonly results: readonly ItemResult[];
  readonly accepted: number;
  readonly refused: readonly SheetIssue[];
  /** The transfers recorded during the window and what each did to the items. */
  readonly transfers: readonly ItemTransfer[];
  /** Answers a transfer recorded after them took out of their item. */
  readonly voided: readonly VoidedAnswer[];
  readonly refusedTransfers: readonly RefusedTransfer[];
}

/** When a sheet was received: `receivedAt` for its id, else its own `at`; `null` if unreadable. */
function receiptOf(raw: unknown, receivedAt: TallySheetsInput['receivedAt']): number | null {
  const parsed = BallotSheetSchema.safeParse(raw);
  if (!parsed.success) return null;
  const at = receivedAt?.[parsed.data.id] ?? parsed.data.at;
  try {
    return epochMillisOf(at);
  } catch {
    return null;
  }
}

/**
 * VOTE-17, VOTE-18: counts a whole multi-item ballot at once, as the meeting machine counts the
 * same sheets and transfers received in the same order: each item on its own answers, electorate
 * and majority (CC 278 ¶2, SH 18, SH 69), a change of ownership as the profile's
 * `voting.transferDuringWindow` says (CC 214, CC 273 ¶2); refused sheets and transfers listed with
 * their reasons.
 */
export function tallySheets(input: TallySheetsInput): SheetTally {
  const opens = epochMillisOf(input.opensAt);
  let roll = input.roll;
  const taken: Transfer[] = [];
  const refusedTransfers: RefusedTransfer[] = [];
  const pending: { readonly transfer: TallyTransfer; readonly position: number }[] = [];
  // The register as each transfer is recorded: one refused is not taken (the meeting's rules).
  const take = (t: TallyTransfer, position: number): boolean => {
    const transfer: Transfer = {
      unitId: t.unitId,
      from: [...t.from],
      to: [...t.to],
      registeredAt: t.registeredAt,
    };
    const issue = transferIssue({ roll, transfers: taken }, transfer, t.recordedAt, input.closesAt);
    if (issue !== null) {
      refusedTransfers.push({
        position,
        unitId: t.unitId,
        code: issue.code,
        message: issue.message,
      });
      return false;
    }
    roll = transferredRoll(roll, transfer.unitId, transfer.to);
    taken.push(transfer);
    return true;
  };
  (input.transfers ?? []).forEach((t, position) => {
    if (epochMillisOf(t.recordedAt) < opens) take(t, position);
    else pending.push({ transfer: t, position });
  });
  let votes: ItemVotes = openItemVotes({
    meetingId: 'tally',
    items: input.items,
    roll,
    profile: input.profile,
    openedAt: input.opensAt,
    closesAt: input.closesAt,
    ...(input.electronicAdopted === undefined
      ? {}
      : { electronicAdopted: input.electronicAdopted }),
  });
  const record = (upTo: number | null) => {
    while (pending.length > 0) {
      const next = pending[0]!;
      if (upTo !== null && epochMillisOf(next.transfer.recordedAt) > upTo) return;
      pending.shift();
      if (take(next.transfer, next.position)) {
        const t = next.transfer;
        votes = recordTransfer(
          votes,
          { unitId: t.unitId, from: [...t.from], to: [...t.to], registeredAt: t.registeredAt },
          t.recordedAt,
          votes.transferPolicy,
        );
      }
    }
  };
  for (const sheet of input.sheets) {
    const receipt = receiptOf(sheet, input.receivedAt);
    if (receipt !== null) record(receipt);
    votes = castSheet(votes, sheet).votes;
  }
  // Transfers recorded after the last sheet, before the count.
  record(null);
  votes = closeItemVotes(votes, input.closesAt);
  return {
    results: itemResults(votes),
    accepted: votes.sheets.length,
    refused: votes.refused,
    transfers: votes.transfers,
    voided: votes.voided,
    refusedTransfers,
  };
}
