import type { AgendaItem } from '../ballot/agenda.js';
import type { DecidedVersion } from '../rules/versions.js';
import type { ItemOutcome } from './context.js';

/**
 * The text versions a count decides (RULES VOTE-19): one for each item that proposes a version of the rules of
 * procedure or the management statute (CC 278 ¶1 (一)(二); BJ 34 ¶1 (一)) and passed on its own
 * majority (CC 278 ¶2), decided at the count's instant.
 */
export function decidedVersions(
  meetingId: string,
  items: readonly AgendaItem[],
  outcomes: readonly ItemOutcome[],
  at: string,
): DecidedVersion[] {
  const out: DecidedVersion[] = [];
  for (const item of items) {
    const proposed = item.proposed;
    if (proposed === undefined) continue;
    if (item.kind !== 'rules-of-procedure' && item.kind !== 'management-statute') continue;
    if (outcomes.find((o) => o.itemId === item.id)?.passed !== true) continue;
    out.push({
      document: item.kind,
      version: proposed.version,
      decidedBy: { meetingId, itemId: item.id },
      decidedAt: at,
      text: proposed.text,
      settings: proposed.settings ?? {},
    });
  }
  return out;
}
