import {
  type Bilingual,
  bilingual,
  defineRule,
  epochMillisOf,
  type RuleVerdict,
} from '@jiayuan/core';
import { sameOwners } from '../ballot/transfer.js';
import { en, text, zhCN } from '../locales/index.js';
import type { AssemblyContext } from './context.js';

type Snap = { readonly context: AssemblyContext };
type Sent = { readonly at: string; readonly by: { readonly id: string; readonly role: string } };
type TransferEvent = Sent & {
  readonly unitId: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly registeredAt: string;
};

const fail = (message: Bilingual, details: Record<string, unknown>): RuleVerdict => ({
  ok: false,
  message,
  details,
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
    const unit = context.roll.units.find((u) => u.id === event.unitId);
    if (unit === undefined) {
      return fail(
        text((l) => l.rules.transferUnit(event.unitId)),
        { unitId: event.unitId },
      );
    }
    const stock = unit.status !== 'delivered' || unit.owners.includes(context.roll.developerId);
    return stock
      ? fail(
          text((l) => l.rules.transferStock(event.unitId)),
          { unitId: event.unitId, status: unit.status },
        )
      : true;
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
    const unit = context.roll.units.find((u) => u.id === event.unitId);
    if (unit === undefined) return true;
    if (!sameOwners(unit.owners, event.from)) {
      return fail(
        bilingual(
          zhCN.rules.transferFrom(event.unitId, unit.owners.join('、')),
          en.rules.transferFrom(event.unitId, unit.owners.join(', ')),
        ),
        { unitId: event.unitId, ownersOfRecord: [...unit.owners] },
      );
    }
    return sameOwners(event.from, event.to)
      ? fail(
          text((l) => l.rules.transferSameOwners),
          { unitId: event.unitId },
        )
      : true;
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
    const registered = epochMillisOf(event.registeredAt);
    if (registered > epochMillisOf(event.at)) {
      return fail(
        text((l) => l.rules.transferNotYetRegistered(event.registeredAt)),
        { registeredAt: event.registeredAt },
      );
    }
    const previous = context.transfers.filter((t) => t.unitId === event.unitId).at(-1);
    if (previous !== undefined && registered < epochMillisOf(previous.registeredAt)) {
      return fail(
        text((l) => l.rules.transferOutOfOrder(event.unitId, previous.registeredAt)),
        { unitId: event.unitId, previous: previous.registeredAt },
      );
    }
    const closesAt = context.call?.closesAt;
    if (closesAt !== undefined && registered >= epochMillisOf(closesAt)) {
      return fail(
        text((l) => l.rules.transferAfterWindow(closesAt)),
        { closesAt },
      );
    }
    return true;
  },
});
