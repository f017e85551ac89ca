import {
  DEFAULT_EVENT_LIMITS,
  defineProfile,
  dispatch,
  type Profile,
  type Rejection,
  type Role,
} from '@jiayuan/core';
import { type Actor, type AnyStateMachine, createActor } from 'xstate';
import { DeadlineTitleCache, deadlineRows, titleDeadlines } from './deadline-titles.js';
import { deliveryKey, diffDeadlines, laterOf, type PendingMap, pendingOf } from './deadlines.js';
import {
  DeadlineSettledError,
  DuplicateKeyError,
  HostError,
  ProcessNotFoundError,
  ProfileConflictError,
  ProfileNotFoundError,
  StaleWriteError,
  StartFailedError,
} from './errors.js';
import { canonicalJson, GENESIS_HASH, hashRecord } from './hash.js';
import { contextProfile, pinnedInput, startsAs } from './pin-profile.js';
import { checkPrincipal, type Principal } from './principal.js';
import {
  profileRefHashes,
  profilesIn,
  withProfileRefs,
  withProfiles,
  withProfilesAsRead,
} from './profile-refs.js';
import { type ProfileEntry, type ProfileRef, ProfileRegistry, profileHash } from './profiles.js';
import { type MachineEntry, MachineRegistry, type SnapshotEnvelope } from './registry.js';
import {
  type AssignRequest,
  checkAssign,
  checkRevoke,
  heldRoles,
  type RevokeRequest,
} from './role-requests.js';
import { DEFAULT_CLOCK_SKEW_MS, stampEvent } from './stamp.js';
import { startIssuesOf } from './start-issues.js';
import type {
  DeadlineRow,
  EventRecord,
  HostStore,
  OutboxMessage,
  RecordKind,
  RefusalRecord,
  RoleAssignment,
  RoleChange,
  RoleFilter,
} from './store/contract.js';
import { UnreadableJson } from './store/rows.js';
import { type VerifyResult, verifyChain } from './verify.js';
import { type AssignmentsVerifyResult, verifyAssignments } from './verify-roles.js';
import { buildView } from './view/build-view.js';
import { checkDeadlineRead, checkProcessId, checkViewRead } from './view/read-options.js';
import { checkMachine, restoreProcess } from './view/restore.js';
import type {
  DeadlineListing,
  DeadlineQuery,
  LoadedProcess,
  ProcessView,
  ViewOptions,
} from './view/types.js';

/** Options of {@link createHost}. */
export interface HostOptions {
  readonly store: HostStore;
  readonly machines: readonly MachineEntry[];
  /**
   * Profiles the host application defines, by version, besides core's shipped ones. A persisted
   * snapshot names its profile by id, version and content hash; the store keeps each content
   * once. Default: none.
   */
  readonly profiles?: readonly ProfileEntry[];
  /** The host's clock: record times and which deadlines are due. Default: the system clock. */
  readonly clock?: () => Date;
  /** How often a send retries after a {@link StaleWriteError} from a concurrent writer. Default 20. */
  readonly retries?: number;
  /** How many live actors to keep in memory. Default 10,000. */
  readonly cacheSize?: number;
  /**
   * The scopes a process belongs to besides its own id and `'*'` (every process), for role
   * assignments: e.g. its complex's id, so that a committee assigned for the complex acts in every
   * one of its processes. Default: none.
   */
  readonly scopesOf?: (processId: string) => readonly string[];
  /**
   * How far, in milliseconds, a time written on paper (a ballot keyed in later by a clerk) may be
   * ahead of the host's clock: such a ballot dated later than now plus this is refused
   * `time-in-future`. Default 120,000 (2 minutes), for a clerk's watch that runs a little fast.
   */
  readonly clockSkewMs?: number;
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

/** Options of `host.sendTrusted` and `host.sendManyTrusted`. */
export interface TrustedSendOptions {
  /**
   * An idempotency key: a second send with the same key is not applied again, and returns the
   * first one's record with `duplicate: true`. Use it when a client may retry.
   */
  readonly key?: string;
}

/** Options of `host.send` and `host.sendMany`. */
export interface SendOptions extends TrustedSendOptions {
  /** Who sends, as the host application authenticated them; never read from the event. */
  readonly principal: Principal;
  /**
   * The role to act in, when the principal holds several that may send the event (a committee
   * member who is also an owner). Without it, such an event is refused `role-ambiguous`.
   */
  readonly as?: Role;
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

/** An authenticated sender, checked. */
interface Sender {
  readonly principal: Principal;
  readonly as?: Role;
}

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
  /** The profiles the host knows (core's shipped ones and `HostOptions.profiles`). */
  readonly profiles: ProfileRegistry;
  readonly #clock: () => Date;
  readonly #retries: number;
  readonly #cacheSize: number;
  readonly #scopesOf: (processId: string) => readonly string[];
  readonly #skewMs: number;
  readonly #cache = new Map<string, Live>();
  readonly #lanes = new Map<string, Promise<unknown>>();
  readonly #deadlineTitles = new DeadlineTitleCache();
  // Profile contents by hash (immutable), and the hashes the store is known to keep.
  readonly #profileContent = new Map<string, unknown>();
  // The reference each content hash is kept under (see #keep).
  readonly #keptProfiles = new Map<string, ProfileRef>();

