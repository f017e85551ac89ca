// The store contract: one suite, run against every store through a harness.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHost,
  GENESIS_HASH,
  type Host,
  HostError,
  type HostStore,
  type MachineEntry,
  ProcessExistsError,
  ProcessNotFoundError,
  RoleAssignmentError,
  StaleWriteError,
  UnknownMachineError,
  UnknownVersionError,
} from '../../src/index.js';
import { ev, OPENED_AT, petitionV1, petitionV2 } from './petition.js';

/** A fresh, empty store of one kind, which tests can reopen and tamper with. */
export interface StoreHarness {
  /** Opens the store (again). */
  open(): Promise<HostStore>;
  /** Runs SQL (with `?` placeholders) against the store's database while it is closed. */
  tamper(sql: string, params: readonly unknown[]): Promise<void>;
  /** Removes the store. */
  dispose(): Promise<void>;
}

/** A clock the tests move by hand. */
export class TestClock {
  now: Date;
  constructor(iso: string) {
    this.now = new Date(iso);
  }
  read = (): Date => new Date(this.now.getTime());
  set(iso: string): void {
    this.now = new Date(iso);
  }
}

const INPUT = { openedAt: OPENED_AT, replyDays: 10 };
// 10 days from 2026-03-02 (Shanghai): 24:00 of 2026-03-12.
const DUE = '2026-03-12T16:00:00.000Z';

