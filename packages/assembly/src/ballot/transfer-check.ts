import { type Bilingual, bilingual, epochMillisOf, type Roll } from '@jiayuan/core';
import { en, text, zhCN } from '../locales/index.js';
import { sameOwners, type Transfer } from './transfer.js';

/**
 * Why a change of ownership is not taken, as the meeting's rules of the same ids say: the unit
 * (`transfer-unit`), the owners of record (`transfer-from-register`), the register's instant
 * (`transfer-registered`).
 */
export const TRANSFER_ISSUE_CODES = [
  'transfer-unit',
  'transfer-from-register',
  'transfer-registered',
] as const;

/** One of {@link TRANSFER_ISSUE_CODES}. */
export type TransferIssueCode = (typeof TRANSFER_ISSUE_CODES)[number];

/** A transfer refused, with its reason in both languages and what the reason rests on. */
export interface TransferIssue {
  readonly code: TransferIssueCode;
  readonly message: Bilingual;
  readonly details: Readonly<Record<string, unknown>>;
}

const issue = (
  code: TransferIssueCode,
  message: Bilingual,
  details: Record<string, unknown>,
): TransferIssue => ({ code, message, details });

/**
 * The transfer names a unit of `roll` held by owners (SPC 1 ¶1); the developer's unsold or
 * undelivered stock passes to its buyers by registration or delivery (SPC 1 ¶2), not by a
 * transfer.
 */
export function transferUnitIssue(roll: Roll, transfer: Transfer): TransferIssue | null {
  const unit = roll.units.find((u) => u.id === transfer.unitId);
  if (unit === undefined) {
    return issue(
      'transfer-unit',
      text((l) => l.rules.transferUnit(transfer.unitId)),
      {
        unitId: transfer.unitId,
      },
    );
  }
  const stock = unit.status !== 'delivered' || unit.owners.includes(roll.developerId);
  return stock
    ? issue(
        'transfer-unit',
        text((l) => l.rules.transferStock(transfer.unitId)),
        {
          unitId: transfer.unitId,
          status: unit.status,
        },
      )
    : null;
}

/**
 * The transfer starts from the register as it stands — `from` are the unit's owners of record in
 * `roll`, every transfer recorded before applied (CC 209, 214) — and `to` are others.
 */
export function transferFromIssue(roll: Roll, transfer: Transfer): TransferIssue | null {
  const unit = roll.units.find((u) => u.id === transfer.unitId);
  if (unit === undefined) return null;
  if (!sameOwners(unit.owners, transfer.from)) {
    return issue(
      'transfer-from-register',
      bilingual(
        zhCN.rules.transferFrom(transfer.unitId, unit.owners.join('、')),
        en.rules.transferFrom(transfer.unitId, unit.owners.join(', ')),
      ),
      { unitId: transfer.unitId, ownersOfRecord: [...unit.owners] },
    );
  }
  return sameOwners(transfer.from, transfer.to)
    ? issue(
        'transfer-from-register',
        text((l) => l.rules.transferSameOwners),
        {
          unitId: transfer.unitId,
        },
      )
    : null;
}

/**
 * The right changes when recorded in the register (CC 214 "自记载于不动产登记簿时发生效力"): the
 * register's instant may precede the recording (`recordedAt`), never follow it; a unit's
 * transfers come in the register's order (`earlier`: those recorded before); one registered at
 * or after the window's close changes nothing in the vote.
 */
export function transferRegisteredIssue(
  earlier: readonly Transfer[],
  transfer: Transfer,
  recordedAt: string,
  closesAt: string | undefined,
): TransferIssue | null {
  const registered = epochMillisOf(transfer.registeredAt);
  if (registered > epochMillisOf(recordedAt)) {
    return issue(
      'transfer-registered',
      text((l) => l.rules.transferNotYetRegistered(transfer.registeredAt)),
      { registeredAt: transfer.registeredAt },
    );
  }
  const previous = earlier.filter((t) => t.unitId === transfer.unitId).at(-1);
  if (previous !== undefined && registered < epochMillisOf(previous.registeredAt)) {
    return issue(
      'transfer-registered',
      text((l) => l.rules.transferOutOfOrder(transfer.unitId, previous.registeredAt)),
      { unitId: transfer.unitId, previous: previous.registeredAt },
    );
  }
  if (closesAt !== undefined && registered >= epochMillisOf(closesAt)) {
    return issue(
      'transfer-registered',
      text((l) => l.rules.transferAfterWindow(closesAt)),
      {
        closesAt,
      },
    );
  }
  return null;
}

/** The first reason `transfer`, recorded at `recordedAt`, is not taken; `null` when it is. */
export function transferIssue(
  register: { readonly roll: Roll; readonly transfers: readonly Transfer[] },
  transfer: Transfer,
  recordedAt: string,
  closesAt: string | undefined,
): TransferIssue | null {
  return (
    transferUnitIssue(register.roll, transfer) ??
    transferFromIssue(register.roll, transfer) ??
    transferRegisteredIssue(register.transfers, transfer, recordedAt, closesAt)
  );
}