  constructor(options: HostOptions) {
    this.store = options.store;
    this.registry = new MachineRegistry(options.machines);
    this.profiles = new ProfileRegistry(options.profiles ?? []);
    this.#clock = options.clock ?? (() => new Date());
    this.#retries = options.retries ?? 20;
    this.#cacheSize = options.cacheSize ?? 10_000;
    this.#scopesOf = options.scopesOf ?? (() => []);
    this.#skewMs = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
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
        throw new StartFailedError(entry.id, messageOf(failed), startIssuesOf(failed));
      }
      const live: Live = { entry, actor, seq: -1, headHash: GENESIS_HASH, pending: new Map() };
      const started = plain(actor.getPersistedSnapshot());
      // The profile the machine took by default is logged with the input (see pinnedInput).
      const pinned = pinnedInput(request.input, contextProfile(started));
      const logged =
        pinned !== undefined && startsAs(entry.machine, pinned, canonicalJson(started))
          ? pinned
          : request.input;
      try {
        return await this.#commit(
          live,
          processId,
          'start',
          { input: logged ?? null },
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
   * Sends untrusted input from an authenticated principal to process `processId`. The event's
   * `by` is filled in from the principal and the role it holds for the process (see
   * {@link Host.assign}) that the event's catalog entry permits, and its `at` from the host's
   * clock; an event that claims another sender or carries its own time is refused (see
   * `stampEvent`). Then `dispatch`: a refusal is returned and recorded, never applied; an
   * accepted event is logged and saved before this resolves.
   *
   * @throws {HostError} `principal-required` or `invalid-principal` without a valid principal.
   * @throws {ProcessNotFoundError} for an unknown process.
   * @throws {StaleWriteError} when concurrent writers win more than `retries` times in a row.
   */
  async send(processId: string, input: unknown, options: SendOptions): Promise<SendResult> {
    const sender = this.#sender(options);
    return this.#inLane(processId, () =>
      this.#apply(processId, input, options.key ?? null, sender),
    );
  }

  /**
   * Sends an event whose sender and time are taken as they are: for replaying or importing a
   * log, for the host application's own coordinators, and for tests — never for a client's
   * input, which goes through {@link Host.send}. Otherwise as `send`.
   *
   * @throws {ProcessNotFoundError} for an unknown process.
   * @throws {StaleWriteError} when concurrent writers win more than `retries` times in a row.
   */
  async sendTrusted(
    processId: string,
    input: unknown,
    options: TrustedSendOptions = {},
  ): Promise<SendResult> {
    return this.#inLane(processId, () =>
      this.#apply(processId, input, options.key ?? null, undefined),
    );
  }

