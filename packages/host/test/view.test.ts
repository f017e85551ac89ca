// The read model (issue 15): host.view, host.deadlines and host.load on a formation process,
// read by the people who act in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COMMITTEE_SNAPSHOT_VERSIONS,
  formationMachine,
  formationMigrations,
  standInMachine,
} from '@jiayuan/committee';
import { allowedEvents, catalogOf } from '@jiayuan/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHost,
  type Host,
  InvalidReadError,
  MachineMismatchError,
  openSqliteStore,
  shanghaiTime,
  type ViewOptions,
} from '../src/index.js';
import { OPENED_AT, petitionV1 } from './support/petition.js';

const ID = 'c1/formation';
const dev: ViewOptions = { principal: { id: 'dev', name: '开发商甲' } };
const street: ViewOptions = { principal: { id: 'street' } };
const outsider: ViewOptions = { principal: { id: 'passer-by' } };

/** The developer's report falls due at 24:00 of 2026-04-09 (30 days from the trigger on 03-10). */
const DUE = '2026-04-09T16:00:00.000Z';
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

let dir: string;
let host: Host;
let now: Date;
const setClock = (iso: string) => {
  now = new Date(iso);
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiayuan-view-'));
  const store = await openSqliteStore({ path: join(dir, 'host.db'), synchronous: 'normal' });
  setClock('2026-03-02T01:00:00Z');
  host = createHost({
    store,
    clock: () => now,
    machines: [
      {
        id: 'committee.formation',
        version: COMMITTEE_SNAPSHOT_VERSIONS.formation,
        machine: formationMachine,
        migrations: formationMigrations,
      },
      {
        id: 'committee.stand-in',
        version: COMMITTEE_SNAPSHOT_VERSIONS.standIn,
        machine: standInMachine,
      },
      petitionV1,
    ],
  });
  await host.start({
    machine: 'committee.formation',
    processId: ID,
    input: {
      procedure: 'formation',
      complexId: 'c1',
      floorArea: 100_000,
      startAt: '2026-03-02T09:00:00+08:00',
    },
  });
  const grant = { scope: ID, grantedBy: 'street-office-admin', reason: 'test' };
  await host.assign({ ...grant, principal: 'dev', role: 'developer' });
  await host.assign({ ...grant, principal: 'street', role: 'street-office' });
});

