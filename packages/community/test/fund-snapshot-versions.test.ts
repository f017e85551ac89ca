// The community's registry entries carry the fund machines' snapshot versions and migrations: a
// host loads an emergency repair or a fund account stored at version 1 and carries on with the
// steps version 2 added (SH 73 ¶1 "物业服务企业或者自行管理执行机构应当立即采取应急防范措施"; SH 73 ¶3
// "经业主委员会审核同意后组织实施").
import { readFileSync } from 'node:fs';
import { FUND_EMERGENCY_SNAPSHOT_VERSION, FUND_RE_RAISE_SNAPSHOT_VERSION } from '@jiayuan/assembly';
import { dispatch } from '@jiayuan/core';
import { MachineRegistry } from '@jiayuan/host';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { COMMUNITY_MACHINES, MACHINE_IDS } from '../src/machines.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(
      new URL(`../../assembly/test/fixtures/v1-fund-${name}-snapshot.json`, import.meta.url),
      'utf8',
    ),
  );
const by = (role: string) => ({ id: `${role}-1`, role });

describe('fund snapshot versions in the registry', () => {
  const registry = new MachineRegistry(COMMUNITY_MACHINES);

  it('upgrades a stored version-1 emergency repair that then takes measures and a refusal', () => {
    const upgraded = registry.upgrade({
      machine: MACHINE_IDS.fundEmergency,
      version: 1,
      snapshot: fixture('emergency'),
    });
    expect(upgraded.version).toBe(FUND_EMERGENCY_SNAPSHOT_VERSION);
    expect(FUND_EMERGENCY_SNAPSHOT_VERSION).toBe(3);
    const actor = createActor(registry.get(MACHINE_IDS.fundEmergency).machine, {
      snapshot: upgraded.snapshot as never,
    }).start();
    const at = '2026-05-13T23:59:59+08:00';
    const measures = { measures: '断电停运，设置围挡', evidence: '照片' };
    expect(
      dispatch(actor, { type: 'TAKE_MEASURES', at, by: by('property-firm'), ...measures }).ok,
    ).toBe(true);
    const refuse = { type: 'REJECT_EMERGENCY_PLAN', by: by('committee'), reasons: '报价过高' };
    expect(dispatch(actor, { ...refuse, at: '2026-05-14T00:00:00+08:00' }).ok).toBe(false);
    expect(dispatch(actor, { ...refuse, at }).ok).toBe(true);
    expect(actor.getSnapshot().value).toBe('planRejected');
  });

  it('upgrades a stored version-1 fund account that then takes a public revenue', () => {
    const upgraded = registry.upgrade({
      machine: MACHINE_IDS.fundReRaise,
      version: 1,
      snapshot: fixture('re-raise'),
    });
    expect(upgraded.version).toBe(FUND_RE_RAISE_SNAPSHOT_VERSION);
    const actor = createActor(registry.get(MACHINE_IDS.fundReRaise).machine, {
      snapshot: upgraded.snapshot as never,
    }).start();
    const r = dispatch(actor, {
      type: 'PUBLIC_REVENUE_ALLOCATED',
      at: '2026-03-01T10:00:00+08:00',
      by: by('committee'),
      revenueFen: 1_000_000,
      toFundFen: 0,
    });
    // The recorded account is Shanghai's: no share of public revenue tied to the shortfall.
    expect(r.ok).toBe(true);
    expect(actor.getSnapshot().context.revenue).toMatchObject({ whileShort: true, toFundFen: 0 });
  });
});