  /**
   * Sends several events to one process in order, as {@link send} would one by one, but writes
   * the snapshot once: every accepted event is logged as its own hash-chained record and the
   * whole batch is committed in one transaction (or not at all). Refused inputs are recorded in
   * the audit table and reported by position; they do not stop the batch. For bulk input such as
   * a counting session's paper ballots, where writing a large snapshot per event would dominate.
   * With a `key`, a retried batch (after a crash or a timeout) is applied once; a batch with no
   * accepted event logs nothing, so its retry records its refusals again. Each event's sender
   * and time are filled in from the principal and the host's clock as `send` does.
   *
   * @throws {HostError} `principal-required` or `invalid-principal` without a valid principal.
   */
  async sendMany(
    processId: string,
    inputs: readonly unknown[],
    options: SendOptions,
  ): Promise<SendManyResult> {
    return this.#sendMany(processId, inputs, options.key ?? null, this.#sender(options));
  }

  /**
   * {@link Host.sendMany} for events whose sender and time are taken as they are (replay,
   * import, the host application's own coordinators, tests); see {@link Host.sendTrusted}.
   */
  async sendManyTrusted(
    processId: string,
    inputs: readonly unknown[],
    options: TrustedSendOptions = {},
  ): Promise<SendManyResult> {
    return this.#sendMany(processId, inputs, options.key ?? null, undefined);
  }

