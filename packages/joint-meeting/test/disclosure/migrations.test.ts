// Version-1 disclosure snapshots, recorded from the version-1 machine (test/fixtures/
// v1-disclosure-snapshots.json, each with its input and events), upgrade to version 2: SH 66 ¶2
// "每季度公布一次公共收益的收支情况" and "至少每半年公布一次专项维修资金的收支情况" by calendar periods.
import { readFileSync } from 'node:fs';
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import {
  DISCLOSURE_SNAPSHOT_VERSION,
  type DisclosureContext,
  disclosureMachine,
  disclosureMigrations,
} from '../../src/index.js';
import { dInput } from './support.js';

interface Recorded {
  readonly snapshot: { readonly context: DisclosureContext };
}

const V1: Readonly<Record<string, Recorded>> = JSON.parse(
  readFileSync(new URL('../fixtures/v1-disclosure-snapshots.json', import.meta.url), 'utf8'),
);

const upgrade = (name: string) =>
  disclosureMigrations[1](V1[name]?.snapshot) as { context: DisclosureContext };
const find = (c: DisclosureContext, id: string) => c.obligations.find((o) => o.id === id);
const ev = (type: string, role: string, at: string, p: Record<string, unknown> = {}) => ({
  type,
  at,
  by: { id: `${role}-1`, role },
  ...p,
});

describe('disclosure snapshot version 1 → 2', () => {
  it('has a migration from 1 (the current version is 3: see migrations-v3.test.ts)', () => {
    expect(DISCLOSURE_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(3);
    expect(Object.keys(disclosureMigrations)).toContain('1');
  });

  it('moves a rolling quarter to calendar quarters: the January posting’s next is due 06-30', () => {
    const before = V1['public-revenue-posted-january']!.snapshot.context;
    expect(find(before, 'public-revenue#2')?.dueAt).toBe('2026-04-20T16:00:00.000Z');
    const { context } = upgrade('public-revenue-posted-january');
    expect(context.plans.find((p) => p.duty === 'public-revenue')?.schedule).toEqual({
      kind: 'calendar',
      months: 3,
    });
    expect(find(context, 'public-revenue#2')?.dueAt).toBe('2026-06-30T16:00:00.000Z');
    expect(context.deadlines['public-revenue#2']?.due).toMatchObject({
      startsOn: '2026-04-01',
      lastDay: '2026-06-30',
    });
    expect(find(context, 'maintenance-fund#1')?.dueAt).toBe('2026-06-30T16:00:00.000Z');
    // What was posted stays as it was recorded.
    expect(find(context, 'public-revenue#1')).toEqual(find(before, 'public-revenue#1'));
  });

  it('restores, and early April is not overdue; a Q2 posting opens Q3', () => {
    const upgraded = upgrade('public-revenue-posted-january') as unknown as Snapshot<unknown>;
    const actor = createActor(disclosureMachine, { snapshot: upgraded, input: dInput() }).start();
    expect(dispatch(actor, ev('TICK', 'system', '2026-04-21T00:00:00+08:00')).ok).toBe(true);
    expect(find(actor.getSnapshot().context, 'public-revenue#2')?.status).toBe('due');
    const posted = dispatch(
      actor,
      ev('PUBLISH', 'property-firm', '2026-05-20T10:00:00+08:00', {
        duty: 'public-revenue',
        evidence: 'board-0520',
      }),
    );
    expect(posted.ok).toBe(true);
    expect(find(actor.getSnapshot().context, 'public-revenue#3')?.dueAt).toBe(
      '2026-09-30T16:00:00.000Z',
    );
  });

  it('leaves an overdue obligation as recorded, and refuses what is not a snapshot', () => {
    const before = V1['maintenance-fund-overdue']!.snapshot.context;
    const { context } = upgrade('maintenance-fund-overdue');
    expect(find(context, 'maintenance-fund#1')).toEqual(find(before, 'maintenance-fund#1'));
    expect(context.raised).toEqual(before.raised);
    expect(() => disclosureMigrations[1]({ value: 'active' })).toThrow(/disclosure migration/);
  });

  it('keeps a host profile’s plans: it named no period kind', () => {
    const recorded = V1['public-revenue-posted-january']!.snapshot;
    const own = { ...recorded, context: { ...recorded.context, profileId: 'my-host' } };
    expect(disclosureMigrations[1](own)).toBe(own);
  });
});
