import type { SnapshotEnvelope } from '../registry.js';

/** What a log record holds: the start of a process (its input) or an accepted event. */
export type RecordKind = 'start' | 'event';

/** One record of a process's append-only event log. */
export interface EventRecord {
  readonly processId: string;
  /** 0 for the start record, then 1, 2, … — equal to the snapshot version after it. */
  readonly seq: number;
  readonly kind: RecordKind;
  /** The machine version the record was accepted under. */
  readonly machineVersion: number;
  /** The caller's idempotency key, or `null`. Unique per process. */
  readonly key: string | null;
  /** `{ input }` for a start record, the parsed event for an event record. */
  readonly body: unknown;
  readonly recordedAt: string;
  /** The previous record's hash ({@link GENESIS_HASH} for seq 0). */
  readonly prevHash: string;
  readonly hash: string;
}

/** A stored process: its envelope and where its log ends. */
export interface StoredProcess {
  readonly processId: string;
  readonly envelope: SnapshotEnvelope;
  /** The snapshot version: the seq of the last log record. */
  readonly seq: number;
  /** The hash of the last log record. */
  readonly headHash: string;
  readonly updatedAt: string;
}

/**
 * A profile as the store keeps it: once per content, under the SHA-256 of its canonical JSON,
 * which persisted snapshots and start records name in place of the profile.
 */
export interface StoredProfile {
  readonly hash: string;
  readonly id: string;
  /** The version the host registered it under, or `null` for a content no version has. */
  readonly version: number | null;
  /** The profile as JSON. */
  readonly profile: unknown;
}

/** Where a scheduled deadline stands in the store. */
export type DeadlineRowStatus = 'scheduled' | 'delivered' | 'refused' | 'cancelled';

/** A deadline the host scheduled from a snapshot's pending deadlines. */
export interface DeadlineRow {
  readonly processId: string;
  readonly deadlineId: string;
  /** The due time (ISO instant, `Deadline.dueAt`). */
  readonly dueAt: string;
  /** The snapshot version that scheduled it: part of its delivery's idempotency key. */
  readonly scheduledSeq: number;
  readonly status: DeadlineRowStatus;
}

/** A domain event a machine emitted, waiting in (or taken from) the outbox. */
export interface OutboxMessage {
  readonly id: number;
  readonly processId: string;
  /** The snapshot version whose transition emitted it. */
  readonly seq: number;
  readonly type: string;
  readonly payload: unknown;
  readonly createdAt: string;
}

/** A refused attempt: recorded for audit, never applied. */
export interface RefusalRecord {
  readonly processId: string;
  readonly attemptedAt: string;
  readonly event: unknown;
  readonly code: string;
  readonly rejection: unknown;
}

/**
 * A role a principal holds in a scope, as the host keeps it (never as an event claims it). The
 * scope is a process id or a wider scope the host names (a complex id, `'*'` for every process).
 */
export interface RoleAssignment {
  /** The principal's id, as the host application authenticates it. */
  readonly principal: string;
  /** One of core's `ROLES` except `system`. */
  readonly role: string;
  readonly scope: string;
  /** From when it holds (ISO instant): events stamped earlier are not sent in it. */
  readonly since: string;
  /** Who granted it (a principal id) and why. */
  readonly grantedBy: string;
  readonly reason: string;
  /** When the grant was recorded, by the host's clock. */
  readonly grantedAt: string;
}

/** One entry of the audit trail of role assignments: a grant or a revocation, never changed. */
export interface RoleChange {
  /** Its position in the trail, increasing. */
  readonly id: number;
  readonly action: 'grant' | 'revoke';
  readonly principal: string;
  readonly role: string;
  readonly scope: string;
  /** With a grant: from when it holds. */
  readonly since: string | null;
  /** Who granted or revoked it, and why. */
  readonly by: string;
  readonly reason: string;
  /** When, by the host's clock. */
  readonly at: string;
  /** The previous change's hash (`GENESIS_HASH` for the first): the trail is a hash chain. */
  readonly prevHash: string;
  /** SHA-256 over the change's fields and `prevHash` (`roleChangeHash`). */
  readonly hash: string;
}

/** A revocation as {@link HostStore.revokeRole} records it. */
export interface RoleRevocation {
  readonly principal: string;
  readonly role: string;
  readonly scope: string;
  readonly revokedBy: string;
  readonly reason: string;
  readonly revokedAt: string;
}

/** Which assignments or changes to list: all, or those of a principal and/or in some scopes. */
export interface RoleFilter {
  readonly principal?: string;
  readonly scopes?: readonly string[];
}

