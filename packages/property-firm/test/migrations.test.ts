// Version-1 snapshots, recorded from the version-1 machines (test/fixtures/v1-snapshots.json,
// each with the input and events that led to it), upgrade to the current version: the upgraded
// snapshot is the one the current machine reaches on the same events, it restores, and the
// process carries on.
import { readFileSync } from 'node:fs';
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor, type Snapshot } from 'xstate';
import {
  contractTermMachine,
  contractTermMigrations,
  dismissalMachine,
  dismissalMigrations,
  FIRM_SNAPSHOT_VERSIONS,
  hiringMachine,
  hiringMigrations,
} from '../src/index.js';
import { ev } from './support.js';

interface Recorded {
  readonly machine: 'hiring' | 'dismissal' | 'contract-term';
  readonly input: Record<string, unknown>;
  readonly events: readonly Record<string, unknown>[];
  readonly snapshot: { readonly context: { readonly profile: unknown } };
}

const V1: Readonly<Record<string, Recorded>> = JSON.parse(
  readFileSync(new URL('./fixtures/v1-snapshots.json', import.meta.url), 'utf8'),
);

const UPGRADES: Readonly<
  Record<
    Recorded['machine'],
    { machine: AnyStateMachine; version: number; migrate: (s: unknown) => unknown }
  >
> = {
  hiring: {
    machine: hiringMachine,
    version: FIRM_SNAPSHOT_VERSIONS.hiring,
    migrate: hiringMigrations[1],
  },
  dismissal: {
    machine: dismissalMachine,
    version: FIRM_SNAPSHOT_VERSIONS.dismissal,
    migrate: dismissalMigrations[1],
  },
  'contract-term': {
    machine: contractTermMachine,
    version: FIRM_SNAPSHOT_VERSIONS.contractTerm,
    migrate: contractTermMigrations[1],
  },
};

/** The current machine on the recorded input (with the recorded profile) and events. */
function replay(machine: AnyStateMachine, recorded: Recorded) {
  const input = { ...recorded.input, profile: recorded.snapshot.context.profile };
  const actor = createActor(machine, { input }).start();
  for (const event of recorded.events) {
    const result = dispatch(actor, event);
    if (!result.ok) throw new Error(`${String(event.type)}: ${result.rejection.message.en}`);
  }
  return actor.getPersistedSnapshot();
}

describe('snapshot versions', () => {
  it('each machine is at its version, with a migration from each older one', () => {
    expect(FIRM_SNAPSHOT_VERSIONS.hiring).toBe(2);
    expect(Object.keys(hiringMigrations)).toEqual(['1']);
    expect(FIRM_SNAPSHOT_VERSIONS.dismissal).toBe(2);
    expect(Object.keys(dismissalMigrations)).toEqual(['1']);
    expect(FIRM_SNAPSHOT_VERSIONS.contractTerm).toBe(2);
    expect(Object.keys(contractTermMigrations)).toEqual(['1']);
  });

  it('refuses something that is not a persisted snapshot, with a clear error', () => {
    expect(() => hiringMigrations[1]({ nope: true })).toThrow(/not a persisted snapshot/);
    expect(() => dismissalMigrations[1]('x')).toThrow(/dismissal migration/);
  });
});

describe.each(Object.entries(V1))('version 1 → current: %s', (_name, recorded) => {
  const upgrade = UPGRADES[recorded.machine];

  it('upgrades to the snapshot the current machine reaches on the same events', () => {
    const upgraded = upgrade.migrate(recorded.snapshot);
    expect(upgraded).toEqual(replay(upgrade.machine, recorded));
  });

  it('restores, persists the same through JSON, and takes the next event', () => {
    const upgraded = upgrade.migrate(recorded.snapshot) as Snapshot<unknown>;
    const actor = createActor(upgrade.machine, { snapshot: upgraded }).start();
    const again = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    expect(again).toEqual(upgraded);
    const now = (upgraded as unknown as { context: { now: string } }).context.now;
    const later = new Date(Date.parse(now) + 3_600_000).toISOString();
    expect(dispatch(actor, ev('TICK', 'system', later)).ok).toBe(true);
    expect(actor.getSnapshot().context.now).toBe(later);
  });
});
