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
  it('are version 1 with no migrations yet', () => {
    expect([
      FUND_USE_SNAPSHOT_VERSION,
      FUND_EMERGENCY_SNAPSHOT_VERSION,
      FUND_RE_RAISE_SNAPSHOT_VERSION,
    ]).toEqual([1, 1, 1]);
    expect([fundUseMigrations, fundEmergencyMigrations, fundReRaiseMigrations]).toEqual([
      {},
      {},
      {},
    ]);
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
      const recorded = fixture(name);
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
    const emergency = restore(fundEmergencyMachine, fixture('emergency'));
    const sub = {
      type: 'SUBSTITUTE_REPAIR',
      by: by('district-housing-bureau'),
      finding: 'f',
    };
    expect(dispatch(emergency, { ...sub, at: '2026-05-13T23:59:59+08:00' }).ok).toBe(false);
    expect(dispatch(emergency, { ...sub, at: '2026-05-14T00:00:00+08:00' }).ok).toBe(true);
    const reRaise = restore(fundReRaiseMachine, fixture('re-raise'));
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