/** Everything one accepted event (or a start) changes, written atomically by {@link HostStore.commit}. */
export interface Commit {
  readonly processId: string;
  /** The version the writer read; `null` creates the process. */
  readonly expectedSeq: number | null;
  /** The last record of this commit: its seq and hash become the process's head. */
  readonly record: EventRecord;
  /**
   * Records logged before `record` in the same transaction (a batch of events), in seq order,
   * continuing from `expectedSeq`.
   */
  readonly earlier?: readonly EventRecord[];
  readonly envelope: SnapshotEnvelope;
  /** Deadlines to (re)schedule at `record.seq`. */
  readonly schedule: readonly { readonly deadlineId: string; readonly dueAt: string }[];
  /** Deadline ids to cancel if still scheduled. */
  readonly cancel: readonly string[];
  /** Set when this commit delivers a deadline: it must still be scheduled, or nothing is written. */
  readonly delivers?: { readonly deadlineId: string; readonly scheduledSeq: number };
  readonly outbox: readonly { readonly type: string; readonly payload: unknown }[];
}

/**
 * The storage contract both stores implement and one test suite checks. Every method is atomic;
 * `commit` writes the log record, the envelope, deadlines and outbox in one transaction or not at
 * all.
 */
export interface HostStore {
  /** `"sqlite"` or `"postgres"`. */
  readonly kind: string;
  /**
   * Writes one accepted event (or a start).
   *
   * @throws {ProcessExistsError} when `expectedSeq` is `null` and the process exists.
   * @throws {StaleWriteError} when the stored version is not `expectedSeq`.
   * @throws {DuplicateKeyError} when the record's key is already logged for the process.
   * @throws {DeadlineSettledError} when `delivers` names a deadline no longer scheduled.
   */
  commit(commit: Commit): Promise<void>;
  /** The stored process, or `undefined`. */
  load(processId: string): Promise<StoredProcess | undefined>;
  /** The stored version alone (cheap), or `undefined`. */
  head(processId: string): Promise<number | undefined>;
  /** The log record with idempotency key `key`, or `undefined`. */
  findByKey(processId: string, key: string): Promise<EventRecord | undefined>;
  /**
   * The process's log in seq order, from record `fromSeq` (default 0: all of it), so a reader of
   * the last records does not read a long log whole.
   */
  events(processId: string, fromSeq?: number): Promise<EventRecord[]>;
  /** Records a refused attempt. */
  recordRefusal(refusal: RefusalRecord): Promise<void>;
  /** The process's refused attempts, oldest first. */
  refusals(processId: string): Promise<RefusalRecord[]>;
  /** The process's deadline rows. */
  deadlines(processId: string): Promise<DeadlineRow[]>;
  /** Scheduled deadlines due at or before `now`, soonest first. */
  dueDeadlines(now: string, limit: number): Promise<DeadlineRow[]>;
  /** Marks a scheduled deadline settled without an event (its TICK was refused). */
  settleDeadline(row: DeadlineRow, status: 'refused' | 'cancelled'): Promise<void>;
  /**
   * Hands up to `limit` unpublished outbox messages to `publish`, oldest first, marking each
   * published once `publish` resolves (at least once: a crash in between publishes it again).
   * Concurrent callers never receive the same message at the same time.
   */
  drainOutbox(
    publish: (message: OutboxMessage) => Promise<void> | void,
    limit: number,
  ): Promise<number>;
  /**
   * Optional durable timer (PostgreSQL: pg-boss): calls `deliver` for each deadline when it
   * falls due, across restarts and shared by every host on the store. Without it the host polls
   * {@link HostStore.dueDeadlines}.
   */
  workDeadlines?(deliver: (row: DeadlineRow) => Promise<void>): Promise<{ stop(): Promise<void> }>;
  /** Every stored process id. */
  processIds(): Promise<string[]>;
  /**
   * Keeps a profile's content under its hash; keeping the same content again writes nothing.
   *
   * @throws {ProfileConflictError} when `version` is not `null` and the store already holds
   *   another content under the same id and version.
   */
  putProfile(profile: StoredProfile): Promise<void>;
  /** The profile kept under `hash`, or `undefined`. */
  profile(hash: string): Promise<StoredProfile | undefined>;
  /**
   * Records a role assignment and its grant in the audit trail, in one transaction. When the
   * principal already holds the role in the scope nothing is written, and the assignment held is
   * returned with `granted: false`. Changes are numbered 1, 2, … and chained by hash
   * (`roleChangeHash`), one writer at a time.
   */
  grantRole(
    assignment: RoleAssignment,
  ): Promise<{ readonly assignment: RoleAssignment; readonly granted: boolean }>;
  /**
   * Ends an assignment and records the revocation in the audit trail, in one transaction.
   * Returns the assignment that ended, or `undefined` (nothing written) when none was held.
   */
  revokeRole(revocation: RoleRevocation): Promise<RoleAssignment | undefined>;
  /** The assignments held now that match `filter`, by principal, scope and role. */
  roleAssignments(filter?: RoleFilter): Promise<RoleAssignment[]>;
  /** The audit trail of grants and revocations that match `filter`, oldest first. */
  roleChanges(filter?: RoleFilter): Promise<RoleChange[]>;
  /** Releases connections and locks. */
  close(): Promise<void>;
}
