import { readFileSync } from 'node:fs';
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import {
  COVERAGE_SNAPSHOT_VERSION,
  coverageMachine,
  coverageMigrations,
  initialContext,
} from '../../src/index.js';
import { coverageInvariants } from '../../src/testing/index.js';
import { census, day, input, start } from '../support.js';

describe('persist → JSON → restore → persist', () => {
  it('is equal in every kind of state, and the restored actor keeps going', () => {
    const h = start(census(1));
    h.send('JOIN_JOINT_BRANCH', 'higher-party-organisation', day(1), {
      jointBranchId: 'j',
      units: ['u1', 'u2'],
    });
    h.send('CENSUS_UPDATED', 'committee', day(2), census(3));
    h.send('APPROVE_BRANCH', 'higher-party-organisation', day(3), { branchId: 'b' });
    h.send('REVIEW', 'street-party-committee', day(4), { reason: 'periodic', note: '年度复核' });
    const persisted = h.actor.getPersistedSnapshot();
    const json = JSON.parse(JSON.stringify(persisted)) as typeof persisted;
    const restored = createActor(coverageMachine, { snapshot: json, input: input() }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'CENSUS_UPDATED',
      at: day(5),
      by: { id: 'c', role: 'committee' },
      ...census(7),
    });
    expect(restored.getSnapshot().value).toEqual({ open: { branch: 'committee' } });
  });
});

describe('snapshots recorded before the machine owned its rules (version 1)', () => {
  const recorded = JSON.parse(
    readFileSync(new URL('./fixtures/recorded-v1.json', import.meta.url), 'utf8'),
  ) as Record<string, Snapshot<unknown>>;
  // Upgraded as a host restores them (version 2: branch leadership, cross-appointments, quota).
  const restore = (name: string) => {
    const stored = recorded[name];
    if (stored === undefined) throw new Error(`no recorded snapshot ${name}`);
    const snapshot = coverageMigrations[1](stored) as Snapshot<unknown>;
    const actor = createActor(coverageMachine, { snapshot, input: input() }).start();
    return { actor, snapshot };
  };

  it('version 2 adds the new fields where a fresh context has them, and nothing else', () => {
    expect(COVERAGE_SNAPSHOT_VERSION).toBe(2);
    const stored = recorded.branchCommittee as Snapshot<unknown> & {
      readonly context: Record<string, unknown>;
    };
    const migrated = coverageMigrations[1](stored) as { readonly context: Record<string, unknown> };
    const fresh = initialContext(input());
    expect(Object.keys(migrated.context)).toEqual(Object.keys(fresh).filter((k) => k !== 'law'));
    expect(migrated.context.crossAppointments).toEqual([]);
    // Shipped shanghai sets no quota.
    expect(migrated.context.memberQuota).toBeNull();
    expect(migrated.context.branch).toEqual({
      ...(stored.context.branch as object),
      leadership: null,
    });
    // Already upgraded: unchanged.
    expect(coverageMigrations[1](migrated)).toBe(migrated);
    expect(() => coverageMigrations[1]({ context: {} })).toThrow(/not a persisted snapshot/);
  });

  it('restore through the migration and keep their invariants', () => {
    expect(Object.keys(recorded)).toEqual([
      'jointBranch',
      'branchCommittee',
      'firmInstructor',
      'branchTermMissed',
      'closed',
    ]);
    for (const name of Object.keys(recorded)) {
      const { actor, snapshot } = restore(name);
      expect(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), name).toEqual(snapshot);
      for (const invariant of coverageInvariants) {
        if (invariant.name === 'dispatch contract') continue;
        expect(invariant.check(actor.getSnapshot(), undefined, { index: 0 } as never), name).toBe(
          true,
        );
      }
      actor.stop();
    }
  });

  it('take the next event through dispatch, rules and roles included', () => {
    const joint = restore('jointBranch').actor;
    const units = (n: number) => ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].slice(0, n);
    const higher = { id: 'h', role: 'higher-party-organisation' };
    const change = (n: number) =>
      dispatch(joint, {
        type: 'JOINT_BRANCH_UNITS_CHANGED',
        at: day(9),
        by: higher,
        units: units(n),
      });
    expect(!change(6).ok && 'refused').toBe('refused');
    expect(change(3).ok).toBe(true);
    expect(joint.getSnapshot().context.jointBranch?.units).toEqual(units(3));

    const branch = restore('branchCommittee').actor;
    const reElected = dispatch(branch, {
      type: 'BRANCH_RE_ELECTED',
      at: day(9),
      by: higher,
      committeeMembers: 5,
    });
    expect(reElected.ok).toBe(true);
    expect(branch.getSnapshot().context.branch?.leadership).toEqual({
      kind: 'committee',
      members: 5,
      electedAt: day(9),
    });
    expect(branch.getSnapshot().value).toEqual({ open: { branch: 'committee' } });

    const firm = restore('firmInstructor').actor;
    const again = dispatch(firm, {
      type: 'ARTICLES_AMENDED',
      at: day(9),
      by: { id: 'f', role: 'property-firm' },
      evidence: 'x',
    });
    expect(!again.ok && again.rejection.rule?.id).toBe('articles-not-yet');

    const closed = restore('closed').actor;
    const late = dispatch(closed, { type: 'TICK', at: day(9), by: { id: 's', role: 'system' } });
    expect(!late.ok && late.rejection.code).toBe('process-ended');
  });
});
