import { dispatch, type Rejection } from '@jiayuan/core';
import { type Actor, type AnyStateMachine, createActor } from 'xstate';
import { deliveryKey, diffDeadlines, laterOf, type PendingMap, pendingOf } from './deadlines.js';
import {
  DeadlineSettledError,
  DuplicateKeyError,
  HostError,
  ProcessNotFoundError,
  StaleWriteError,
} from './errors.js';
import { canonicalJson, GENESIS_HASH, hashRecord } from './hash.js';
import { type MachineEntry, MachineRegistry, type SnapshotEnvelope } from './registry.js';
import type {
  DeadlineRow,
  EventRecord,
  HostStore,
  OutboxMessage,
  RecordKind,
  RefusalRecord,
} from './store/contract.js';
import { UnreadableJson } from './store/rows.js';
import { type VerifyResult, verifyChain } from './verify.js';

/** Options of {@link createHost}. */
export interface HostOptions {
  readonly store: HostStore;
  readonly machines: readonly MachineEntry[];
  /** The host's clock: record times and which deadlines are due. Default: the system clock. */
  readonly clock?: () => Date;
  /** How often a send retries after a {@link StaleWriteError} from a concurrent writer. Default 20. */
  readonly retries?: number;
  /** How many live actors to keep in memory. Default 10,000. */
  readonly cacheSize?: number;
}

/** What `host.start` needs. */
export interface StartRequest {
  /** A registered machine id. */
  readonly machine: string;
  /** The machine's input. */
  readonly input?: unknown;
  /** The process id; a random UUID by default. */
  readonly processId?: string;
}

/** A process as it stands after a start or an accepted event. */
export interface ProcessState {
  readonly processId: string;
  /** The snapshot version (the seq of the last log record). */
  readonly seq: number;
  readonly envelope: SnapshotEnvelope;
  /** Domain events the transition emitted (also put in the outbox). */
  readonly emitted: readonly unknown[];
}

/** Options of `host.send`. */
export interface SendOptions {
  /**
   * An idempotency key: a second send with the same key is not applied again, and returns the
   * first one's record with `duplicate: true`. Use it when a client may retry.
   */
  readonly key?: string;
}

/** An accepted event. */
export interface SendAccepted extends ProcessState {
  readonly ok: true;
  /** The event as logged. */
  readonly event: unknown;
  /** `true` when the key was already logged and nothing new was applied. */
  readonly duplicate: boolean;
}

/** A refused event: nothing changed, the attempt is in the audit table of refusals. */
export interface SendRefused {
  readonly ok: false;
  readonly processId: string;
  readonly rejection: Rejection;
}

/** What `host.send` returns. */
export type SendResult = SendAccepted | SendRefused;

/** What `host.sendMany` returns. */
export interface SendManyResult extends ProcessState {
  /** How many of the inputs were accepted (each logged as its own record). */
  readonly accepted: number;
  /** The refused inputs by position, each also in the audit table of refusals. */
  readonly refused: readonly { readonly index: number; readonly rejection: Rejection }[];
  /**
   * `true` when the batch's key was already logged: nothing was applied again, and `accepted`
   * and `refused` are empty (the first call reported them).
   */
  readonly duplicate: boolean;
}

/** What happened to one due deadline. */
export type DeliveryOutcome =
  /** Its TICK was accepted and logged. */
  | 'delivered'
  /** Its TICK was refused by the machine; the refusal is recorded and the deadline settled. */
  | 'refused'
  /** Someone else delivered or cancelled it first: nothing done. */
  | 'settled'
  /** It is not due yet by the host's clock. */
  | 'not-due';

/** What `host.replay` found. */
export interface ReplayResult {
  /** Whether the rebuilt snapshot equals the stored one. */
  readonly equal: boolean;
  readonly seq: number;
  readonly replayed: unknown;
  readonly stored: unknown;
  /** The first record the machine refused on replay, if any. */
  readonly divergedAt?: number;
  readonly rejection?: Rejection;
}

/** A running deadline loop; stop it before closing the store. */
export interface DeadlineLoop {
  stop(): Promise<void>;
}

type LiveActor = Actor<AnyStateMachine>;

interface Live {
  readonly entry: MachineEntry;
  readonly actor: LiveActor;
  seq: number;
  headHash: string;
  pending: PendingMap;
}

