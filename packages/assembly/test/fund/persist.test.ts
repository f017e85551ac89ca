// Persist → JSON → restore → persist for each fund machine, and the recorded version-1 snapshots
// (test/fixtures/v1-fund-*-snapshot.json) restore and go on: the fixtures a later migration
// upgrades from.
import { readFileSync } from 'node:fs';
import { dispatch, ProfileSchema } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import {
  FUND_EMERGENCY_SNAPSHOT_VERSION,
  FUND_RE_RAISE_SNAPSHOT_VERSION,
  FUND_USE_SNAPSHOT_VERSION,
  fundEmergencyMachine,
  fundEmergencyMigrations,
  fundReRaiseMachine,
  fundReRaiseMigrations,
  fundUseMachine,
  fundUseMigrations,
} from '../../src/index.js';
import { midway } from './persist-support.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/v1-fund-${name}-snapshot.json`, import.meta.url), 'utf8'),
  );

const restore = (machine: AnyStateMachine, snapshot: unknown) =>
  createActor(machine, { snapshot: snapshot as never, input: {} as never }).start();

describe('fund snapshots', () => {
  it('the ordinary use is version 1; the re-raising version 2; the emergency repair version 3', () => {
    expect([
      FUND_USE_SNAPSHOT_VERSION,
      FUND_EMERGENCY_SNAPSHOT_VERSION,
      FUND_RE_RAISE_SNAPSHOT_VERSION,
    ]).toEqual([1, 3, 2]);
    expect(fundUseMigrations).toEqual({});
    expect(Object.keys(fundEmergencyMigrations)).toEqual(['1', '2']);
    expect(Object.keys(fundReRaiseMigrations)).toEqual(['1']);
  });

  it('the version-1 re-raising migrates: no revenue yet, the shipped share', () => {
    const v1 = fixture('re-raise');
    expect('revenue' in v1.context).toBe(false);
    const v2 = fundReRaiseMigrations[1](v1) as typeof v1;
    expect(v2.context.revenue).toBeNull();
    // The fixture is Shanghai's: SH sets no share tied to a shortfall (SH 51 ¶3 is not one).
    expect(v2.context.profile.fund.publicRevenueToFund).toMatchObject({ value: null });
    expect(ProfileSchema.safeParse(v2.context.profile).error).toBeUndefined();
    expect(fundReRaiseMigrations[1](v2)).toBe(v2);
    expect(() => fundReRaiseMigrations[1]({ context: {} })).toThrow(/not a persisted snapshot/);
  });

  it('the version-1 emergency repair migrates: no measures, no refusals, the shipped duty', () => {
    const v1 = fixture('emergency');
    expect('measures' in v1.context || 'rejections' in v1.context).toBe(false);
    expect(v1.context.profile.fund.immediateMeasures).toBeUndefined();
    const v2 = fundEmergencyMigrations[1](v1) as typeof v1;
    expect(v2.context).toMatchObject({ measures: [], rejections: [], repairId: 'r1' });
    expect(v2.context.profile.fund.immediateMeasures).toEqual({ value: true, cite: ['SH-73-1'] });
    expect(ProfileSchema.safeParse(v2.context.profile).error).toBeUndefined();
    // Idempotent on a version-2 snapshot; a host's own profile keeps its recorded fund section.
    expect(fundEmergencyMigrations[1](v2)).toBe(v2);
    const own = {
      ...v1,
      context: { ...v1.context, profile: { ...v1.context.profile, id: 'own' } },
    };
    const ownV2 = fundEmergencyMigrations[1](own) as typeof v1;
    expect(ownV2.context.profile.fund.immediateMeasures).toBeUndefined();
    expect(() => fundEmergencyMigrations[1]({ context: {} })).toThrow(/not a persisted snapshot/);
  });

  it('round-trip through JSON and equal the recorded version-1 fixtures', () => {
    const m = midway();
    for (const [name, h, machine] of [
      ['use', m.use, fundUseMachine],
      ['emergency', m.emergency, fundEmergencyMachine],
      ['re-raise', m.reRaise, fundReRaiseMachine],
    ] as const) {
      const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
      // The shipped profile has changed since the recording (keys retired, settings added): the
      // recorded one still reads, and the rest of the snapshot is as recorded.
      const recorded =
        name === 'emergency'
          ? fundEmergencyMigrations[1](fixture(name))
          : name === 're-raise'
            ? fundReRaiseMigrations[1](fixture(name))
            : fixture(name);
      expect(ProfileSchema.safeParse(recorded.context.profile).error).toBeUndefined();
      expect(json).toEqual({
        ...recorded,
        context: { ...recorded.context, profile: json.context.profile },
      });
      const restored = restore(machine, json);
      expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    }
  });

  it('a restored fixture goes on: the review, the substitute repair, the bank notice', () => {
    const use = restore(fundUseMachine, fixture('use'));
    const by = (role: string) => ({ id: `${role}-1`, role });
    expect(
      dispatch(use, {
        type: 'REVIEW_PROCEDURE',
        at: '2026-06-11T10:00:00+08:00',
        by: by('housing-office'),
        evidence: '审核意见',
      }).ok,
    ).toBe(true);
    expect(
      dispatch(use, {
        type: 'SUBMIT_TO_OWNERS',
        at: '2026-06-12T10:00:00+08:00',
        by: by('committee'),
        itemId: 'i',
      }).ok,
    ).toBe(true);
    const emergency = restore(
      fundEmergencyMachine,
      fundEmergencyMigrations[1](fixture('emergency')),
    );
    expect(
      dispatch(emergency, {
        type: 'TAKE_MEASURES',
        at: '2026-05-13T23:00:00+08:00',
        by: by('property-firm'),
        measures: '断电停运，设置围挡',
        evidence: '照片',
      }).ok,
    ).toBe(true);
    const sub = {
      type: 'SUBSTITUTE_REPAIR',
      by: by('district-housing-bureau'),
      finding: 'f',
    };
    expect(dispatch(emergency, { ...sub, at: '2026-05-13T23:59:59+08:00' }).ok).toBe(false);
    expect(dispatch(emergency, { ...sub, at: '2026-05-14T00:00:00+08:00' }).ok).toBe(true);
    const reRaise = restore(fundReRaiseMachine, fundReRaiseMigrations[1](fixture('re-raise')));
    expect(
      dispatch(reRaise, {
        type: 'PAYMENT_NOTICE',
        at: '2026-05-04T00:00:00+08:00',
        by: by('committee'),
        evidence: '致银行函',
      }).ok,
    ).toBe(true);
  });
});