afterEach(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The stored process as its machine restores it. */
async function snapshotOf() {
  return (await host.load(ID, formationMachine)).snapshot;
}

/** The delivery that meets the trigger: 60% of the area delivered, on 2026-03-10 at 10:00. */
async function recordDelivery(): Promise<void> {
  setClock('2026-03-10T02:00:00Z');
  const sent = await host.send(
    ID,
    { type: 'RECORD_DELIVERY', deliveredArea: 60_000, totalArea: 100_000 },
    dev,
  );
  expect(sent.ok).toBe(true);
}

describe('host.view', () => {
  it('lists for each principal only the events its roles may send in the active state', async () => {
    const catalog = catalogOf(formationMachine);
    /** The events listed, each checked against the catalog's roles and the state. */
    const listed = async (options: ViewOptions) => {
      const view = await host.view(ID, options);
      const accepted = allowedEvents(await snapshotOf(), catalog);
      for (const event of view.events) {
        expect(accepted).toContain(event.type);
        for (const role of event.roles) {
          expect(view.principal.roles).toContain(role);
          expect(catalog?.events[event.type]?.roles).toContain(role);
        }
      }
      return new Map(view.events.map((e) => [e.type, e.roles]));
    };
    const byStreet = await listed(street);
    expect(byStreet.get('RECORD_DELIVERY')).toEqual(['street-office']);
    expect(byStreet.get('OWNERS_ACT_DIRECTLY')).toEqual(['street-office']);
    const byDev = await listed(dev);
    expect(byDev.get('RECORD_DELIVERY')).toEqual(['developer']);
    expect(byDev.has('OWNERS_ACT_DIRECTLY')).toBe(false);
    expect((await listed(outsider)).size).toBe(0);

    await recordDelivery();
    // SH 14: "建设单位应当在三十日内向物业所在地的乡、镇人民政府或者街道办事处提出成立业主大会的书面报告"
    expect((await listed(dev)).get('DEVELOPER_REPORT')).toEqual(['developer']);
    expect((await listed(street)).has('DEVELOPER_REPORT')).toBe(false);
    expect((await listed(dev)).has('RECORD_DELIVERY')).toBe(false);

    // What the view leaves out, send refuses: the street office may not report for the developer.
    const refused = await host.send(ID, { type: 'DEVELOPER_REPORT', documents: [] }, street);
    expect(refused.ok ? undefined : refused.rejection.code).toBe('not-permitted');
  });

  it('names every role held that may send an event, which send then asks to choose', async () => {
    await host.assign({
      principal: 'dev',
      role: 'street-office',
      scope: ID,
      grantedBy: 'street-office-admin',
      reason: 'seconded',
    });
    const { events } = await host.view(ID, dev);
    const roles = new Map(events.map((e) => [e.type, e.roles]));
    expect(roles.get('RECORD_DELIVERY')).toEqual(['developer', 'street-office']);
    expect(roles.get('OWNERS_ACT_DIRECTLY')).toEqual(['street-office']);
    const delivery = { type: 'RECORD_DELIVERY', deliveredArea: 60_000, totalArea: 100_000 };
    const ambiguous = await host.send(ID, delivery, dev);
    expect(ambiguous.ok ? undefined : ambiguous.rejection.code).toBe('role-ambiguous');
    expect((await host.send(ID, delivery, { ...dev, as: 'developer' })).ok).toBe(true);
  });

  it('offers nothing and waits on nothing once the process has ended', async () => {
    await host.start({
      machine: 'petition',
      processId: 'p1',
      input: { openedAt: OPENED_AT, replyDays: 10 },
    });
    const owner: ViewOptions = { principal: { id: 'o1' } };
    await host.assign({
      principal: 'o1',
      role: 'owner',
      scope: 'p1',
      grantedBy: 'admin',
      reason: 'u1',
    });
    const before = await host.view('p1', owner);
    expect(before.events.map((e) => e.type)).toEqual(['NOTE', 'WITHDRAW']);
    expect(before.deadlines.pending.map((d) => d.id)).toEqual(['reply']);
    expect((await host.send('p1', { type: 'WITHDRAW' }, owner)).ok).toBe(true);
    const after = await host.view('p1', owner);
    expect([after.status, after.value, after.events, after.deadlines.pending]).toEqual([
      'done',
      'withdrawn',
      [],
      [],
    ]);
    expect(after.log.at(-1)?.type).toBe('WITHDRAW');
  });

  it('gives each event the JSON Schema of what host.send takes, without at and by', async () => {
    const view = await host.view(ID, dev);
    const event = view.events.find((e) => e.type === 'RECORD_DELIVERY');
    expect(event?.payloadSchema).toMatchObject({
      type: 'object',
      properties: {
        type: { const: 'RECORD_DELIVERY' },
        deliveredArea: { type: 'integer', minimum: 0 },
        totalArea: { type: 'integer' },
      },
      required: ['deliveredArea', 'totalArea', 'type'],
      additionalProperties: false,
    });
    expect(Object.keys(event?.payloadSchema.properties ?? {})).not.toContain('at');
    expect(Object.keys(event?.payloadSchema.properties ?? {})).not.toContain('by');
    expect(event?.payloadSchema.required).not.toContain('by');
    // Shared between views, so frozen: one reader cannot change another's.
    expect(Object.isFrozen(event?.payloadSchema)).toBe(true);
    expect(event?.cite).toEqual(['SH-13']);
  });

  it('reads the state, the events and the articles in the requested locale, both kept', async () => {
    await recordDelivery();
    const zh = await host.view(ID, dev);
    const en = await host.view(ID, { ...dev, locale: 'en' });
    expect(zh.locale).toBe('zh-CN');
    expect(zh.value).toEqual({ awaitingReport: 'onTime' });
    expect(zh.title).toBe('等待建设单位报告 › 期限内');
    expect(en.title).toBe("Awaiting the developer's report › Within the period");
    expect(zh.titles).toEqual(en.titles);
    expect(zh.states.map((s) => [s.id, s.title, s.legal])).toEqual([
      ['formation.awaitingReport', '等待建设单位报告', ['SH-14']],
      ['formation.awaitingReport.onTime', '期限内', ['SH-14']],
    ]);
    expect(en.states.map((s) => s.title)).toEqual([
      "Awaiting the developer's report",
      'Within the period',
    ]);
    // xstate's own description is English prose: never shown as Chinese.
    expect(zh.states[0]?.description).toBeUndefined();
    expect(en.states[0]?.description).toBe(
      "The developer reports to the street office within the profile's period of the trigger (SH 14: 30 days).",
    );
    const report = (view: typeof zh) => view.events.find((e) => e.type === 'DEVELOPER_REPORT');
    expect(report(zh)?.title).toBe('建设单位书面报告');
    expect(report(en)?.title).toBe("Developer's report");
    expect(report(zh)?.titles).toEqual(report(en)?.titles);
    expect(zh.citations).toEqual([
      {
        id: 'SH-14',
        label: '《上海市住宅物业管理规定》第十四条第一款',
        labels: {
          'zh-CN': '《上海市住宅物业管理规定》第十四条第一款',
          en: 'Shanghai Residential Property Regulation art. 14(1)',
        },
        keyPhrase: expect.stringContaining('建设单位应当在三十日内'),
      },
    ]);
    expect(en.citations[0]?.label).toBe('Shanghai Residential Property Regulation art. 14(1)');
    expect(zh.principal).toEqual({ id: 'dev', roles: ['developer'] });
    expect(zh.asOf).toBe('2026-03-10T10:00:00+08:00');
  });

  it('shows a deadline pending, overdue at its 24:00, then missed once delivered', async () => {
    await recordDelivery();
    // CC 203: "期间的最后一日的截止时间为二十四时"
    const pending = async () => (await host.view(ID, dev)).deadlines;
    setClock(plus(DUE, -1000));
    expect((await pending()).pending).toEqual([
      {
        id: 'developer-report',
        title: '建设单位书面报告（三十日内）',
        titles: { 'zh-CN': '建设单位书面报告（三十日内）', en: "Developer's report (30 days)" },
        dueAt: '2026-04-10T00:00:00+08:00',
        lastDay: '2026-04-09',
        status: 'pending',
        overdue: false,
        cite: ['SH-14'],
      },
    ]);
    setClock(DUE);
    expect((await pending()).pending.map((d) => d.overdue)).toEqual([true]);
    expect((await pending()).missed).toEqual([]);

    expect(await host.deliverDue()).toMatchObject({ delivered: 1 });
    const after = await host.view(ID, { ...dev, locale: 'en' });
    expect(after.deadlines.pending).toEqual([]);
    expect(after.deadlines.missed).toEqual([
      expect.objectContaining({
        id: 'developer-report',
        title: "Developer's report (30 days)",
        status: 'missed',
        overdue: false,
        dueAt: '2026-04-10T00:00:00+08:00',
        settledAt: '2026-04-10T00:00:00+08:00',
      }),
    ]);
    expect(after.log.at(-1)).toMatchObject({
      type: 'TICK',
      by: { id: 'host', role: 'system' },
      recordedAt: '2026-04-10T00:00:00+08:00',
    });
  });

  it('gives the last `log` records, oldest first; 10 by default', async () => {
    await host.start({
      machine: 'petition',
      processId: 'p1',
      input: { openedAt: OPENED_AT, replyDays: 10 },
    });
    await host.assign({
      principal: 'o1',
      role: 'owner',
      scope: 'p1',
      grantedBy: 'admin',
      reason: 'owns u1',
    });
    for (let n = 1; n <= 12; n++) {
      const sent = await host.send('p1', { type: 'NOTE', n }, { principal: { id: 'o1' } });
      expect(sent.ok).toBe(true);
    }
    const seqs = async (log?: number) =>
      (
        await host.view('p1', { principal: { id: 'o1' }, ...(log === undefined ? {} : { log }) })
      ).log.map((entry) => entry.seq);
    expect(await seqs()).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(await seqs(1)).toEqual([12]);
    expect(await seqs(0)).toEqual([]);
    expect(await seqs(13)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(await seqs(1000)).toHaveLength(13);
    const [first] = (await host.view('p1', { principal: { id: 'o1' }, log: 13, locale: 'en' })).log;
    expect(first).toMatchObject({ seq: 0, kind: 'start', type: null, title: 'Process started' });
    const last = (await host.view('p1', { principal: { id: 'o1' }, log: 1 })).log[0];
    expect(last).toMatchObject({
      kind: 'event',
      type: 'NOTE',
      title: '补充意见',
      by: { id: 'o1' },
    });
  });

  it('refuses bad arguments with a coded, bilingual error', async () => {
    const fails = async (run: () => Promise<unknown>) => {
      const error: unknown = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidReadError);
      return error as InvalidReadError;
    };
    const locale = await fails(() => host.view(ID, { ...dev, locale: 'fr' as 'en' }));
    expect([locale.code, locale.field]).toEqual(['invalid-read', 'locale']);
    expect(locale.text['zh-CN']).toContain('locale');
    expect(locale.text.en).toBe('locale must be "zh-CN" or "en".');
    expect((await fails(() => host.view(ID, { ...dev, log: -1 }))).field).toBe('log');
    expect((await fails(() => host.view(ID, { ...dev, log: 1001 }))).field).toBe('log');
    expect((await fails(() => host.view(ID, { ...dev, log: 1.5 }))).field).toBe('log');
    expect((await fails(() => host.view('', dev))).field).toBe('processId');
    // What a JavaScript caller may pass: named, never a crash.
    expect((await fails(() => host.view(ID, undefined as never))).field).toBe('principal');
    expect((await fails(() => host.deadlines(undefined as never))).field).toBe('dueBefore');
    expect((await fails(() => host.load(ID, null as never))).field).toBe('machine');
    expect((await fails(() => host.load(7 as never))).field).toBe('processId');
    await expect(host.view(ID, { principal: { id: '' } })).rejects.toMatchObject({
      code: 'invalid-principal',
    });
    await expect(host.view('nope', dev)).rejects.toMatchObject({ code: 'process-not-found' });
  });
});

describe('host.deadlines', () => {
  it('lists a deadline due exactly at dueBefore, not one a second later', async () => {
    await recordDelivery();
    const ids = async (dueBefore: string | Date) =>
      (await host.deadlines({ dueBefore })).map((d) => d.deadlineId);
    expect(await ids(plus(DUE, -1000))).toEqual([]);
    expect(await ids(DUE)).toEqual(['developer-report']);
    expect(await ids('2026-04-10T00:00:00+08:00')).toEqual(['developer-report']);
    expect(await ids(new Date(DUE))).toEqual(['developer-report']);
    expect(await ids(plus(DUE, 1000))).toEqual(['developer-report']);

    const [row] = await host.deadlines({ dueBefore: DUE, locale: 'en' });
    expect(row).toEqual({
      processId: ID,
      machine: { id: 'committee.formation', version: COMMITTEE_SNAPSHOT_VERSIONS.formation },
      deadlineId: 'developer-report',
      title: "Developer's report (30 days)",
      titles: { 'zh-CN': '建设单位书面报告（三十日内）', en: "Developer's report (30 days)" },
      dueAt: '2026-04-10T00:00:00+08:00',
      status: 'scheduled',
      scheduledSeq: 1,
      cite: ['SH-14'],
    });
  });

  it('lists a row again without reading its process', async () => {
    await recordDelivery();
    const load = vi.spyOn(host.store, 'load');
    const first = await host.deadlines({ dueBefore: DUE });
    expect(load).toHaveBeenCalledTimes(1);
    const again = await host.deadlines({ dueBefore: DUE, locale: 'en' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(again).toEqual([{ ...first[0], title: "Developer's report (30 days)" }]);
    load.mockRestore();
  });

  it('lists delivered deadlines by status, and a limit', async () => {
    await recordDelivery();
    setClock(DUE);
    await host.deliverDue();
    const far = '2027-01-01T00:00:00+08:00';
    expect(await host.deadlines({ dueBefore: far })).toEqual([]);
    const delivered = await host.deadlines({ dueBefore: far, status: 'delivered' });
    expect(delivered.map((d) => [d.deadlineId, d.status, d.title])).toEqual([
      ['developer-report', 'delivered', '建设单位书面报告（三十日内）'],
    ]);
    expect(await host.deadlines({ dueBefore: plus(DUE, -1000), status: 'delivered' })).toEqual([]);
    expect(await host.deadlines({ dueBefore: far, status: 'delivered', limit: 1 })).toHaveLength(1);
  });

  it('refuses a time without an offset, an unknown status and a bad limit', async () => {
    const field = async (query: Parameters<Host['deadlines']>[0]) => {
      const error: unknown = await host.deadlines(query).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidReadError);
      return (error as InvalidReadError).field;
    };
    expect(await field({ dueBefore: '2026-04-10T00:00:00' })).toBe('dueBefore');
    expect(await field({ dueBefore: new Date(Number.NaN) })).toBe('dueBefore');
    expect(await field({ dueBefore: DUE, status: 'lost' as 'scheduled' })).toBe('status');
    expect(await field({ dueBefore: DUE, limit: 0 })).toBe('limit');
    expect(await field({ dueBefore: DUE, limit: 10_001 })).toBe('limit');
    expect(await host.deadlines({ dueBefore: DUE, limit: 10_000 })).toEqual([]);
  });
});

describe('host.load', () => {
  it('restores the snapshot typed by the machine the process runs', async () => {
    await recordDelivery();
    const loaded = await host.load(ID, formationMachine);
    expect(loaded.seq).toBe(1);
    expect(loaded.machine).toEqual({
      id: 'committee.formation',
      version: COMMITTEE_SNAPSHOT_VERSIONS.formation,
    });
    expect(loaded.snapshot.matches({ awaitingReport: 'onTime' })).toBe(true);
    expect(loaded.snapshot.context.deadlines['developer-report']?.due.dueAt).toBe(DUE);
    expect(loaded.envelope.machine).toBe('committee.formation');
    // A machine made from it by provide() is the same definition.
    expect((await host.load(ID, formationMachine.provide({}))).seq).toBe(1);
  });

  it('gives a copy: changing it changes nothing stored or running', async () => {
    const loaded = await host.load(ID, formationMachine);
    (loaded.snapshot.context.complex as { floorArea: number }).floorArea = 1;
    const again = await host.load(ID, formationMachine);
    expect(again.snapshot.context.complex.floorArea).toBe(100_000);
    expect(JSON.stringify(again.envelope)).toBe(JSON.stringify(loaded.envelope));
  });

  it('refuses another machine with a coded, bilingual error', async () => {
    const error: unknown = await host.load(ID, standInMachine).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MachineMismatchError);
    const mismatch = error as MachineMismatchError;
    expect([mismatch.code, mismatch.runs, mismatch.asked]).toEqual([
      'machine-mismatch',
      'committee.formation',
      'committee.stand-in',
    ]);
    expect(mismatch.text['zh-CN']).toBe(
      '流程“c1/formation”运行的是状态机“committee.formation”，不是“committee.stand-in”。',
    );
    await expect(host.load('p0', formationMachine)).rejects.toMatchObject({
      code: 'process-not-found',
    });
  });
});

describe('shanghaiTime', () => {
  it('writes an instant as Asia/Shanghai wall time', () => {
    expect(shanghaiTime(DUE)).toBe('2026-04-10T00:00:00+08:00');
    expect(shanghaiTime('2026-04-09T15:59:59.001Z')).toBe('2026-04-09T23:59:59.001+08:00');
    expect(shanghaiTime('2026-04-10T00:00:00+08:00')).toBe('2026-04-10T00:00:00+08:00');
  });
});
