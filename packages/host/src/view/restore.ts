import { type Actor, type AnyStateMachine, createActor, type SnapshotFrom } from 'xstate';
import type { MachineEntry, MachineRegistry, SnapshotEnvelope } from '../registry.js';
import { InvalidReadError, MachineMismatchError } from './errors.js';
import type { LoadedProcess } from './types.js';

/**
 * Restores a stored snapshot as its machine's snapshot, on an actor that is never started: no
 * entry action runs and nothing is sent, and the copy shares nothing with a running actor.
 */
export function restoreProcess<TMachine extends AnyStateMachine>(
  processId: string,
  seq: number,
  entry: MachineEntry,
  envelope: SnapshotEnvelope,
): LoadedProcess<TMachine> {
  // A JSON copy, so the caller's snapshot and the envelope returned share no objects.
  const persisted: unknown = JSON.parse(JSON.stringify(envelope.snapshot));
  const actor = createActor(entry.machine, {
    snapshot: persisted as ReturnType<Actor<AnyStateMachine>['getPersistedSnapshot']>,
  });
  // The registry entry is the machine `load` checked the process against (see checkMachine).
  const snapshot = actor.getSnapshot() as SnapshotFrom<TMachine>;
  return {
    processId,
    seq,
    machine: { id: entry.id, version: entry.version },
    envelope,
    snapshot,
  };
}

/**
 * Checks that a process whose registry entry is `entry` runs `asked`: the same machine, or one
 * made from it by `provide()` (same definition, other implementations).
 *
 * @throws {MachineMismatchError} otherwise; {InvalidReadError} `machine` for what is not one.
 */
export function checkMachine(
  processId: string,
  entry: MachineEntry,
  asked: AnyStateMachine,
  registry: MachineRegistry,
): void {
  if (typeof asked !== 'object' || asked === null || !('config' in asked)) {
    throw new InvalidReadError('machine');
  }
  if (sameDefinition(entry.machine, asked)) return;
  const named = registry.ids().find((id) => sameDefinition(registry.get(id).machine, asked));
  throw new MachineMismatchError(processId, entry.id, named ?? `${asked.id} (not registered)`);
}

function sameDefinition(a: AnyStateMachine, b: AnyStateMachine): boolean {
  return a === b || a.config === b.config;
}
