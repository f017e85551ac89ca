import { defineRule, type RuleVerdict } from '@jiayuan/core';
import {
  type TransferIssue,
  transferFromIssue,
  transferRegisteredIssue,
  transferUnitIssue,
} from '../ballot/transfer-check.js';
import type { AssemblyContext } from './context.js';

type Snap = { readonly context: AssemblyContext };
type Sent = { readonly at: string; readonly by: { readonly id: string; readonly role: string } };
type TransferEvent = Sent & {
  readonly unitId: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly registeredAt: string;
};

// The checks are the ballot's own (`../ballot/transfer-check.ts`), so `tallySheets` refuses the
// same transfers the meeting does.
const verdict = (issue: TransferIssue | null): RuleVerdict =>
  issue === null ? true : { ok: false, message: issue.message, details: { ...issue.details } };

const transferOf = (event: TransferEvent) => ({
  unitId: event.unitId,
  from: [...event.from],
  to: [...event.to],
  registeredAt: event.registeredAt,
});

/**
 * A transfer names a unit of the meeting's roll held by owners (SPC 1 ¶1: an owner is who holds
 * the unit by registration); the developer's unsold or undelivered stock passes to its buyers by
 * registration or delivery (SPC 1 ¶2), which the roll already says, not by this event.
 */
export const transferUnit = defineRule({
  id: 'transfer-unit',
  citations: ['SPC-1', 'CC-214'],
  check({ context }: Snap, event: TransferEvent) {
    return verdict(transferUnitIssue(context.roll, transferOf(event)));
  },
});

/**
 * A transfer starts from the register as it stands: `from` are the unit's owners of record,
 * with every transfer recorded before (CC 209, 214), and `to` are others.
 */
export const transferFromRegister = defineRule({
  id: 'transfer-from-register',
  citations: ['CC-209', 'CC-214'],
  check({ context }: Snap, event: TransferEvent) {
    return verdict(transferFromIssue(context.roll, transferOf(event)));
  },
});

/**
 * The right changes when recorded in the register (CC 214 "自记载于不动产登记簿时发生效力"): the
 * register's instant may precede the event (the meeting learns of it later), never follow it;
 * a unit's transfers come in the register's order; one registered after the voting window
 * changes nothing in this vote. An instant before the opening is taken: the votes' roll is then
 * corrected from the opening on.
 */
export const transferRegistered = defineRule({
  id: 'transfer-registered',
  citations: ['CC-214'],
  check({ context }: Snap, event: TransferEvent) {
    return verdict(
      transferRegisteredIssue(
        context.transfers,
        transferOf(event),
        event.at,
        context.call?.closesAt,
      ),
    );
  },
});
