// The community's registry entry for party coverage carries its snapshot version and migration:
// a host loads a coverage process stored at version 1 (before the branch leadership, the
// cross-appointments and the member quota) and carries on.
import { readFileSync } from 'node:fs';
import { dispatch } from '@jiayuan/core';
import { MachineRegistry } from '@jiayuan/host';
import { COVERAGE_SNAPSHOT_VERSION } from '@jiayuan/party-coverage';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { COMMUNITY_MACHINES, MACHINE_IDS } from '../src/machines.js';

const V1: Record<string, unknown> = JSON.parse(
  readFileSync(
    new URL('../../party-coverage/test/machine/fixtures/recorded-v1.json', import.meta.url),
    'utf8',
  ),
);

describe('party-coverage snapshot version in the registry', () => {
  const registry = new MachineRegistry(COMMUNITY_MACHINES);

  it('upgrades a stored version-1 branch to version 2, which then elects its committee', () => {
    const upgraded = registry.upgrade({
      machine: MACHINE_IDS.coverage,
      version: 1,
      snapshot: V1.branchCommittee,
    });
    expect(upgraded.version).toBe(COVERAGE_SNAPSHOT_VERSION);
    const actor = createActor(registry.get(MACHINE_IDS.coverage).machine, {
      snapshot: upgraded.snapshot as never,
    }).start();
    const now: string = actor.getSnapshot().context.now;
    const at = new Date(Date.parse(now) + 60_000).toISOString();
    const elected = dispatch(actor, {
      type: 'BRANCH_RE_ELECTED',
      at,
      by: { id: 'h', role: 'higher-party-organisation' },
      committeeMembers: 5,
    });
    expect(elected.ok).toBe(true);
    expect(actor.getSnapshot().context.branch?.leadership).toMatchObject({
      kind: 'committee',
      members: 5,
    });
  });
});
