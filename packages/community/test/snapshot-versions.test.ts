// The community's registry entries carry the committee machines' snapshot versions and their
// migrations, so a host loads a process stored by the version-1 formation (upgraded 1 → 2 → 3 → 4)
// and carries on.
import { readFileSync } from 'node:fs';
import { COMMITTEE_SNAPSHOT_VERSIONS, formationMachine } from '@jiayuan/committee';
import { dispatch } from '@jiayuan/core';
import { MachineRegistry } from '@jiayuan/host';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { COMMUNITY_MACHINES, MACHINE_IDS } from '../src/machines.js';

const V1: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../committee/test/fixtures/v1-snapshots.json', import.meta.url), 'utf8'),
);

describe('committee snapshot versions in the registry', () => {
  const registry = new MachineRegistry(COMMUNITY_MACHINES);

  it('upgrades a stored version-1 formation and the process continues', () => {
    const upgraded = registry.upgrade({
      machine: MACHINE_IDS.formation,
      version: 1,
      snapshot: V1['formation-missed'],
    });
    expect(upgraded.version).toBe(COMMITTEE_SNAPSHOT_VERSIONS.formation);
    const machine: AnyStateMachine = formationMachine;
    const actor = createActor(machine, { snapshot: upgraded.snapshot as never }).start();
    expect(actor.getSnapshot().value).toEqual({
      convening: { work: { preparing: 'drafts' }, firstMeeting: 'overdue' },
    });
    const result = dispatch(actor, {
      type: 'RECORD_STAND_IN',
      at: '2026-07-10T09:00:00+08:00',
      by: { id: 'street-1', role: 'street-office' },
      reference: 'c1/stand-in#1',
    });
    expect(result.ok).toBe(true);
  });

  it('upgrades a stored version-1 re-election', () => {
    const upgraded = registry.upgrade({
      machine: MACHINE_IDS.reElection,
      version: 1,
      snapshot: V1['re-election-elected'],
    });
    expect(upgraded.version).toBe(COMMITTEE_SNAPSHOT_VERSIONS.reElection);
    expect(upgraded.snapshot).toMatchObject({ value: { underway: { audit: { due: 'onTime' } } } });
  });
});