  async #sendMany(
    processId: string,
    inputs: readonly unknown[],
    key: string | null,
    sender: Sender | undefined,
  ): Promise<SendManyResult> {
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
        const held = sender === undefined ? [] : await this.#held(sender.principal.id, processId);
        const accepted: unknown[] = [];
        const refused: { index: number; rejection: Rejection }[] = [];
        const emitted: unknown[] = [];
        const subscription = live.actor.on('*', (event: unknown) => emitted.push(event));
        try {
          inputs.forEach((input, index) => {
            const stamped =
              sender === undefined
                ? { ok: true as const, event: input }
                : stampEvent(live.actor, input, this.#stamp(sender, held));
            const result = stamped.ok ? dispatch(live.actor, stamped.event) : stamped;
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
            await this.#recordRefusal(processId, inputs[index], rejection);
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
   * @deprecated Use {@link Host.load}, which gives the same `seq` and `envelope` and the
   *   restored snapshot; kept for hosts written against 0.1.
   * @throws {ProcessNotFoundError}, {UnknownMachineError}, {UnknownVersionError}
   */
  async get(processId: string): Promise<{ seq: number; envelope: SnapshotEnvelope }> {
    const stored = await this.store.load(processId);
    if (stored === undefined) throw new ProcessNotFoundError(processId);
    return {
      seq: stored.seq,
      envelope: this.registry.upgrade(
        await this.#withProfiles(readable(processId, stored.envelope)),
      ),
    };
  }

  /**
   * Reads a stored process: its version, the machine it runs, the stored envelope (migrated to
   * the registered machine version) and its snapshot restored by that machine. Given the
   * machine, checks that the process runs it (or a machine made from it by `provide()`) and
   * types the snapshot by it: `(await host.load(id, formationMachine)).snapshot.context` is the
   * formation's context. The snapshot is a copy, read from the store: nothing runs, and a
   * process live in this host is not touched.
   *
   * @throws {MachineMismatchError} when the process runs another machine.
   * @throws {ProcessNotFoundError}, {UnknownMachineError}, {UnknownVersionError}
   */
  async load<TMachine extends AnyStateMachine>(
    processId: string,
    machine: TMachine,
  ): Promise<LoadedProcess<TMachine>>;
  async load(processId: string): Promise<LoadedProcess>;
  async load(processId: string, machine?: AnyStateMachine): Promise<LoadedProcess> {
    checkProcessId(processId);
    const { seq, envelope } = await this.get(processId);
    const entry = this.registry.get(envelope.machine);
    if (machine !== undefined) checkMachine(processId, entry, machine, this.registry);
    return restoreProcess(processId, seq, entry, envelope);
  }

  /**
   * A process as `principal` may read and act on it now, with texts in `locale` (and both
   * languages alongside): the state value, the active states' titles, descriptions and
   * articles, the events this principal may send now with their JSON Schemas, the pending and
   * missed deadlines (due times in Asia/Shanghai) and the last `log` log records.
   *
   * An event is listed when an active state handles it and the principal holds, for this
   * process (see {@link Host.rolesOf}), a role its catalog entry permits. Its guards and rules
   * are not judged: most depend on the payload, which is not written yet, so a listed event may
   * still be refused on `send`, with the reason.
   *
   * @throws {InvalidReadError} for a bad argument; `HostError` `invalid-principal`.
   * @throws {ProcessNotFoundError}, {UnknownMachineError}, {UnknownVersionError}
   */
  async view(processId: string, options: ViewOptions): Promise<ProcessView> {
    const read = checkViewRead(processId, options);
    const loaded = await this.load(processId);
    const held = await this.#held(read.principal.id, processId);
    const from = Math.max(0, loaded.seq - read.log + 1);
    const records = read.log === 0 ? [] : await this.store.events(processId, from);
    return buildView({ ...read, loaded, held, records, now: this.#clock() });
  }

  /**
   * The deadlines of every process due at or before `dueBefore`, soonest first: by default the
   * scheduled ones (not yet delivered), each with its process, machine, title in both languages
   * and due time in Asia/Shanghai. Other statuses are found by reading every process's
   * deadlines, for audits.
   *
   * @throws {InvalidReadError} for a bad argument.
   */
  async deadlines(query: DeadlineQuery): Promise<DeadlineListing[]> {
    const read = checkDeadlineRead(query);
    const rows = await deadlineRows(this.store, read);
    const load = async (id: string) => (await this.get(id)).envelope;
    return titleDeadlines(rows, load, read.locale, this.#deadlineTitles);
  }

  /**
   * Records that `principal` holds `role` in `scope` (a process id, a scope `scopesOf` names, or
   * `'*'`) from `since` (default: now by the host's clock), granted by `grantedBy` for `reason`,
   * with an entry in the audit trail. Granting a role already held changes nothing and returns
   * the assignment held with `granted: false`.
   *
   * @throws {RoleAssignmentError} for `system` (never assigned: it is the host's deadline
   *   scheduler's), an unknown role, or a missing or oversized field.
   */
  async assign(
    request: AssignRequest,
  ): Promise<{ readonly assignment: RoleAssignment; readonly granted: boolean }> {
    const now = this.#clock();
    return this.store.grantRole(checkAssign(request, now));
  }

  /**
   * Ends an assignment, with an entry in the audit trail (who revoked it, why, when). Returns
   * the assignment that ended, or `undefined` when none was held (nothing recorded).
   *
   * @throws {RoleAssignmentError} for a missing or oversized field.
   */
  async revoke(request: RevokeRequest): Promise<RoleAssignment | undefined> {
    return this.store.revokeRole(checkRevoke(request, this.#clock()));
  }

  /**
   * The roles `principal` holds for process `processId` now: assignments in the process's own
   * scope, the scopes `scopesOf` names for it, and `'*'`, that hold from a time not after the
   * host's clock. In core's `ROLES` order; never `system`.
   */
  async rolesOf(principal: string | Principal, processId: string): Promise<Role[]> {
    return this.#held(typeof principal === 'string' ? principal : principal.id, processId);
  }

  /** The scopes whose assignments act in process `processId`: its id, `scopesOf`'s, `'*'`. */
  scopesOf(processId: string): string[] {
    return [...new Set([processId, ...this.#scopesOf(processId), '*'])];
  }

  /** The assignments held now (all, or a principal's, or in some scopes). */
  assignments(filter?: RoleFilter): Promise<RoleAssignment[]> {
    return this.store.roleAssignments(filter);
  }

  /** The audit trail of grants and revocations (all, or a principal's, or in some scopes). */
  assignmentHistory(filter?: RoleFilter): Promise<RoleChange[]> {
    return this.store.roleChanges(filter);
  }

  /**
   * Checks the audit trail of role assignments (a hash chain) and that it gives exactly the
   * assignments held: names the first altered or missing change, and an assignment written
   * around the host.
   */
  async verifyAssignments(): Promise<AssignmentsVerifyResult> {
    return verifyAssignments(await this.store.roleChanges(), await this.store.roleAssignments());
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
    const fail = (
      problem: 'unreadable' | 'snapshot-mismatch' | 'profile',
      message: string,
    ): VerifyResult => ({
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
      let replay: ReplayResult;
      try {
        replay = await this.replay(processId);
      } catch (error) {
        if (error instanceof ProfileNotFoundError) return fail('profile', error.message);
        throw error;
      }
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
    const body = await this.#resolveProfiles(start.body);
    const input: unknown =
      typeof body === 'object' && body !== null ? Reflect.get(body, 'input') : undefined;
    const actor = replayActor(entry.machine, input, contextProfile(envelope.snapshot));
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
        // Compared as core reads profiles today (a retired key stored before is no difference).
        equal:
          canonicalJson(withProfilesAsRead(replayed)) ===
          canonicalJson(withProfilesAsRead(envelope.snapshot)),
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

  /**
   * Registers a profile under `version` (see {@link HostOptions.profiles}) and keeps its content
   * in the store. Returns its reference.
   *
   * @throws {ProfileConflictError} when this host or the store already holds another content
   *   under the same id and version.
   */
  async registerProfile(entry: ProfileEntry): Promise<ProfileRef> {
    const ref = this.profiles.register(entry);
    return this.#keep(ref, this.profiles.byHash(ref.hash)?.profile, false);
  }

  // The value with its profiles replaced by references, each content kept in the store first
  // (outside the commit: a content kept for a commit that then fails is harmless).
  async #refs(value: unknown): Promise<unknown> {
    const refs = new Map<string, ProfileRef>();
    for (const [hash, profile] of profilesIn(value)) {
      const ref = this.profiles.byHash(hash)?.ref ?? { id: profile.id, version: null, hash };
      refs.set(hash, await this.#keep(ref, profile, this.profiles.isShipped(ref)));
    }
    if (refs.size === 0) return value;
    return withProfileRefs(value, (hash) => refs.get(hash) as ProfileRef);
  }

  async #withRefs(envelope: SnapshotEnvelope): Promise<SnapshotEnvelope> {
    return { ...envelope, snapshot: await this.#refs(envelope.snapshot) };
  }

  // Keeps a content in the store under `ref`; returns the reference it is kept under. A shipped
  // profile whose version already holds an earlier content (a later @jiayuan/core) is kept by
  // content alone: the host application does not version core's profiles. So is a host's own
  // profile whose held content is the same profile as core reads it now (a key core retired,
  // stored before, is dropped when read): the text did not change, only its spelling.
  async #keep(
    ref: ProfileRef,
    profile: unknown,
    byContentOnConflict: boolean,
  ): Promise<ProfileRef> {
    const kept = this.#keptProfiles.get(ref.hash);
    if (kept !== undefined) return kept;
    let final = ref;
    try {
      await this.store.putProfile({ ...ref, profile });
    } catch (error) {
      if (!(error instanceof ProfileConflictError)) throw error;
      if (!byContentOnConflict && !(await this.#readsAs(error.heldHash, ref.hash))) throw error;
      final = { ...ref, version: null };
      await this.store.putProfile({ ...final, profile });
    }
    this.#keptProfiles.set(ref.hash, final);
    this.#profileContent.set(ref.hash, profile);
    return final;
  }

  // Whether the content held under `heldHash` reads, under today's schema, as the profile whose
  // hash is `hash`.
  async #readsAs(heldHash: string, hash: string): Promise<boolean> {
    const held = await this.store.profile(heldHash);
    if (held === undefined) return false;
    try {
      // Stored content is untrusted: defineProfile validates it, and a content it refuses is not.
      return profileHash(defineProfile(held.profile as Profile)) === hash;
    } catch {
      return false;
    }
  }

  async #withProfiles(envelope: SnapshotEnvelope): Promise<SnapshotEnvelope> {
    return { ...envelope, snapshot: await this.#resolveProfiles(envelope.snapshot) };
  }

  // References back to contents: from memory, the registry, or the store (checked by hash).
  async #resolveProfiles(value: unknown): Promise<unknown> {
    const hashes = profileRefHashes(value);
    if (hashes.size === 0) return value;
    for (const hash of hashes) {
      if (this.#profileContent.has(hash)) continue;
      const stored = await this.store.profile(hash);
      if (stored === undefined) throw new ProfileNotFoundError(hash, 'missing');
      if (profileHash(stored.profile) !== hash) throw new ProfileNotFoundError(hash, 'altered');
      this.#profileContent.set(hash, stored.profile);
    }
    return withProfiles(value, (hash) => this.#profileContent.get(hash));
  }

  async #apply(
    processId: string,
    input: unknown,
    key: string | null,
    sender: Sender | undefined,
  ): Promise<SendResult> {
    for (let attempt = 0; ; attempt++) {
      if (key !== null) {
        const logged = await this.store.findByKey(processId, key);
        if (logged !== undefined) return this.#duplicate(processId, logged);
      }
      const live = await this.#live(processId);
      let event = input;
      if (sender !== undefined) {
        const held = await this.#held(sender.principal.id, processId);
        const stamped = stampEvent(live.actor, input, this.#stamp(sender, held));
        if (!stamped.ok) {
          await this.#recordRefusal(processId, input, stamped.rejection);
          return { ok: false, processId, rejection: stamped.rejection };
        }
        event = stamped.event;
      }
      try {
        const result = await this.#dispatchAndCommit(live, processId, event, key, undefined);
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

  #sender(options: SendOptions | undefined): Sender {
    if (options === undefined || options === null || options.principal === undefined) {
      throw new HostError(
        'principal-required',
        'host.send needs { principal }: the sender the host application authenticated (use sendTrusted only to replay or import a log)',
      );
    }
    return {
      principal: checkPrincipal(options.principal),
      ...(options.as === undefined ? {} : { as: options.as }),
    };
  }

  #stamp(sender: Sender, held: readonly Role[]) {
    return {
      principal: sender.principal,
      held,
      ...(sender.as === undefined ? {} : { as: sender.as }),
      now: this.#clock(),
      skewMs: this.#skewMs,
    };
  }

  async #held(principal: string, processId: string): Promise<Role[]> {
    const assignments = await this.store.roleAssignments({
      principal,
      scopes: this.scopesOf(processId),
    });
    return heldRoles(assignments, this.#clock());
  }

  async #recordRefusal(processId: string, input: unknown, rejection: Rejection): Promise<void> {
    await this.store.recordRefusal({
      processId,
      attemptedAt: this.#clock().toISOString(),
      event: refusedEvent(input),
      code: rejection.code,
      rejection: plain(rejection),
    });
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
      await this.#recordRefusal(processId, input, result.rejection);
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
        envelope: await this.#withRefs(envelope),
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
      // A start input's profile is logged as a reference too (its hash covers the reference).
      body: kind === 'start' ? await this.#refs(body) : body,
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
        envelope: await this.#withRefs(envelope),
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
    const envelope = this.registry.upgrade(
      await this.#withProfiles(readable(processId, stored.envelope)),
    );
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

/**
 * A refused input as the audit table keeps it: its JSON, unless that is over the size limit of a
 * whole event (a marker with its size then, so a refused 10 MB input is not stored) or cannot be
 * written as JSON at all (a cycle, a bigint).
 */
function refusedEvent(input: unknown): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return { omitted: 'not-json' };
  }
  if (json === undefined) return null;
  if (json.length > DEFAULT_EVENT_LIMITS.maxEventChars) {
    return { omitted: 'too-large', chars: json.length };
  }
  return JSON.parse(json);
}

/**
 * The actor a replay starts from the logged input. A log written before start inputs carried
 * their profile (see pinnedInput) starts with the profile the stored process holds, the one it
 * started with, in place of today's default; if the machine refuses that, with the input alone.
 */
function replayActor(machine: AnyStateMachine, input: unknown, profile: unknown): LiveActor {
  const pinned = pinnedInput(input, profile);
  if (pinned !== undefined) {
    const actor: LiveActor = createActor(machine, { input: pinned });
    actor.subscribe({ error: () => {} });
    actor.start();
    if (actor.getSnapshot().status !== 'error') return actor;
    actor.stop();
  }
  const actor: LiveActor = createActor(machine, { input: input ?? undefined });
  actor.subscribe({ error: () => {} });
  actor.start();
  return actor;
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

function errorOf(actor: LiveActor): unknown {
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'error') return undefined;
  return snapshot.error ?? 'unknown error';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function contextNow(actor: LiveActor): string | undefined {
  const context: unknown = actor.getSnapshot().context;
  const now: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'now') : undefined;
  return typeof now === 'string' ? now : undefined;
}
