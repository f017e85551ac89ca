/**
 * The shape version of the assembly meeting's persisted snapshots. A host stores it with every
 * snapshot (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with
 * {@link assemblyMigrations}.
 *
 * - 1: the first shape.
 */
export const ASSEMBLY_SNAPSHOT_VERSION = 1;

/** Upgrades of persisted assembly snapshots, keyed by the version they upgrade from: none yet. */
export const assemblyMigrations = {} as const;
