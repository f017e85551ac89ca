import { withShippedFundSetting } from '../shipped-setting.js';

/**
 * The shape version of a fund account's persisted re-raising snapshots. A host stores it with
 * every snapshot and upgrades older ones with {@link fundReRaiseMigrations}.
 *
 * - 1: the first shape.
 * - 2: the context keeps the last public revenue allocated (`revenue`, BJ 74 ¶2).
 */
export const FUND_RE_RAISE_SNAPSHOT_VERSION = 2;

/** Version 1 → 2: an account recorded before public revenue existed has allocated none. */
function addRevenue(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('fundId' in context)) {
    throw new Error('fund re-raise migration: not a persisted snapshot (no context with fundId)');
  }
  if ('revenue' in context) return snapshot;
  return {
    ...(snapshot as object),
    context: {
      revenue: null,
      ...context,
      profile: withShippedFundSetting(Reflect.get(context, 'profile'), 'publicRevenueToFund'),
    },
  };
}

/** Upgrades of persisted snapshots, keyed by the version they upgrade from. */
export const fundReRaiseMigrations = { 1: addRevenue } as const;
