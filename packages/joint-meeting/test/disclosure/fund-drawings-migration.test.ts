// Version-5 disclosure snapshots (test/fixtures/v5-disclosure-snapshots.json: each with its input
// and events, recorded from the version-5 machine) upgrade to version 6, which keeps the fund's
// drawings waiting for the next posting of its accounts. SH 66 ¶2: "业主委员会和受委托的物业服务企业
// 应当至少每半年公布一次专项维修资金的收支情况". BJ 84 ¶3: "业主大会或者业主委员会自行管理共有资金的，应当
// 每季度公布一次自行管理账目".
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

type Recorded = { readonly snapshot: { readonly context: DisclosureContext } };
const V5: Readonly<Record<string, Recorded>> = JSON.parse(
  readFileSync(new URL('../fixtures/v5-disclosure-snapshots.json', import.meta.url), 'utf8'),
);
const upgrade = (name: string) =>
  disclosureMigrations[5](V5[name]?.snapshot) as { context: DisclosureContext };
const ev = (type: string, role: string, at: string, p: Record<string, unknown> = {}) => ({
  type,
  at,
  by: { id: `${role}-1`, role },
  ...p,
});
const lift = (drawnAt: string) => ({
  drawingId: 'c1/fund-use/lift#1',
  source: 'fund-use',
  drawnAt,
  costFen: 40_100_000,
  reportId: '审价-2026-007',
  part: '3号楼',
});

describe('disclosure snapshot version 5 → 6', () => {
  it('is at version 6 with migrations from 1 to 5', () => {
    expect(DISCLOSURE_SNAPSHOT_VERSION).toBe(6);
    expect(Object.keys(disclosureMigrations)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('nothing waits; what was posted stays as recorded, without a list', () => {
    for (const name of ['shanghai-fund-posted-june', 'beijing-self-managed-april']) {
      const before = V5[name]!.snapshot.context;
      expect('awaitingDrawings' in before).toBe(false);
      const { context } = upgrade(name);
      expect(context).toEqual({ ...before, awaitingDrawings: [] });
      expect(disclosureMigrations[5]({ context })).toEqual({ context });
    }
    expect(() => disclosureMigrations[5]({ value: 'active' })).toThrow(/not a persisted snapshot/);
  });

  it('restored, the H2 accounts list a drawing of 09-10 and refuse to leave it out', () => {
    const actor = createActor(disclosureMachine, {
      snapshot: upgrade('shanghai-fund-posted-june') as unknown as Snapshot<unknown>,
      input: dInput(),
    }).start();
    const when = '2026-09-10T10:00:00+08:00';
    expect(dispatch(actor, ev('RECORD_FUND_DRAWING', 'system', when, lift(when))).ok).toBe(true);
    const post = ev('PUBLISH', 'property-firm', '2026-12-20T10:00:00+08:00', {
      duty: 'maintenance-fund',
      evidence: '公告栏照片-1220',
    });
    const left = dispatch(actor, post);
    expect(!left.ok && left.rejection.rule?.id).toBe('drawings-listed');
    expect(dispatch(actor, { ...post, drawings: ['c1/fund-use/lift#1'] }).ok).toBe(true);
    const posted = actor
      .getSnapshot()
      .context.obligations.find((o) => o.id === 'maintenance-fund#2');
    expect(posted?.drawings?.map((d) => d.reportId)).toEqual(['审价-2026-007']);
    // The June posting, made under version 5, keeps no list.
    const june = actor.getSnapshot().context.obligations.find((o) => o.id === 'maintenance-fund#1');
    expect(june?.drawings).toBeUndefined();
  });

  it('a restored beijing self-managed calendar: the committee posts the overdue quarter with it', () => {
    const actor = createActor(disclosureMachine, {
      snapshot: upgrade('beijing-self-managed-april') as unknown as Snapshot<unknown>,
      input: dInput(),
    }).start();
    const when = '2026-04-12T10:00:00+08:00';
    expect(dispatch(actor, ev('RECORD_FUND_DRAWING', 'system', when, lift(when))).ok).toBe(true);
    const r = dispatch(
      actor,
      ev('PUBLISH', 'committee', '2026-04-15T10:00:00+08:00', {
        duty: 'maintenance-fund',
        evidence: '账目公告',
        drawings: ['c1/fund-use/lift#1'],
      }),
    );
    expect(r.ok).toBe(true);
    const q1 = actor.getSnapshot().context.obligations.find((o) => o.id === 'maintenance-fund#1');
    expect(q1).toMatchObject({ status: 'published', late: true, cite: ['BJ-84'] });
    expect(q1?.drawings).toHaveLength(1);
  });
});