/** Runs the contract suite against stores made by `makeHarness`. */
export function runContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  // Each test opens stores and, on PostgreSQL, pg-boss: up to 2.5 s here under load.
  describe(`store contract: ${name}`, { timeout: 30_000 }, () => {
    let harness: StoreHarness;
    let clock: TestClock;
    const hosts: Host[] = [];
    const open = async (machines: readonly MachineEntry[] = [petitionV1]) => {
      const host = createHost({ store: await harness.open(), machines, clock: clock.read });
      hosts.push(host);
      return host;
    };
    // A second host on the same store (an embedded store admits one connection).
    const peer = (host: Host, machines: readonly MachineEntry[] = [petitionV1]) =>
      createHost({ store: host.store, machines, clock: clock.read });
    const closeAll = async () => {
      for (const host of hosts.splice(0)) await host.close();
    };

    beforeEach(async () => {
      harness = await makeHarness();
      clock = new TestClock('2026-03-02T01:00:00.000Z');
    });
    afterEach(async () => {
      await closeAll();
      await harness.dispose();
    });

    it('starts a process: start record, envelope, scheduled deadline, outbox', async () => {
      const host = await open();
      const started = await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      expect(started.seq).toBe(0);
      expect(started.envelope.machine).toBe('petition');
      expect(started.envelope.version).toBe(1);
      const { seq, envelope } = await host.get('p1');
      expect(seq).toBe(0);
      expect(envelope.snapshot).toEqual(started.envelope.snapshot);
      const [record, ...rest] = await host.events('p1');
      expect(rest).toEqual([]);
      expect(record).toMatchObject({ seq: 0, kind: 'start', body: { input: INPUT } });
      expect(await host.store.deadlines('p1')).toEqual([
        { processId: 'p1', deadlineId: 'reply', dueAt: DUE, scheduledSeq: 0, status: 'scheduled' },
      ]);
      const published: unknown[] = [];
      expect(await host.drainOutbox((m) => void published.push(m))).toBe(1);
      expect(published).toMatchObject([
        { processId: 'p1', seq: 0, type: 'opened', payload: { dueAt: DUE } },
      ]);
      await expect(
        host.start({ machine: 'petition', input: INPUT, processId: 'p1' }),
      ).rejects.toThrow(ProcessExistsError);
      await expect(host.start({ machine: 'nope', input: INPUT })).rejects.toThrow(
        UnknownMachineError,
      );
    });

    it('accepts events through dispatch, logs them in a chain and survives a restart', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const a = await host.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 2 }),
      );
      const b = await host.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-04T09:00:00+08:00', { n: 3 }),
      );
      expect(a.ok && b.ok).toBe(true);
      if (!b.ok) return;
      expect(b.seq).toBe(2);
      expect(b.emitted).toEqual([{ type: 'noted', n: 3 }]);
      const records = await host.events('p1');
      expect(records.map((r) => r.seq)).toEqual([0, 1, 2]);
      expect(records[1]?.prevHash).toBe(records[0]?.hash);
      expect(records[2]?.prevHash).toBe(records[1]?.hash);
      // The last records alone, for a reader of a long log.
      expect((await host.store.events('p1', 1)).map((r) => r.seq)).toEqual([1, 2]);
      expect(await host.store.events('p1', 2)).toEqual(records.slice(2));
      expect(await host.store.events('p1', 3)).toEqual([]);
      await closeAll();

      const again = await open();
      const { envelope } = await again.get('p1');
      expect(envelope.snapshot).toEqual(b.envelope.snapshot);
      const c = await again.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-05T09:00:00+08:00', { n: 5 }),
      );
      expect(c.ok && c.seq).toBe(3);
      expect(c.ok && (c.envelope.snapshot as { context: { count: number } }).context.count).toBe(
        10,
      );
      expect(await again.verify('p1')).toEqual({ ok: true, records: 4 });
      expect((await again.replay('p1')).equal).toBe(true);
    });

    it('returns and records refusals without changing state', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const wrongRole = await host.sendTrusted(
        'p1',
        ev('NOTE', 'committee', '2026-03-03T09:00:00+08:00', { n: 2 }),
      );
      const malformed = await host.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: -1 }),
      );
      const tooEarly = await host.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-01T09:00:00+08:00', { n: 1 }),
      );
      expect([wrongRole, malformed, tooEarly].map((r) => !r.ok && r.rejection.code)).toEqual([
        'not-permitted',
        'invalid-event',
        'out-of-order',
      ]);
      const refusals = await host.refusals('p1');
      expect(refusals.map((r) => r.code)).toEqual([
        'not-permitted',
        'invalid-event',
        'out-of-order',
      ]);
      expect(refusals[0]).toMatchObject({
        processId: 'p1',
        event: { type: 'NOTE', by: { role: 'committee' } },
      });
      expect((await host.get('p1')).seq).toBe(0);
      expect(await host.events('p1')).toHaveLength(1);
      await expect(
        host.sendTrusted('nobody', ev('NOTE', 'owner', OPENED_AT, { n: 1 })),
      ).rejects.toThrow(ProcessNotFoundError);
    });

    it('sends a batch in one commit: a chained record per accepted event, refusals by position', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const batch = await host.sendManyTrusted('p1', [
        ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 2 }),
        ev('NOTE', 'committee', '2026-03-03T09:00:00+08:00', { n: 9 }),
        ev('NOTE', 'owner', '2026-03-04T09:00:00+08:00', { n: 3 }),
        { type: 'NOTE' },
      ]);
      expect(batch.accepted).toBe(2);
      expect(batch.refused.map((r) => [r.index, r.rejection.code])).toEqual([
        [1, 'not-permitted'],
        [3, 'invalid-event'],
      ]);
      expect(batch.seq).toBe(2);
      expect(batch.emitted).toEqual([
        { type: 'noted', n: 2 },
        { type: 'noted', n: 3 },
      ]);
      const records = await host.events('p1');
      expect(records.map((r) => r.seq)).toEqual([0, 1, 2]);
      expect(records[2]?.prevHash).toBe(records[1]?.hash);
      expect((await host.refusals('p1')).map((r) => r.code)).toEqual([
        'not-permitted',
        'invalid-event',
      ]);
      await closeAll();
      // The same as sending one by one: the chain verifies and the log replays to the snapshot.
      const again = await open();
      expect((await again.get('p1')).envelope.snapshot).toEqual(batch.envelope.snapshot);
      expect(await again.verify('p1')).toEqual({ ok: true, records: 3 });
      expect((await again.replay('p1')).equal).toBe(true);
      const none = await again.sendManyTrusted('p1', [
        ev('NOTE', 'committee', '2026-03-05T09:00:00+08:00', { n: 1 }),
      ]);
      expect(none.accepted).toBe(0);
      expect(none.seq).toBe(2);
    });

    it('applies a batch sent twice with the same key once, also from another host', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const batch = [
        ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 2 }),
        ev('NOTE', 'owner', '2026-03-04T09:00:00+08:00', { n: 3 }),
      ];
      const first = await host.sendManyTrusted('p1', batch, { key: 'b1' });
      expect([first.accepted, first.duplicate, first.seq]).toEqual([2, false, 2]);
      const retry = await host.sendManyTrusted('p1', batch, { key: 'b1' });
      expect([retry.accepted, retry.duplicate, retry.seq]).toEqual([0, true, 2]);
      const fromPeer = await peer(host).sendManyTrusted('p1', batch, { key: 'b1' });
      expect([fromPeer.duplicate, fromPeer.seq]).toEqual([true, 2]);
      expect((await host.events('p1')).map((r) => r.key)).toEqual([null, null, 'b1']);
      expect(await host.verify('p1')).toEqual({ ok: true, records: 3 });
      const next = await host.sendManyTrusted('p1', batch.slice(1), { key: 'b2' });
      expect(next.duplicate).toBe(false);
    });

    it('applies an event sent twice with the same key once', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const event = ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 2 });
      const first = await host.sendTrusted('p1', event, { key: 'k1' });
      const second = await host.sendTrusted('p1', event, { key: 'k1' });
      expect(first.ok && !first.duplicate).toBe(true);
      expect(second.ok && second.duplicate).toBe(true);
      expect((await host.get('p1')).seq).toBe(1);
      const other = peer(host);
      const third = await other.sendTrusted('p1', event, { key: 'k1' });
      expect(third.ok && third.duplicate && third.seq).toBe(1);
    });

    it('refuses a stale writer with a clear error and loses nothing', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const stored = await host.store.load('p1');
      if (stored === undefined) throw new Error('not stored');
      await host.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 2 }));
      const records = await host.events('p1');
      const stale = {
        processId: 'p1',
        expectedSeq: 0,
        record: { ...records[1]!, body: { stale: true } },
        envelope: stored.envelope,
        schedule: [],
        cancel: ['reply'],
        outbox: [{ type: 'stale', payload: {} }],
      };
      await expect(host.store.commit(stale)).rejects.toThrow(StaleWriteError);
      await expect(host.store.commit(stale)).rejects.toThrow(/stale write refused/);
      expect((await host.get('p1')).seq).toBe(1);
      expect(await host.events('p1')).toEqual(records);
      expect((await host.store.deadlines('p1'))[0]?.status).toBe('scheduled');
      expect(await host.verify('p1')).toEqual({ ok: true, records: 2 });
    });

    it('two hosts on one store: the stale one is refused, or reloads and retries', async () => {
      const store = await harness.open();
      const one = createHost({ store, machines: [petitionV1], clock: clock.read });
      const strict = createHost({ store, machines: [petitionV1], clock: clock.read, retries: 0 });
      const patient = createHost({ store, machines: [petitionV1], clock: clock.read });
      hosts.push(one);
      await one.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      await strict.get('p1');
      // Each caches the process at the version it last wrote, then the others move it on.
      await strict.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 1 }));
      await patient.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 1 }));
      await one.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 10 }));
      await expect(
        strict.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 100 })),
      ).rejects.toThrow(StaleWriteError);
      const retried = await patient.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 1000 }),
      );
      expect(retried.ok && retried.seq).toBe(4);
      const { envelope } = await one.get('p1');
      expect((envelope.snapshot as { context: { count: number } }).context.count).toBe(
        1 + 1 + 10 + 1000,
      );
      expect((await one.replay('p1')).equal).toBe(true);
      strict.evictAll();
      patient.evictAll();
    });

    it('delivers a due deadline once, keyed by process, deadline and version', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      expect((await host.deliverDue()).delivered).toBe(0);
      clock.set('2026-03-12T15:59:59.999Z');
      expect((await host.deliverDue()).delivered).toBe(0);
      clock.set(DUE);
      const rows = await host.store.dueDeadlines(DUE, 10);
      expect(rows).toHaveLength(1);
      expect(await host.deliverDue()).toMatchObject({ delivered: 1 });
      // The same row again, and a second host: nothing more happens.
      expect(await host.deliver(rows[0]!)).toBe('settled');
      const other = peer(host);
      expect(await other.deliver(rows[0]!)).toBe('settled');
      expect((await other.deliverDue()).delivered).toBe(0);
      const ticks = (await host.events('p1')).filter((r) => r.kind === 'event');
      expect(ticks).toHaveLength(1);
      expect(ticks[0]).toMatchObject({
        key: 'deadline:reply@0',
        body: { type: 'TICK', at: DUE, by: { id: 'host', role: 'system' } },
      });
      const { envelope } = await host.get('p1');
      const context = (
        envelope.snapshot as {
          context: { missed: number; deadlines: Record<string, { status: string }> };
        }
      ).context;
      expect(context.missed).toBe(1);
      expect(context.deadlines.reply?.status).toBe('missed');
      expect((await host.store.deadlines('p1'))[0]?.status).toBe('delivered');
      const published: string[] = [];
      await host.drainOutbox((m) => void published.push(m.type));
      expect(published).toEqual(['opened', 'reply-missed']);
    });

    it('reschedules a moved deadline and cancels one the process no longer waits for', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      await host.sendTrusted(
        'p1',
        ev('EXTEND', 'committee', '2026-03-05T09:00:00+08:00', { days: 20 }),
      );
      const [moved] = await host.store.deadlines('p1');
      expect(moved).toMatchObject({
        dueAt: '2026-03-25T16:00:00.000Z',
        scheduledSeq: 1,
        status: 'scheduled',
      });
      clock.set('2026-03-20T00:00:00.000Z');
      expect((await host.deliverDue()).delivered).toBe(0);
      await host.sendTrusted(
        'p1',
        ev('REPLY', 'committee', '2026-03-20T09:00:00+08:00', { text: 'ok' }),
      );
      expect((await host.store.deadlines('p1'))[0]?.status).toBe('cancelled');
      clock.set('2026-04-30T00:00:00.000Z');
      expect((await host.deliverDue()).delivered).toBe(0);
      const late = await host.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-04-30T09:00:00+08:00', { n: 1 }),
      );
      expect(!late.ok && late.rejection.code).toBe('process-ended');
    });

    it('delivers deadlines that fell due while the host was down, after later events', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      await host.start({ machine: 'petition', input: { ...INPUT, replyDays: 1 }, processId: 'p2' });
      // p2's deadline passes, but an owner's note dated later is accepted first.
      await host.sendTrusted('p2', ev('NOTE', 'owner', '2026-03-05T09:00:00+08:00', { n: 1 }));
      await closeAll();
      clock.set('2026-04-01T00:00:00.000Z');
      const again = await open();
      expect(await again.deliverDue()).toMatchObject({ delivered: 2, refused: 0 });
      expect((await again.deliverDue()).delivered).toBe(0);
      const tick = (await again.events('p2')).at(-1);
      // Time never runs backwards: the TICK is dated at the process clock when that is later.
      expect(tick?.body).toMatchObject({ type: 'TICK', at: '2026-03-05T09:00:00+08:00' });
      for (const id of ['p1', 'p2']) {
        const { envelope } = await again.get(id);
        expect((envelope.snapshot as { context: { missed: number } }).context.missed).toBe(1);
      }
    });

    it('publishes outbox messages in order, each once', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      for (let n = 1; n <= 3; n++) {
        await host.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n }));
      }
      const seen: unknown[] = [];
      expect(await host.drainOutbox((m) => void seen.push(m.payload), 2)).toBe(2);
      expect(await host.drainOutbox((m) => void seen.push(m.payload))).toBe(2);
      expect(await host.drainOutbox((m) => void seen.push(m.payload))).toBe(0);
      expect(seen).toEqual([
        { type: 'opened', dueAt: DUE },
        { type: 'noted', n: 1 },
        { type: 'noted', n: 2 },
        { type: 'noted', n: 3 },
      ]);
      // A publisher that fails leaves the message for the next drain.
      await host.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 9 }));
      await expect(
        host.drainOutbox(() => {
          throw new Error('broker down');
        }),
      ).rejects.toThrow('broker down');
      expect(await host.drainOutbox(() => {})).toBe(1);
    });

    it('verify finds the first altered or missing record; replay finds an altered snapshot', async () => {
      let host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      for (let n = 1; n <= 4; n++) {
        await host.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n }));
      }
      expect(await host.verify('p1')).toEqual({ ok: true, records: 5 });
      expect((await host.replay('p1')).equal).toBe(true);
      await closeAll();

      await harness.tamper("UPDATE host_events SET body = ? WHERE process_id = 'p1' AND seq = 2", [
        JSON.stringify(ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 200 })),
      ]);
      host = await open();
      expect(await host.verify('p1')).toMatchObject({ ok: false, seq: 2, problem: 'altered' });
      await closeAll();

      await harness.tamper("DELETE FROM host_events WHERE process_id = 'p1' AND seq = 2", []);
      host = await open();
      expect(await host.verify('p1')).toMatchObject({ ok: false, seq: 2, problem: 'missing' });
      await closeAll();

      await harness.tamper("DELETE FROM host_events WHERE process_id = 'p1' AND seq >= 2", []);
      host = await open();
      expect(await host.verify('p1')).toMatchObject({ ok: false, seq: 2, problem: 'missing' });
      await closeAll();

      await harness.tamper("UPDATE host_events SET hash = ? WHERE process_id = 'p1' AND seq = 1", [
        'f'.repeat(64),
      ]);
      host = await open();
      expect(await host.verify('p1')).toMatchObject({ ok: false, seq: 1, problem: 'altered' });
    });

    it('verify names a record that is not JSON, a forged snapshot, and a resequenced record', async () => {
      let host = await open();
      for (const id of ['p1', 'p2', 'p3', 'p4']) {
        await host.start({ machine: 'petition', input: INPUT, processId: id });
        await host.sendTrusted(id, ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 1 }));
        await host.sendTrusted(id, ev('NOTE', 'owner', '2026-03-04T09:00:00+08:00', { n: 2 }));
      }
      await closeAll();
      await harness.tamper("UPDATE host_events SET body = ? WHERE process_id = 'p1' AND seq = 1", [
        '{"type":"NOTE", broken',
      ]);
      const raw = await harness.open();
      const stored = await raw.load('p2');
      await raw.close();
      const forged = JSON.parse(JSON.stringify(stored?.envelope.snapshot)) as {
        context: { count: number };
      };
      forged.context.count = 99;
      await harness.tamper("UPDATE host_processes SET snapshot = ? WHERE process_id = 'p2'", [
        JSON.stringify(forged),
      ]);
      await harness.tamper("UPDATE host_processes SET snapshot = ? WHERE process_id = 'p3'", [
        'not json at all',
      ]);
      await harness.tamper(
        "UPDATE host_events SET seq = 7 WHERE process_id = 'p4' AND seq = 2",
        [],
      );
      host = await open();
      expect(await host.verify('p1')).toMatchObject({ ok: false, seq: 1, problem: 'unreadable' });
      expect(await host.verify('p2')).toMatchObject({
        ok: false,
        seq: 2,
        problem: 'snapshot-mismatch',
      });
      expect(await host.verify('p3')).toMatchObject({ ok: false, seq: 2, problem: 'unreadable' });
      expect(await host.verify('p4')).toMatchObject({ ok: false, seq: 2, problem: 'missing' });
      // One bad row does not stop reading the others.
      const listed = await Promise.all(
        (await host.store.processIds()).sort().map((id) => host.store.load(id)),
      );
      expect(listed.map((p) => p?.processId)).toEqual(['p1', 'p2', 'p3', 'p4']);
      await expect(host.get('p3')).rejects.toThrow(/not readable JSON/);
    });

    it('replay rebuilds the stored snapshot and notices one that was edited', async () => {
      let host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      await host.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 7 }));
      await host.sendTrusted(
        'p1',
        ev('EXTEND', 'committee', '2026-03-04T09:00:00+08:00', { days: 3 }),
      );
      clock.set('2026-04-01T00:00:00.000Z');
      await host.deliverDue();
      const replay = await host.replay('p1');
      expect(replay.equal).toBe(true);
      expect(replay.seq).toBe(3);
      await closeAll();
      const raw = await harness.open();
      const stored = await raw.load('p1');
      await raw.close();
      const edited = JSON.parse(JSON.stringify(stored?.envelope.snapshot)) as {
        context: { count: number };
      };
      edited.context.count = 70;
      await harness.tamper("UPDATE host_processes SET snapshot = ? WHERE process_id = 'p1'", [
        JSON.stringify(edited),
      ]);
      host = await open();
      const after = await host.replay('p1');
      expect(after.equal).toBe(false);
      expect((after.stored as { context: { count: number } }).context.count).toBe(70);
      expect((after.replayed as { context: { count: number } }).context.count).toBe(7);
    });

    it('keeps role assignments with their audit trail; system is never assigned', async () => {
      const host = await open();
      const grant = {
        principal: 'alice',
        role: 'committee',
        scope: 'p1',
        grantedBy: 'street-admin',
        reason: 'elected chair, minutes 2026-02',
      } as const;
      const first = await host.assign(grant);
      expect(first).toEqual({
        granted: true,
        assignment: {
          ...grant,
          since: clock.now.toISOString(),
          grantedAt: clock.now.toISOString(),
        },
      });
      // Granting it again changes nothing and records nothing.
      clock.set('2026-03-02T02:00:00.000Z');
      const again = await host.assign({ ...grant, reason: 'again' });
      expect(again).toEqual({ granted: false, assignment: first.assignment });
      await host.assign({ ...grant, role: 'owner', scope: '*', reason: 'owns 1-101' });
      await host.assign({ ...grant, principal: 'bob', scope: 'c1', reason: 'member' });
      for (const role of ['system', 'mayor', '']) {
        await expect(host.assign({ ...grant, role: role as 'owner' })).rejects.toThrow(
          RoleAssignmentError,
        );
      }
      await expect(host.assign({ ...grant, role: 'system' as 'owner' })).rejects.toMatchObject({
        code: 'system-not-assignable',
      });
      await expect(host.assign({ ...grant, reason: ' ' })).rejects.toMatchObject({
        code: 'invalid-field',
        field: 'reason',
      });
      await expect(host.assign({ ...grant, principal: 'x'.repeat(129) })).rejects.toMatchObject({
        field: 'principal',
      });
      expect(await host.rolesOf('alice', 'p1')).toEqual(['owner', 'committee']);
      expect(await host.rolesOf({ id: 'alice' }, 'p2')).toEqual(['owner']);
      expect(await host.rolesOf('bob', 'p1')).toEqual([]);
      expect(await host.rolesOf('mallory', 'p1')).toEqual([]);

      clock.set('2026-03-02T03:00:00.000Z');
      const revoked = await host.revoke({
        principal: 'alice',
        role: 'committee',
        scope: 'p1',
        revokedBy: 'street-admin',
        reason: 'resigned',
      });
      expect(revoked).toEqual(first.assignment);
      expect(
        await host.revoke({
          principal: 'alice',
          role: 'committee',
          scope: 'p1',
          revokedBy: 'street-admin',
          reason: 'twice',
        }),
      ).toBeUndefined();
      expect(await host.rolesOf('alice', 'p1')).toEqual(['owner']);
      await closeAll();

      // The trail survives a restart and is the same from another host.
      const reopened = await open();
      const trail = await reopened.assignmentHistory({ principal: 'alice' });
      expect(trail.map((c) => [c.action, c.role, c.scope, c.by, c.reason, c.at])).toEqual([
        [
          'grant',
          'committee',
          'p1',
          'street-admin',
          'elected chair, minutes 2026-02',
          '2026-03-02T01:00:00.000Z',
        ],
        ['grant', 'owner', '*', 'street-admin', 'owns 1-101', '2026-03-02T02:00:00.000Z'],
        ['revoke', 'committee', 'p1', 'street-admin', 'resigned', '2026-03-02T03:00:00.000Z'],
      ]);
      expect(trail[0]?.since).toBe('2026-03-02T01:00:00.000Z');
      expect(trail[2]?.since).toBeNull();
      expect(trail.map((c) => c.id)).toEqual([...trail.map((c) => c.id)].sort((x, y) => x - y));
      expect(
        (await reopened.assignmentHistory({ scopes: ['c1'] })).map((c) => c.principal),
      ).toEqual(['bob']);
      expect(await reopened.assignmentHistory({ scopes: [] })).toEqual([]);
      expect((await reopened.assignmentHistory()).length).toBe(4);
      expect((await reopened.assignments()).map((a) => [a.principal, a.role, a.scope])).toEqual([
        ['alice', 'owner', '*'],
        ['bob', 'committee', 'c1'],
      ]);
      expect(await peer(reopened).rolesOf('alice', 'p9')).toEqual(['owner']);
      expect(trail[0]?.prevHash).toBe(GENESIS_HASH);
      expect(trail[1]?.prevHash).toBe(trail[0]?.hash);
      expect(await reopened.verifyAssignments()).toEqual({ ok: true, changes: 4, assignments: 2 });
    });

    it('verifyAssignments names an altered or missing change and an assignment written around the host', async () => {
      let host = await open();
      const base = { grantedBy: 'admin', reason: 'minutes' } as const;
      await host.assign({ ...base, principal: 'a', role: 'committee', scope: 'c1' });
      await host.assign({ ...base, principal: 'b', role: 'committee', scope: 'c1' });
      await host.revoke({
        principal: 'b',
        role: 'committee',
        scope: 'c1',
        revokedBy: 'admin',
        reason: 'left',
      });
      await host.assign({ ...base, principal: 'c', role: 'owner', scope: '*' });
      expect(await host.verifyAssignments()).toEqual({ ok: true, changes: 4, assignments: 2 });
      await closeAll();
      const tampered = async (sql: string, params: readonly unknown[]) => {
        await harness.tamper(sql, params);
        host = await open();
        const result = await host.verifyAssignments();
        await closeAll();
        return result;
      };
      // A chair slipped into the assignments with no grant in the trail.
      expect(
        await tampered(
          'INSERT INTO host_role_assignments (principal, role, scope, since, granted_by, reason, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            'mallory',
            'committee-chair',
            '*',
            '2026-03-01T00:00:00.000Z',
            'admin',
            'minutes',
            '2026-03-01T00:00:00.000Z',
          ],
        ),
      ).toMatchObject({ ok: false, problem: 'unrecorded-assignment' });
      await harness.tamper("DELETE FROM host_role_assignments WHERE principal = 'mallory'", []);
      // A revoked member put back.
      expect(
        await tampered(
          'INSERT INTO host_role_assignments (principal, role, scope, since, granted_by, reason, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            'b',
            'committee',
            'c1',
            '2026-03-02T01:00:00.000Z',
            'admin',
            'minutes',
            '2026-03-02T01:00:00.000Z',
          ],
        ),
      ).toMatchObject({ ok: false, problem: 'unrecorded-assignment' });
      await harness.tamper("DELETE FROM host_role_assignments WHERE principal = 'b'", []);
      expect(
        await tampered("DELETE FROM host_role_assignments WHERE principal = 'c'", []),
      ).toMatchObject({ ok: false, problem: 'missing-assignment' });
      expect(
        await tampered("UPDATE host_role_changes SET reason = 'never resigned' WHERE id = 3", []),
      ).toMatchObject({ ok: false, problem: 'altered', id: 3 });
      expect(await tampered('DELETE FROM host_role_changes WHERE id = 3', [])).toMatchObject({
        ok: false,
        problem: 'missing',
        id: 3,
      });
    });

    it('a role holds from its time, in its process, in the scopes the host names, and everywhere for *', async () => {
      const store = await harness.open();
      const host = createHost({
        store,
        machines: [petitionV1],
        clock: clock.read,
        scopesOf: (id) => (id.startsWith('c1/') ? ['c1'] : []),
      });
      hosts.push(host);
      const base = { grantedBy: 'admin', reason: 'test' } as const;
      await host.assign({ ...base, principal: 'p', role: 'committee', scope: 'c1' });
      await host.assign({ ...base, principal: 'p', role: 'owner', scope: 'c1/a#1' });
      // From one second after now: not held yet.
      await host.assign({
        ...base,
        principal: 'p',
        role: 'street-office',
        scope: '*',
        since: '2026-03-02T01:00:01.000Z',
      });
      expect(host.scopesOf('c1/a#1')).toEqual(['c1/a#1', 'c1', '*']);
      expect(await host.rolesOf('p', 'c1/a#1')).toEqual(['owner', 'committee']);
      expect(await host.rolesOf('p', 'c1/b#1')).toEqual(['committee']);
      expect(await host.rolesOf('p', 'c2/a#1')).toEqual([]);
      clock.set('2026-03-02T01:00:01.000Z');
      expect(await host.rolesOf('p', 'c2/a#1')).toEqual(['street-office']);
      // A stored row naming system (written around the host) gives no role.
      await store.grantRole({
        principal: 'p',
        role: 'system',
        scope: '*',
        since: '2026-03-01T00:00:00.000Z',
        grantedBy: 'forged',
        reason: 'forged',
        grantedAt: '2026-03-01T00:00:00.000Z',
      });
      expect(await host.rolesOf('p', 'c2/a#1')).toEqual(['street-office']);
    });

    it('send fills by and at from the principal and the host clock, and refuses what the event claims', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const base = { grantedBy: 'admin', reason: 'test', scope: 'p1' } as const;
      await host.assign({ ...base, principal: 'ann', role: 'owner' });
      await host.assign({ ...base, principal: 'cat', role: 'committee' });
      await host.assign({ ...base, principal: 'cat', role: 'owner' });
      const ann = { principal: { id: 'ann', name: 'Ann' } };
      clock.set('2026-03-03T01:00:00.000Z');
      const note = await host.send('p1', { type: 'NOTE', n: 2 }, ann);
      expect(note.ok && note.event).toEqual({
        type: 'NOTE',
        n: 2,
        at: '2026-03-03T01:00:00.000Z',
        by: { id: 'ann', role: 'owner', name: 'Ann' },
      });
      // The same sender written out in full is accepted; anything else it claims is refused.
      const same = await host.send(
        'p1',
        { type: 'NOTE', n: 1, by: { id: 'ann', role: 'owner', name: 'Ann' } },
        ann,
      );
      expect(same.ok).toBe(true);
      const claims: [unknown, string, unknown][] = [
        [{ type: 'NOTE', n: 1, by: { id: 'host', role: 'system' } }, 'sender-mismatch', 'id'],
        [{ type: 'NOTE', n: 1, by: { id: 'ann', role: 'system' } }, 'sender-mismatch', 'role'],
        [{ type: 'NOTE', n: 1, by: { id: 'ann', role: 'committee' } }, 'sender-mismatch', 'role'],
        [{ type: 'NOTE', n: 1, by: { id: 'ann', name: 'Bob' } }, 'sender-mismatch', 'name'],
        [{ type: 'NOTE', n: 1, by: { id: 'x'.repeat(10_000) } }, 'sender-mismatch', 'id'],
        [{ type: 'NOTE', n: 1, by: 'ann' }, 'sender-mismatch', 'by'],
        [
          { type: 'NOTE', n: 1, by: { id: 'ann', role: 'owner', extra: 1 } },
          'sender-mismatch',
          'by',
        ],
        [{ type: 'NOTE', n: 1, at: '2099-01-01T00:00:00Z' }, 'time-not-accepted', 'at'],
        [{ type: 'NOTE', n: 1, at: '2026-03-03T01:00:00.000Z' }, 'time-not-accepted', 'at'],
        [{ type: 'EXTEND', days: 3 }, 'not-permitted', undefined],
        [{ type: 'TICK' }, 'not-permitted', undefined],
        [
          { type: 'TICK', at: '2099-01-01T00:00:00Z', by: { id: 'host', role: 'system' } },
          'sender-mismatch',
          'id',
        ],
      ];
      for (const [event, code, field] of claims) {
        const r = await host.send('p1', event, ann);
        expect(
          !r.ok && [r.rejection.code, r.rejection.details?.field],
          JSON.stringify(event).slice(0, 80),
        ).toEqual([code, field]);
        expect(JSON.stringify(!r.ok && r.rejection)).not.toContain('x'.repeat(200));
      }
      const noRole = await host.send('p1', { type: 'NOTE', n: 1 }, { principal: { id: 'eve' } });
      expect(!noRole.ok && noRole.rejection).toMatchObject({
        code: 'not-permitted',
        permittedRoles: [{ role: 'owner' }],
      });
      expect(!noRole.ok && noRole.rejection.message.en).toMatch(/hold no role in this process/);
      expect(!noRole.ok && noRole.rejection.message['zh-CN']).toMatch(/没有可以办理/);
      // cat holds two roles: NOTE is an owner's, EXTEND the committee's; `as` names one.
      const cat = { principal: { id: 'cat' } };
      const extend = await host.send('p1', { type: 'EXTEND', days: 3 }, cat);
      expect(extend.ok && extend.event).toMatchObject({ by: { id: 'cat', role: 'committee' } });
      const asOwner = await host.send('p1', { type: 'EXTEND', days: 3 }, { ...cat, as: 'owner' });
      expect(!asOwner.ok && asOwner.rejection.code).toBe('not-permitted');
      const asChair = await host.send(
        'p1',
        { type: 'NOTE', n: 1 },
        { ...cat, as: 'committee-chair' },
      );
      expect(!asChair.ok && asChair.rejection.message.en).toMatch(/do not hold the role/);
      // Every refusal is in the audit table, as the client sent it.
      const refusals = await host.refusals('p1');
      expect(refusals.map((r) => r.code)).toEqual([
        ...claims.map(([, code]) => code),
        'not-permitted',
        'not-permitted',
        'not-permitted',
      ]);
      expect(refusals[0]?.event).toEqual(claims[0]?.[0]);
      // The log holds the events as stamped, and they replay.
      expect(await host.verify('p1')).toEqual({ ok: true, records: 4 });
      expect((await host.events('p1')).map((r) => (r.body as { by?: unknown }).by)).toEqual([
        undefined,
        { id: 'ann', role: 'owner', name: 'Ann' },
        { id: 'ann', role: 'owner', name: 'Ann' },
        { id: 'cat', role: 'committee' },
      ]);
    });

    it('keeps a refused input in the audit table unless it is over the event limit or not JSON', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      const at = '2026-03-03T09:00:00+08:00';
      // 4 MiB of JSON is the limit of a whole event (DEFAULT_EVENT_LIMITS.maxEventChars).
      const sized = (chars: number) => {
        const event = { ...ev('NOTE', 'owner', at, { n: 1 }), pad: '' };
        return { ...event, pad: 'x'.repeat(chars - JSON.stringify(event).length) };
      };
      const atLimit = sized(4_194_304);
      const over = sized(4_194_305);
      const cyclic: Record<string, unknown> = { type: 'NOTE', n: 1 };
      cyclic.self = cyclic;
      for (const input of [atLimit, over, cyclic]) {
        const r = await host.sendTrusted('p1', input);
        expect(r.ok).toBe(false);
      }
      const events = (await host.refusals('p1')).map((r) => r.event);
      expect(events[0]).toEqual(atLimit);
      expect(events.slice(1)).toEqual([
        { omitted: 'too-large', chars: 4_194_305 },
        { omitted: 'not-json' },
      ]);
    });

    it('send and sendMany need a principal; sendMany stamps each event and refuses by position', async () => {
      const host = await open();
      await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      await host.assign({
        principal: 'ann',
        role: 'owner',
        scope: '*',
        grantedBy: 'a',
        reason: 'r',
      });
      const untyped = host as unknown as {
        send(id: string, event: unknown, options?: unknown): Promise<unknown>;
        sendMany(id: string, events: unknown[], options?: unknown): Promise<unknown>;
      };
      await expect(untyped.send('p1', { type: 'NOTE', n: 1 })).rejects.toMatchObject({
        code: 'principal-required',
      });
      await expect(untyped.sendMany('p1', [{ type: 'NOTE', n: 1 }], { key: 'k' })).rejects.toThrow(
        HostError,
      );
      await expect(
        untyped.send('p1', { type: 'NOTE', n: 1 }, { principal: { id: '' } }),
      ).rejects.toMatchObject({ code: 'invalid-principal' });
      await expect(
        untyped.send(
          'p1',
          { type: 'NOTE', n: 1 },
          { principal: { id: 'ann', name: 'n'.repeat(101) } },
        ),
      ).rejects.toMatchObject({ code: 'invalid-principal' });
      clock.set('2026-03-03T01:00:00.000Z');
      const batch = await host.sendMany(
        'p1',
        [
          { type: 'NOTE', n: 1 },
          { type: 'NOTE', n: 1, by: { id: 'host', role: 'system' } },
          { type: 'NOTE', n: 2, at: '2099-01-01T00:00:00Z' },
          { type: 'NOTE', n: 3 },
        ],
        { principal: { id: 'ann' }, key: 'b1' },
      );
      expect(batch.accepted).toBe(2);
      expect(batch.refused.map((r) => [r.index, r.rejection.code])).toEqual([
        [1, 'sender-mismatch'],
        [2, 'time-not-accepted'],
      ]);
      expect((await host.events('p1')).slice(1).map((r) => r.body)).toEqual([
        { type: 'NOTE', n: 1, at: '2026-03-03T01:00:00.000Z', by: { id: 'ann', role: 'owner' } },
        { type: 'NOTE', n: 3, at: '2026-03-03T01:00:00.000Z', by: { id: 'ann', role: 'owner' } },
      ]);
      expect((await host.refusals('p1')).map((r) => r.code)).toEqual([
        'sender-mismatch',
        'time-not-accepted',
      ]);
    });

    it('migrates stored snapshots on load; an unknown version is a clear error', async () => {
      const v1 = await open([petitionV1]);
      await v1.start({ machine: 'petition', input: INPUT, processId: 'p1' });
      await v1.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 4 }));
      await closeAll();

      const noPath = await open([{ ...petitionV2, migrations: {} }]);
      await expect(noPath.get('p1')).rejects.toThrow(UnknownVersionError);
      await expect(noPath.get('p1')).rejects.toThrow(/no migration from version 1 to 2/);
      await expect(
        noPath.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-04T09:00:00+08:00', { n: 1 })),
      ).rejects.toThrow(UnknownVersionError);
      await closeAll();

      const v2 = await open([petitionV2]);
      const { envelope } = await v2.get('p1');
      expect(envelope.version).toBe(2);
      expect(
        (envelope.snapshot as { context: { label: string; count: number } }).context,
      ).toMatchObject({
        label: 'none',
        count: 4,
      });
      const sent = await v2.sendTrusted(
        'p1',
        ev('NOTE', 'owner', '2026-03-04T09:00:00+08:00', { n: 1 }),
      );
      expect(sent.ok && sent.envelope.version).toBe(2);
      expect((await v2.store.load('p1'))?.envelope.version).toBe(2);
      expect((await v2.replay('p1')).equal).toBe(true);
      await closeAll();

      const old = await open([petitionV1]);
      await expect(old.get('p1')).rejects.toThrow(/version 2.*newer than the registered machine/);
      await closeAll();
      const other = await open([{ ...petitionV1, id: 'other' }]);
      await expect(other.get('p1')).rejects.toThrow(UnknownMachineError);
    });
  });
}
