/**
 * The shape version of an emergency repair's persisted snapshots. A host stores it with every
 * snapshot and upgrades older ones with {@link fundEmergencyMigrations}.
 *
 * - 1: the first shape.
 */
export const FUND_EMERGENCY_SNAPSHOT_VERSION = 1;

/** Upgrades of persisted snapshots, keyed by the version they upgrade from: none yet. */
export const fundEmergencyMigrations = {} as const;
