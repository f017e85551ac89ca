import type { Party } from '@jiayuan/core';
import type { Census } from './forms.js';
import { quotaCheck } from './forms.js';
import type { UnitKind } from './input.js';

/**
 * The shape version of the coverage machine's persisted snapshots. A host stores it with every
 * snapshot (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with
 * {@link coverageMigrations}.
 *
 * - 1: the first shape.
 * - 2: the branch records its elected leadership (`branch.leadership`, PARTY-3); the context
 *   keeps cross-appointments (`crossAppointments`) and the committee's party-member share
 *   against the profile's quota (`memberQuota`, PARTY-7).
 */
export const COVERAGE_SNAPSHOT_VERSION = 2;

/** The context fields version 1 had before which version 2's new ones go, in order. */
const BEFORE_REVIEWS = 'reviews';

/**
 * Version 1 → 2: a branch recorded before leadership was recorded has none known; no
 * cross-appointment was recorded; the quota is assessed from the stored census and party
 * section, as the machine's next assessment would. The new fields take their place before
 * `reviews`, as a fresh context has them.
 */
function addPartySettings(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('unitId' in context)) {
    throw new Error('coverage migration: not a persisted snapshot (no context with unitId)');
  }
  if ('crossAppointments' in context) return snapshot;
  const stored = context as unknown as Record<string, unknown> & {
    readonly kind: UnitKind;
    readonly census: Census;
    readonly party: Party;
    readonly branch: Record<string, unknown> | null;
  };
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === BEFORE_REVIEWS) {
      next.crossAppointments = [];
      next.memberQuota = quotaCheck(stored.kind, stored.census, stored.party);
    }
    next[key] =
      key === 'branch' && stored.branch !== null ? { ...stored.branch, leadership: null } : value;
  }
  return { ...(snapshot as object), context: next };
}

/**
 * Upgrades of persisted coverage snapshots, keyed by the version they upgrade from (as
 * `@jiayuan/host`'s `MachineEntry.migrations` takes them).
 */
export const coverageMigrations = { 1: addPartySettings } as const;
