import type { AnyStateMachine } from 'xstate';
import { HostError, UnknownMachineError, UnknownVersionError } from './errors.js';

/**
 * Upgrades a persisted snapshot from one machine version to the next. Key `n` of
 * {@link MachineEntry.migrations} upgrades version `n` to `n + 1`.
 */
export type SnapshotMigration = (snapshot: unknown) => unknown;

/** One machine the host can run: its id, its current version and, optionally, migrations. */
export interface MachineEntry {
  /** Stable id stored in every envelope, e.g. `"committee.formation"`. */
  readonly id: string;
  /** Current version: a positive integer, bumped when persisted snapshots change shape. */
  readonly version: number;
  /** The machine, with its event catalog attached by core's `withCatalog`. */
  readonly machine: AnyStateMachine;
  /** `migrations[n]` upgrades a snapshot of version `n` to version `n + 1`. */
  readonly migrations?: Readonly<Record<number, SnapshotMigration>>;
}

/** A persisted snapshot with what it takes to load it again. */
export interface SnapshotEnvelope {
  readonly machine: string;
  readonly version: number;
  readonly snapshot: unknown;
}

/** The machines a host is given, by id. */
export class MachineRegistry {
  readonly #entries = new Map<string, MachineEntry>();

  /** @throws if two entries share an id or a version is not a positive integer. */
  constructor(entries: readonly MachineEntry[]) {
    for (const entry of entries) {
      if (this.#entries.has(entry.id)) {
        throw new HostError('registry', `machine "${entry.id}" is registered twice`);
      }
      if (!Number.isInteger(entry.version) || entry.version < 1) {
        throw new HostError(
          'registry',
          `machine "${entry.id}": version must be a positive integer, got ${entry.version}`,
        );
      }
      this.#entries.set(entry.id, entry);
    }
  }

  /** The registered ids. */
  ids(): string[] {
    return [...this.#entries.keys()];
  }

  /** Whether a machine with this id is registered. */
  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /**
   * The entry for `id`.
   *
   * @throws {UnknownMachineError} when it is not registered.
   */
  get(id: string): MachineEntry {
    const entry = this.#entries.get(id);
    if (entry === undefined) throw new UnknownMachineError(id, this.ids());
    return entry;
  }

  /**
   * Brings an envelope to the registered version, one migration at a time.
   *
   * @throws {UnknownMachineError} for an unregistered machine.
   * @throws {UnknownVersionError} for a version newer than the registered one, or older with a
   *   missing migration step.
   */
  upgrade(envelope: SnapshotEnvelope): SnapshotEnvelope {
    const entry = this.get(envelope.machine);
    const { version } = envelope;
    if (!Number.isInteger(version) || version < 1) {
      throw new UnknownVersionError(entry.id, version, entry.version, 'not a positive integer');
    }
    if (version > entry.version) {
      throw new UnknownVersionError(
        entry.id,
        version,
        entry.version,
        'it is newer than the registered machine; deploy the newer machine version',
      );
    }
    let snapshot = envelope.snapshot;
    for (let v = version; v < entry.version; v++) {
      const step = entry.migrations?.[v];
      if (step === undefined) {
        throw new UnknownVersionError(
          entry.id,
          version,
          entry.version,
          `no migration from version ${v} to ${v + 1}`,
        );
      }
      snapshot = step(snapshot);
    }
    return { machine: entry.id, version: entry.version, snapshot };
  }
}
