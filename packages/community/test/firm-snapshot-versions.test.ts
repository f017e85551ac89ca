// The community's registry entries carry the property-firm machines' snapshot versions and
// their migrations: a host loads a process stored by a version-1 firm machine and carries on.
import { readFileSync } from 'node:fs';
import { dispatch } from '@jiayuan/core';
import { MachineRegistry } from '@jiayuan/host';
import { FIRM_SNAPSHOT_VERSIONS } from '@jiayuan/property-firm';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { COMMUNITY_MACHINES, MACHINE_IDS } from '../src/machines.js';

const V1: Record<string, { snapshot: unknown }> = JSON.parse(
  readFileSync(
    new URL('../../property-firm/test/fixtures/v1-snapshots.json', import.meta.url),
    'utf8',
  ),
);

describe('property-firm snapshot versions in the registry', () => {
  const registry = new MachineRegistry(COMMUNITY_MACHINES);

  it.each([
    [MACHINE_IDS.hiring, 'hiring-selection', FIRM_SNAPSHOT_VERSIONS.hiring],
    [MACHINE_IDS.dismissal, 'dismissal-notice', FIRM_SNAPSHOT_VERSIONS.dismissal],
    [MACHINE_IDS.contractTerm, 'contract-term-awaiting', FIRM_SNAPSHOT_VERSIONS.contractTerm],
  ])('upgrades a stored version-1 %s (%s) that then takes a tick', (machine, name, version) => {
    const upgraded = registry.upgrade({ machine, version: 1, snapshot: V1[name]?.snapshot });
    expect(upgraded.version).toBe(version);
    const actor = createActor(registry.get(machine).machine, {
      snapshot: upgraded.snapshot as never,
    }).start();
    const now: string = actor.getSnapshot().context.now;
    const at = new Date(Date.parse(now) + 60_000).toISOString();
    expect(dispatch(actor, { type: 'TICK', at, by: { id: 'clock', role: 'system' } }).ok).toBe(
      true,
    );
  });
});