/**
 * Creates a host over a store: it starts processes of registered machines, takes events through
 * core's `dispatch`, logs accepted ones in a hash chain, saves versioned snapshots with optimistic
 * concurrency, records refusals, schedules deadlines and fills the outbox.
 */
export function createHost(options: HostOptions): Host {
  return new Host(options);
}

/** See {@link createHost}. */
export class Host {
  /** The store the host writes to. */
  readonly store: HostStore;
  /** The machines the host can run. */
  readonly registry: MachineRegistry;
  readonly #clock: () => Date;
  readonly #retries: number;
  readonly #cacheSize: number;
  readonly #cache = new Map<string, Live>();
  readonly #lanes = new Map<string, Promise<unknown>>();

  constructor(options: HostOptions) {
    this.store = options.store;
    this.registry = new MachineRegistry(options.machines);
    this.#clock = options.clock ?? (() => new Date());
    this.#retries = options.retries ?? 20;
    this.#cacheSize = options.cacheSize ?? 10_000;
  }

  /** How many live actors are in memory. */
  get liveCount(): number {
    return this.#cache.size;
  }

  /**
   * Starts a process: runs the machine with its input and stores the start record, snapshot and
   * deadlines.
   *
   * @throws {ProcessExistsError} when the id is taken.
   * @throws {UnknownMachineError} for an unregistered machine.
   */
  async start(request: StartRequest): Promise<ProcessState> {
    const entry = this.registry.get(request.machine);
    const processId = request.processId ?? crypto.randomUUID();
    return this.#inLane(processId, async () => {
      const emitted: unknown[] = [];
      const actor = createActor(entry.machine, { input: request.input });
      actor.on('*', (event: unknown) => emitted.push(event));
      actor.subscribe({ error: () => {} });
      actor.start();
      const failed = errorOf(actor);
      if (failed !== undefined) {
        actor.stop();
        throw new HostError('start-failed', `machine "${entry.id}" failed to start: ${failed}`);
      }
      const live: Live = { entry, actor, seq: -1, headHash: GENESIS_HASH, pending: new Map() };
      try {
        return await this.#commit(
          live,
          processId,
          'start',
          { input: request.input ?? null },
          null,
          emitted,
        );
      } catch (error) {
        actor.stop();
        throw error;
      }
    });
  }

  /**
   * Sends untrusted input to process `processId` through `dispatch`. A refusal is returned and
   * recorded, never applied; an accepted event is logged and saved before this resolves.
   *
   * @throws {ProcessNotFoundError} for an unknown process.
   * @throws {StaleWriteError} when concurrent writers win more than `retries` times in a row.
   */
  async send(processId: string, input: unknown, options: SendOptions = {}): Promise<SendResult> {
    return this.#inLane(processId, () => this.#apply(processId, input, options.key ?? null));
  }

  /**
   * Sends several events to one process in order, as {@link send} would one by one, but writes
   * the snapshot once: every accepted event is logged as its own hash-chained record and the
   * whole batch is committed in one transaction (or not at all). Refused inputs are recorded in
   * the audit table and reported by position; they do not stop the batch. For bulk input such as
   * a counting session's paper ballots, where writing a large snapshot per event would dominate.
   * With a `key`, a retried batch (after a crash or a timeout) is applied once; a batch with no
   * accepted event logs nothing, so its retry records its refusals again.
   */
  async sendMany(
    processId: string,
    inputs: readonly unknown[],
    options: SendOptions = {},
  ): Promise<SendManyResult> {
    const key = options.key ?? null;
    return this.#inLane(processId, async () => {
      for (let attempt = 0; ; attempt++) {
        if (key !== null && (await this.store.findByKey(processId, key)) !== undefined) {
          const { seq, envelope } = await this.get(processId);
          return {
            processId,
            seq,
            envelope,
            emitted: [],
            accepted: 0,
            refused: [],
            duplicate: true,
          };
        }
        const live = await this.#live(processId);
        const accepted: unknown[] = [];
        const refused: { index: number; rejection: Rejection }[] = [];
        const emitted: unknown[] = [];
        const subscription = live.actor.on('*', (event: unknown) => emitted.push(event));
        try {
          inputs.forEach((input, index) => {
            const result = dispatch(live.actor, input);
            if (result.ok) accepted.push(plain(result.event));
            else refused.push({ index, rejection: result.rejection });
          });
        } finally {
          subscription.unsubscribe();
        }
        try {
          const state =
            accepted.length === 0
              ? this.#stateOf(live, processId)
              : await this.#commitMany(live, processId, accepted, emitted, key);
          for (const { index, rejection } of refused) {
            await this.store.recordRefusal({
              processId,
              attemptedAt: this.#clock().toISOString(),
              event: plain(inputs[index]) ?? null,
              code: rejection.code,
              rejection: plain(rejection),
            });
          }
          if (accepted.length === 0 && refused.some((r) => r.rejection.details?.stopped === true)) {
            this.#evict(processId);
          }
          return { ...state, accepted: accepted.length, refused, duplicate: false };
        } catch (error) {
          if (error instanceof StaleWriteError && attempt < this.#retries) continue;
          // Another writer committed the same batch first: the next round reports it.
          if (error instanceof DuplicateKeyError && key !== null) continue;
          throw error;
        }
      }
    });
  }

  /**
   * The stored envelope and version of a process, migrated to the registered machine version.
   *
   * @throws {ProcessNotFoundError}, {UnknownMachineError}, {UnknownVersionError}
   */
  async get(processId: string): Promise<{ seq: number; envelope: SnapshotEnvelope }> {
    const stored = await this.store.load(processId);
    if (stored === undefined) throw new ProcessNotFoundError(processId);
    return {
      seq: stored.seq,
      envelope: this.registry.upgrade(readable(processId, stored.envelope)),
    };
  }

  /**
   * Brings a process into memory (restoring its actor from the stored, migrated snapshot unless
   * it is already live) and returns its current persisted snapshot.
   *
   * @throws {ProcessNotFoundError}, {UnknownMachineError}, {UnknownVersionError}
   */
  async load(processId: string): Promise<{ seq: number; snapshot: unknown }> {
    return this.#inLane(processId, async () => {
      const live = await this.#live(processId);
      return { seq: live.seq, snapshot: live.actor.getPersistedSnapshot() };
    });
  }

  /** The refused attempts recorded for a process, oldest first. */
  refusals(processId: string): Promise<RefusalRecord[]> {
    return this.store.refusals(processId);
  }

  /** A process's log records in order. */
  events(processId: string): Promise<EventRecord[]> {
    return this.store.events(processId);
  }

  /**
   * Checks a process's hash chain and reports the first altered or missing record.
   *
   * @throws {ProcessNotFoundError}
   */
  async verify(processId: string): Promise<VerifyResult> {
    const stored = await this.store.load(processId);
    if (stored === undefined) throw new ProcessNotFoundError(processId);
    const chain = verifyChain(stored, await this.store.events(processId));
    if (!chain.ok) return chain;
    const fail = (problem: 'unreadable' | 'snapshot-mismatch', message: string): VerifyResult => ({
      ok: false,
      seq: stored.seq,
      problem,
      message: `process "${processId}", record ${stored.seq}: ${message}`,
    });
    if (stored.envelope.snapshot instanceof UnreadableJson) {
      return fail('unreadable', 'the stored snapshot is not readable JSON');
    }
    // The snapshot is not in the chain: rebuild it from the log and compare.
    if (this.registry.has(stored.envelope.machine)) {
      const replay = await this.replay(processId);
      if (!replay.equal) {
        return fail(
          'snapshot-mismatch',
          replay.divergedAt === undefined
            ? 'the stored snapshot is not what its log rebuilds'
            : `the log no longer replays from record ${replay.divergedAt}`,
        );
      }
    }
    return chain;
  }

  /**
   * Rebuilds a process from its log (start input, then every event through `dispatch`) with the
   * registered machine, and compares the result with the stored snapshot.
   *
   * @throws {ProcessNotFoundError}, {UnknownMachineError}, {UnknownVersionError}
   */
  async replay(processId: string): Promise<ReplayResult> {
    const { seq, envelope } = await this.get(processId);
    const records = await this.store.events(processId);
    const entry = this.registry.get(envelope.machine);
    const start = records[0];
    if (start === undefined || start.kind !== 'start') {
      throw new HostError('replay', `process "${processId}": the log has no start record`);
    }
    const input: unknown =
      typeof start.body === 'object' && start.body !== null
        ? Reflect.get(start.body, 'input')
        : undefined;
    const actor = createActor(entry.machine, { input: input ?? undefined });
    actor.subscribe({ error: () => {} });
    actor.start();
    try {
      for (const record of records.slice(1)) {
        const result = dispatch(actor, record.body);
        if (!result.ok) {
          return {
            equal: false,
            seq,
            replayed: plain(actor.getPersistedSnapshot()),
            stored: envelope.snapshot,
            divergedAt: record.seq,
            rejection: result.rejection,
          };
        }
      }
      const replayed = plain(actor.getPersistedSnapshot());
      return {
        equal: canonicalJson(replayed) === canonicalJson(envelope.snapshot),
        seq,
        replayed,
        stored: envelope.snapshot,
      };
    } finally {
      actor.stop();
    }
  }

  /**
   * Delivers one scheduled deadline: a `TICK { at, by: { id: 'host', role: 'system' } }` with
   * `at` its due time (or the process clock, if that is later), at most once in effect — the
   * delivery is keyed by process, deadline id and the version that scheduled it.
   */
  async deliver(row: DeadlineRow, now: Date = this.#clock()): Promise<DeliveryOutcome> {
    if (Date.parse(row.dueAt) > now.getTime()) return 'not-due';
    return this.#inLane(row.processId, async () => {
      for (let attempt = 0; ; attempt++) {
        const live = await this.#live(row.processId);
        const clock = contextNow(live.actor);
        const tick = {
          type: 'TICK',
          at: clock === undefined ? row.dueAt : laterOf(row.dueAt, clock),
          by: { id: 'host', role: 'system' },
        };
        try {
          const result = await this.#dispatchAndCommit(
            live,
            row.processId,
            tick,
            deliveryKey(row.deadlineId, row.scheduledSeq),
            row,
          );
          if (result.ok) return 'delivered';
          if (await this.#isStale(live, row.processId)) continue;
          await this.store.settleDeadline(row, 'refused');
          return 'refused';
        } catch (error) {
          if (error instanceof DeadlineSettledError || error instanceof DuplicateKeyError) {
            return 'settled';
          }
          if (error instanceof StaleWriteError && attempt < this.#retries) continue;
          throw error;
        }
      }
    });
  }

  /**
   * Delivers every deadline due by the host's clock (or `now`), up to `limit`. Safe to run from
   * several hosts at once and after any restart: deadlines that fell due while the host was down
   * are delivered now.
   */
  async deliverDue(
    now: Date = this.#clock(),
    limit = 500,
  ): Promise<Record<DeliveryOutcome, number>> {
    const counts: Record<DeliveryOutcome, number> = {
      delivered: 0,
      refused: 0,
      settled: 0,
      'not-due': 0,
    };
    const rows = await this.store.dueDeadlines(now.toISOString(), limit);
    for (const row of rows) counts[await this.deliver(row, now)]++;
    return counts;
  }

  /**
   * Runs deadline delivery in the background: through the store's durable queue when it has
   * one (PostgreSQL: pg-boss), otherwise by polling the store every `intervalMs` (default 250).
   */
  async runDeadlines(options: { readonly intervalMs?: number } = {}): Promise<DeadlineLoop> {
    if (this.store.workDeadlines !== undefined) {
      return this.store.workDeadlines(async (row) => {
        const outcome = await this.deliver(row);
        // pg-boss retries a failed job: a deadline our clock does not see as due yet is retried.
        if (outcome === 'not-due')
          throw new HostError('not-due', `deadline ${row.deadlineId} not due yet`);
      });
    }
    const intervalMs = options.intervalMs ?? 250;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const tick = () => {
      if (stopped) return;
      running = this.deliverDue()
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) timer = setTimeout(tick, intervalMs);
        });
    };
    tick();
    return {
      stop: async () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        await running;
      },
    };
  }

  /** Publishes up to `limit` outbox messages through `publish` (at least once). */
  drainOutbox(
    publish: (message: OutboxMessage) => Promise<void> | void,
    limit = 500,
  ): Promise<number> {
    return this.store.drainOutbox(publish, limit);
  }

  /** Drops every live actor from memory (the store is untouched). */
  evictAll(): void {
    for (const live of this.#cache.values()) live.actor.stop();
    this.#cache.clear();
  }

  /** Waits for work in progress, drops live actors and closes the store. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#lanes.values()]);
    this.evictAll();
    await this.store.close();
  }

  async #apply(processId: string, input: unknown, key: string | null): Promise<SendResult> {
    for (let attempt = 0; ; attempt++) {
      if (key !== null) {
        const logged = await this.store.findByKey(processId, key);
        if (logged !== undefined) return this.#duplicate(processId, logged);
      }
      const live = await this.#live(processId);
      try {
        const result = await this.#dispatchAndCommit(live, processId, input, key, undefined);
        if (result.ok) return result;
        // A refusal judged on a stale cached snapshot is not a refusal: reload and judge again.
        if (await this.#isStale(live, processId)) continue;
        return result;
      } catch (error) {
        if (error instanceof StaleWriteError && attempt < this.#retries) continue;
        if (error instanceof DuplicateKeyError && key !== null) continue;
        throw error;
      }
    }
  }

  async #duplicate(processId: string, logged: EventRecord): Promise<SendAccepted> {
    const { seq, envelope } = await this.get(processId);
    return { ok: true, processId, seq, envelope, emitted: [], event: logged.body, duplicate: true };
  }

  async #isStale(live: Live, processId: string): Promise<boolean> {
    const head = await this.store.head(processId);
    if (head === live.seq) return false;
    this.#evict(processId);
    return true;
  }

  async #dispatchAndCommit(
    live: Live,
    processId: string,
    input: unknown,
    key: string | null,
    delivers: DeadlineRow | undefined,
  ): Promise<SendResult> {
    const emitted: unknown[] = [];
    const subscription = live.actor.on('*', (event: unknown) => emitted.push(event));
    let result: ReturnType<typeof dispatch>;
    try {
      result = dispatch(live.actor, input);
    } finally {
      subscription.unsubscribe();
    }
    if (!result.ok) {
      if (result.rejection.details?.stopped === true) this.#evict(processId);
      await this.store.recordRefusal({
        processId,
        attemptedAt: this.#clock().toISOString(),
        event: plain(input) ?? null,
        code: result.rejection.code,
        rejection: plain(result.rejection),
      });
      return { ok: false, processId, rejection: result.rejection };
    }
    const state = await this.#commit(
      live,
      processId,
      'event',
      plain(result.event),
      key,
      emitted,
      delivers,
    );
    return { ok: true, ...state, event: result.event, duplicate: false };
  }

  #stateOf(live: Live, processId: string): ProcessState {
    const envelope: SnapshotEnvelope = {
      machine: live.entry.id,
      version: live.entry.version,
      snapshot: plain(live.actor.getPersistedSnapshot()),
    };
    return { processId, seq: live.seq, envelope, emitted: [] };
  }

  // Writes a batch of accepted events as consecutive records with one snapshot; on any failure
  // the in-memory actor (already advanced) is dropped, so the next call reloads the stored one.
  async #commitMany(
    live: Live,
    processId: string,
    bodies: readonly unknown[],
    emitted: readonly unknown[],
    key: string | null,
  ): Promise<ProcessState> {
    const snapshot = plain(live.actor.getPersistedSnapshot());
    const envelope: SnapshotEnvelope = {
      machine: live.entry.id,
      version: live.entry.version,
      snapshot,
    };
    const pending = pendingOf(snapshot);
    const { schedule, cancel } = diffDeadlines(live.pending, pending);
    const records: EventRecord[] = [];
    let prevHash = live.headHash;
    for (const [i, body] of bodies.entries()) {
      const fields = {
        processId,
        seq: live.seq + 1 + i,
        kind: 'event' as const,
        machineVersion: live.entry.version,
        // The batch commits whole or not at all, so its key rides on its last record.
        key: i === bodies.length - 1 ? key : null,
        body,
        recordedAt: this.#clock().toISOString(),
        prevHash,
      };
      const record: EventRecord = { ...fields, hash: hashRecord(fields) };
      records.push(record);
      prevHash = record.hash;
    }
    const last = records[records.length - 1]!;
    const outbox = emitted.map((event) => ({ type: typeOfEvent(event), payload: plain(event) }));
    try {
      await this.store.commit({
        processId,
        expectedSeq: live.seq,
        record: last,
        earlier: records.slice(0, -1),
        envelope,
        schedule,
        cancel,
        outbox,
      });
    } catch (error) {
      this.#evict(processId);
      throw error;
    }
    live.seq = last.seq;
    live.headHash = last.hash;
    live.pending = pending;
    this.#remember(processId, live);
    return { processId, seq: last.seq, envelope, emitted: outbox.map((m) => m.payload) };
  }

  // Writes the record; on any failure the in-memory actor (already advanced) is dropped.
  async #commit(
    live: Live,
    processId: string,
    kind: RecordKind,
    body: unknown,
    key: string | null,
    emitted: readonly unknown[],
    delivers?: DeadlineRow,
  ): Promise<ProcessState> {
    const snapshot = plain(live.actor.getPersistedSnapshot());
    const envelope: SnapshotEnvelope = {
      machine: live.entry.id,
      version: live.entry.version,
      snapshot,
    };
    const pending = pendingOf(snapshot);
    const { schedule, cancel } = diffDeadlines(live.pending, pending);
    const fields = {
      processId,
      seq: live.seq + 1,
      kind,
      machineVersion: live.entry.version,
      key,
      body,
      recordedAt: this.#clock().toISOString(),
      prevHash: live.headHash,
    };
    const record: EventRecord = { ...fields, hash: hashRecord(fields) };
    const outbox = emitted.map((event) => ({ type: typeOfEvent(event), payload: plain(event) }));
    try {
      await this.store.commit({
        processId,
        expectedSeq: kind === 'start' ? null : live.seq,
        record,
        envelope,
        schedule,
        cancel,
        ...(delivers === undefined
          ? {}
          : { delivers: { deadlineId: delivers.deadlineId, scheduledSeq: delivers.scheduledSeq } }),
        outbox,
      });
    } catch (error) {
      if (kind === 'event') this.#evict(processId);
      throw error;
    }
    live.seq = record.seq;
    live.headHash = record.hash;
    live.pending = pending;
    this.#remember(processId, live);
    return { processId, seq: record.seq, envelope, emitted: outbox.map((m) => m.payload) };
  }

  async #live(processId: string): Promise<Live> {
    const cached = this.#cache.get(processId);
    if (cached !== undefined) {
      this.#cache.delete(processId);
      this.#cache.set(processId, cached);
      return cached;
    }
    const stored = await this.store.load(processId);
    if (stored === undefined) throw new ProcessNotFoundError(processId);
    const envelope = this.registry.upgrade(readable(processId, stored.envelope));
    const entry = this.registry.get(envelope.machine);
    const actor: LiveActor = createActor(entry.machine, {
      snapshot: envelope.snapshot as ReturnType<LiveActor['getPersistedSnapshot']>,
    });
    actor.subscribe({ error: () => {} });
    actor.start();
    const live: Live = {
      entry,
      actor,
      seq: stored.seq,
      headHash: stored.headHash,
      pending: pendingOf(envelope.snapshot),
    };
    this.#remember(processId, live);
    return live;
  }

  #remember(processId: string, live: Live): void {
    this.#cache.delete(processId);
    this.#cache.set(processId, live);
    while (this.#cache.size > this.#cacheSize) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#evict(oldest);
    }
  }

  #evict(processId: string): void {
    const live = this.#cache.get(processId);
    if (live === undefined) return;
    this.#cache.delete(processId);
    live.actor.stop();
  }

  // One operation at a time per process inside this host; other hosts are kept out by versions.
  #inLane<T>(processId: string, run: () => Promise<T>): Promise<T> {
    const before = this.#lanes.get(processId) ?? Promise.resolve();
    const result = before.then(run, run);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#lanes.set(processId, tail);
    void tail.then(() => {
      if (this.#lanes.get(processId) === tail) this.#lanes.delete(processId);
    });
    return result;
  }
}

// A damaged snapshot row is named, not fed to the machine.
function readable(processId: string, envelope: SnapshotEnvelope): SnapshotEnvelope {
  if (envelope.snapshot instanceof UnreadableJson) {
    throw new HostError(
      'unreadable-snapshot',
      `process "${processId}": its stored snapshot is not readable JSON; verify it and restore it from the log (replay)`,
    );
  }
  return envelope;
}

/** A JSON round trip: what the store will give back. */
function plain<T>(value: T): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function typeOfEvent(event: unknown): string {
  const type: unknown =
    typeof event === 'object' && event !== null ? Reflect.get(event, 'type') : undefined;
  return typeof type === 'string' ? type : 'unknown';
}

function errorOf(actor: LiveActor): string | undefined {
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'error') return undefined;
  const error: unknown = snapshot.error;
  return error instanceof Error ? error.message : String(error);
}

function contextNow(actor: LiveActor): string | undefined {
  const context: unknown = actor.getSnapshot().context;
  const now: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'now') : undefined;
  return typeof now === 'string' ? now : undefined;
}
