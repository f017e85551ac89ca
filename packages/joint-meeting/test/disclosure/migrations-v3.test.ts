// Version-2 disclosure snapshots (test/fixtures/v2-disclosure-snapshots.json: each with its input
// and events, recorded with the version-2 values — the firm's records standing, and `national`
// without CC 943 or SPC 13) upgrade to version 3. SH 47 ¶2: "物业服务企业对前款第一项至第三项规定的有关
// 信息资料，应当定期予以公示". CC 943: "物业服务人应当定期将服务的事项 … 以合理方式向业主公开". SPC 13:
// "业主大会或者业主委员会的决定及会议记录". CC 201: "开始的当日不计入"; CC 203: "二十四时".
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

const V2: Readonly<Record<string, { readonly snapshot: { readonly context: DisclosureContext } }>> =
  JSON.parse(
    readFileSync(new URL('../fixtures/v2-disclosure-snapshots.json', import.meta.url), 'utf8'),
  );

const upgrade = (name: string) =>
  disclosureMigrations[2](V2[name]?.snapshot) as { context: DisclosureContext };
const find = (c: DisclosureContext, id: string) => c.obligations.find((o) => o.id === id);

describe('disclosure snapshot version 2 → 3', () => {
  it('is at version 3 with migrations from 1 and 2', () => {
    expect(DISCLOSURE_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(3);
    expect(Object.keys(disclosureMigrations)).toEqual(expect.arrayContaining(['1', '2']));
  });

  it('records posted 04-10 under the standing duty: the next is due within a year, 2027-04-10', () => {
    const before = V2['records-posted-april']!.snapshot.context;
    expect(before.obligations.filter((o) => o.duty === 'firm-records')).toHaveLength(1);
    const { context } = upgrade('records-posted-april');
    expect(context.plans.find((p) => p.duty === 'firm-records')?.schedule).toEqual({
      kind: 'every',
      period: { years: 1 },
    });
    expect(find(context, 'firm-records#1')).toEqual(find(before, 'firm-records#1'));
    expect(find(context, 'firm-records#2')).toMatchObject({
      status: 'due',
      dueAt: '2027-04-10T16:00:00.000Z',
    });
  });

  it('records never posted: #1 falls due within a year of 03-02, overdue one second after 24:00 of 2027-03-02', () => {
    const upgraded = upgrade('records-never-posted');
    expect(find(upgraded.context, 'firm-records#1')?.dueAt).toBe('2027-03-02T16:00:00.000Z');
    const actor = createActor(disclosureMachine, {
      snapshot: upgraded as unknown as Snapshot<unknown>,
      input: dInput(),
    }).start();
    const tick = (at: string) =>
      dispatch(actor, { type: 'TICK', at, by: { id: 's', role: 'system' } });
    tick('2027-03-02T23:59:59+08:00');
    expect(find(actor.getSnapshot().context, 'firm-records#1')?.status).toBe('due');
    tick('2027-03-03T00:00:00+08:00');
    expect(find(actor.getSnapshot().context, 'firm-records#1')?.status).toBe('overdue');
  });

  it('national gains the firm’s services and fees and the committee’s decisions, opened at its clock', () => {
    const before = V2['national-before-cc-943']!.snapshot.context;
    const { context } = upgrade('national-before-cc-943');
    expect(context.plans.map((p) => p.duty)).toEqual([
      ...before.plans.map((p) => p.duty),
      'service-and-fees',
      'committee-decisions',
    ]);
    expect(find(context, 'service-and-fees#1')).toMatchObject({
      status: 'due',
      openedAt: before.now,
      cite: ['CC-943'],
    });
    expect(find(context, 'committee-decisions#1')).toMatchObject({ cite: ['SPC-13'] });
  });

  it('refuses what is not a persisted snapshot', () => {
    expect(() => disclosureMigrations[2]({})).toThrow(/not a persisted snapshot/);
  });
});
