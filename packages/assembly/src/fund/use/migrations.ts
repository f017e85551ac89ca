/**
 * The shape version of an ordinary fund use's persisted snapshots. A host stores it with every
 * snapshot and upgrades older ones with {@link fundUseMigrations}.
 *
 * - 1: the first shape.
 */
export const FUND_USE_SNAPSHOT_VERSION = 1;

/** Upgrades of persisted snapshots, keyed by the version they upgrade from: none yet. */
export const fundUseMigrations = {} as const;
