/**
 * The shape version of a fund account's persisted re-raising snapshots. A host stores it with
 * every snapshot and upgrades older ones with {@link fundReRaiseMigrations}.
 *
 * - 1: the first shape.
 */
export const FUND_RE_RAISE_SNAPSHOT_VERSION = 1;

/** Upgrades of persisted snapshots, keyed by the version they upgrade from: none yet. */
export const fundReRaiseMigrations = {} as const;
