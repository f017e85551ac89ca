import Database from 'libsql';
import {
  DeadlineSettledError,
  DuplicateKeyError,
  ProcessExistsError,
  ProfileConflictError,
  StaleWriteError,
} from '../errors.js';
import type {
  Commit,
  DeadlineRow,
  EventRecord,
  HostStore,
  OutboxMessage,
  RefusalRecord,
  RoleAssignment,
  RoleChange,
  RoleFilter,
  RoleRevocation,
  StoredProcess,
  StoredProfile,
} from './contract.js';
import { deadlineOf, outboxOf, processOf, profileOf, recordOf, refusalOf } from './mapping.js';
import { ROLE_SCHEMA_SQLITE, SqliteRoles } from './roles-sqlite.js';
import { int, type Row, text } from './rows.js';
import {
  codedErrors,
  DEFAULT_LOCK_TIMEOUT_MS,
  probeStore,
  realDatabasePath,
  takeLock,
} from './sqlite-file.js';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file; created if missing (unless `readOnly`). Symlinks are followed. */
  readonly path: string;
  /**
   * Open an existing store for reading only (`status`, `due`): no table is created, the journal
   * mode is left as it is and no lock file is written; a file that is not a jiayuan store is
   * refused with {@link NotAStoreError}, and a write with {@link ReadOnlyStoreError}.
   */
  readonly readOnly?: boolean;
  /**
   * How long to wait, in milliseconds, while another writer holds the file: the lock is tried
   * again with doubling delays, and a write finding the file busy is retried by SQLite, until
   * then; after it, {@link StoreLockedError}. Default 1000; `0` tries once.
   */
  readonly lockTimeoutMs?: number;
  /**
   * `full` (default) syncs the WAL on every commit, surviving power loss; `normal` survives a
   * killed process but may lose the last commits on power loss, and is several times faster.
   */
  readonly synchronous?: 'full' | 'normal';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS host_processes (
  process_id TEXT PRIMARY KEY,
  machine TEXT NOT NULL,
  machine_version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  seq INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS host_events (
  process_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  machine_version INTEGER NOT NULL,
  idempotency_key TEXT,
  body TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (process_id, seq)
);
CREATE UNIQUE INDEX IF NOT EXISTS host_events_key
  ON host_events (process_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS host_refusals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  process_id TEXT NOT NULL,
  attempted_at TEXT NOT NULL,
  event TEXT NOT NULL,
  code TEXT NOT NULL,
  rejection TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS host_refusals_process ON host_refusals (process_id, id);
CREATE TABLE IF NOT EXISTS host_deadlines (
  process_id TEXT NOT NULL,
  deadline_id TEXT NOT NULL,
  due_at TEXT NOT NULL,
  due_ms INTEGER NOT NULL,
  scheduled_seq INTEGER NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (process_id, deadline_id)
);
CREATE INDEX IF NOT EXISTS host_deadlines_due ON host_deadlines (status, due_ms);
CREATE TABLE IF NOT EXISTS host_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  process_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  published_at TEXT
);
CREATE INDEX IF NOT EXISTS host_outbox_pending ON host_outbox (published_at, id);
CREATE TABLE IF NOT EXISTS host_profiles (
  hash TEXT PRIMARY KEY,
  profile_id TEXT NOT NULL,
  content TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS host_profile_versions (
  profile_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (profile_id, version)
);
`;

/**
 * Opens (creating if needed) the embedded store: one SQLite file through `libsql`, in WAL mode,
 * guarded by an exclusive lock on `<real path>.lock` for as long as it is open, so a second
 * process (or a second store in this one, through any symlink to the same file) gets
 * {@link StoreLockedError} instead of a chance to corrupt it. The operating system drops the
 * lock when the process dies, even on SIGKILL. With `readOnly`, nothing is written and no lock
 * is taken (WAL lets it read while a writer works).
 *
 * @throws {StoreLockedError} when another connection holds the file past `lockTimeoutMs`.
 * @throws {NotAStoreError} when `readOnly` and the file is not a jiayuan store.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<HostStore> {
  const realPath = realDatabasePath(options.path);
  const timeoutMs = Math.max(0, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  if (options.readOnly === true) {
    probeStore(options.path, realPath);
    return codedErrors(
      new SqliteStore(options, realPath, undefined, timeoutMs),
      options.path,
      realPath,
    );
  }
  const lock = await takeLock(options.path, realPath, timeoutMs);
  return codedErrors(new SqliteStore(options, realPath, lock, timeoutMs), options.path, realPath);
}

class SqliteStore implements HostStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;
  readonly #path: string;
  #closed = false;
  // Prepared once: preparing is a large part of a small statement's cost in libsql.
  readonly #statements = new Map<string, Database.Statement>();
  readonly #roles: SqliteRoles;

  readonly #lock: Database.Database | undefined;

  constructor(
    options: SqliteStoreOptions,
    realPath: string,
    lock: Database.Database | undefined,
    timeoutMs: number,
  ) {
    this.#path = options.path;
    this.#lock = lock;
    let db: Database.Database | undefined;
    try {
      if (lock === undefined) {
        db = new Database(realPath, { readonly: true });
        db.exec('PRAGMA query_only = 1');
      } else {
        db = new Database(realPath);
        db.exec('PRAGMA journal_mode = WAL');
        db.exec(`PRAGMA synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
        db.exec(SCHEMA);
        db.exec(ROLE_SCHEMA_SQLITE);
      }
      // SQLite's own bounded retry, with backoff, for a write that finds the file busy.
      db.exec(`PRAGMA busy_timeout = ${Math.trunc(timeoutMs)}`);
    } catch (error) {
      db?.close();
      lock?.close();
      throw error;
    }
    this.#db = db;
    this.#roles = new SqliteRoles(db, (text) => this.#sql(text));
  }

  async commit(c: Commit): Promise<void> {
    const db = this.#db;
    const r = c.record;
    db.exec('BEGIN IMMEDIATE');
    try {
      if (c.expectedSeq === null) {
        const exists = this.#sql('SELECT 1 AS x FROM host_processes WHERE process_id = ?').get(
          c.processId,
        );
        if (exists !== undefined) throw new ProcessExistsError(c.processId);
        this.#sql(
          'INSERT INTO host_processes (process_id, machine, machine_version, snapshot, seq, head_hash, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(
          c.processId,
          c.envelope.machine,
          c.envelope.version,
          JSON.stringify(c.envelope.snapshot),
          r.seq,
          r.hash,
          r.recordedAt,
        );
      } else {
        const changed = this.#sql(
          'UPDATE host_processes SET machine = ?, machine_version = ?, snapshot = ?, seq = ?, head_hash = ?, updated_at = ? WHERE process_id = ? AND seq = ?',
        ).run(
          c.envelope.machine,
          c.envelope.version,
          JSON.stringify(c.envelope.snapshot),
          r.seq,
          r.hash,
          r.recordedAt,
          c.processId,
          c.expectedSeq,
        ).changes;
        if (changed !== 1) throw new StaleWriteError(c.processId, c.expectedSeq);
      }
      for (const e of [...(c.earlier ?? []), r]) {
        if (e.key !== null) {
          const dup = this.#sql(
            'SELECT 1 AS x FROM host_events WHERE process_id = ? AND idempotency_key = ?',
          ).get(c.processId, e.key);
          if (dup !== undefined) throw new DuplicateKeyError(c.processId, e.key);
        }
        this.#sql(
          'INSERT INTO host_events (process_id, seq, kind, machine_version, idempotency_key, body, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          e.processId,
          e.seq,
          e.kind,
          e.machineVersion,
          e.key,
          JSON.stringify(e.body),
          e.recordedAt,
          e.prevHash,
          e.hash,
        );
      }
      if (c.delivers !== undefined) {
        const settled = this.#sql(
          "UPDATE host_deadlines SET status = 'delivered' WHERE process_id = ? AND deadline_id = ? AND scheduled_seq = ? AND status = 'scheduled'",
        ).run(c.processId, c.delivers.deadlineId, c.delivers.scheduledSeq).changes;
        if (settled !== 1) {
          throw new DeadlineSettledError(
            c.processId,
            c.delivers.deadlineId,
            c.delivers.scheduledSeq,
          );
        }
      }
      const cancel = this.#sql(
        "UPDATE host_deadlines SET status = 'cancelled' WHERE process_id = ? AND deadline_id = ? AND status = 'scheduled'",
      );
      for (const id of c.cancel) cancel.run(c.processId, id);
      const schedule = this.#sql(
        `INSERT INTO host_deadlines (process_id, deadline_id, due_at, due_ms, scheduled_seq, status) VALUES (?, ?, ?, ?, ?, 'scheduled')
         ON CONFLICT (process_id, deadline_id) DO UPDATE SET due_at = excluded.due_at, due_ms = excluded.due_ms, scheduled_seq = excluded.scheduled_seq, status = 'scheduled'`,
      );
      for (const d of c.schedule) {
        schedule.run(c.processId, d.deadlineId, d.dueAt, Date.parse(d.dueAt), r.seq);
      }
      const outbox = this.#sql(
        'INSERT INTO host_outbox (process_id, seq, type, payload, created_at) VALUES (?, ?, ?, ?, ?)',
      );
      for (const m of c.outbox) {
        outbox.run(c.processId, r.seq, m.type, JSON.stringify(m.payload), r.recordedAt);
      }
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  async load(processId: string): Promise<StoredProcess | undefined> {
    const row = this.#sql(
      'SELECT process_id, machine, machine_version, snapshot, seq, head_hash, updated_at FROM host_processes WHERE process_id = ?',
    ).get(processId) as Row | undefined;
    return row === undefined ? undefined : processOf(row);
  }

  async head(processId: string): Promise<number | undefined> {
    const row = this.#sql('SELECT seq FROM host_processes WHERE process_id = ?').get(processId) as
      | Row
      | undefined;
    return row === undefined ? undefined : int(row, 'seq');
  }

  async findByKey(processId: string, key: string): Promise<EventRecord | undefined> {
    const row = this.#sql(`${EVENT_COLUMNS} WHERE process_id = ? AND idempotency_key = ?`).get(
      processId,
      key,
    ) as Row | undefined;
    return row === undefined ? undefined : recordOf(row);
  }

  async events(processId: string, fromSeq = 0): Promise<EventRecord[]> {
    const rows = this.#sql(`${EVENT_COLUMNS} WHERE process_id = ? AND seq >= ? ORDER BY seq`).all(
      processId,
      fromSeq,
    ) as Row[];
    return rows.map(recordOf);
  }

  async recordRefusal(refusal: RefusalRecord): Promise<void> {
    this.#sql(
      'INSERT INTO host_refusals (process_id, attempted_at, event, code, rejection) VALUES (?, ?, ?, ?, ?)',
    ).run(
      refusal.processId,
      refusal.attemptedAt,
      JSON.stringify(refusal.event ?? null),
      refusal.code,
      JSON.stringify(refusal.rejection),
    );
  }

  async refusals(processId: string): Promise<RefusalRecord[]> {
    const rows = this.#sql(
      'SELECT process_id, attempted_at, event, code, rejection FROM host_refusals WHERE process_id = ? ORDER BY id',
    ).all(processId) as Row[];
    return rows.map(refusalOf);
  }

  async deadlines(processId: string): Promise<DeadlineRow[]> {
    const rows = this.#sql(
      `${DEADLINE_COLUMNS} WHERE process_id = ? ORDER BY due_ms, deadline_id`,
    ).all(processId) as Row[];
    return rows.map(deadlineOf);
  }

  async dueDeadlines(now: string, limit: number): Promise<DeadlineRow[]> {
    const rows = this.#sql(
      `${DEADLINE_COLUMNS} WHERE status = 'scheduled' AND due_ms <= ? ORDER BY due_ms LIMIT ?`,
    ).all(Date.parse(now), limit) as Row[];
    return rows.map(deadlineOf);
  }

  async settleDeadline(row: DeadlineRow, status: 'refused' | 'cancelled'): Promise<void> {
    this.#sql(
      "UPDATE host_deadlines SET status = ? WHERE process_id = ? AND deadline_id = ? AND scheduled_seq = ? AND status = 'scheduled'",
    ).run(status, row.processId, row.deadlineId, row.scheduledSeq);
  }

  async drainOutbox(
    publish: (message: OutboxMessage) => Promise<void> | void,
    limit: number,
  ): Promise<number> {
    const rows = this.#sql(
      'SELECT id, process_id, seq, type, payload, created_at FROM host_outbox WHERE published_at IS NULL ORDER BY id LIMIT ?',
    ).all(limit) as Row[];
    const mark = this.#sql('UPDATE host_outbox SET published_at = ? WHERE id = ?');
    let published = 0;
    for (const row of rows) {
      const message = outboxOf(row);
      await publish(message);
      mark.run(new Date().toISOString(), message.id);
      published++;
    }
    return published;
  }

  async grantRole(
    assignment: RoleAssignment,
  ): Promise<{ assignment: RoleAssignment; granted: boolean }> {
    return this.#roles.grant(assignment);
  }

  async revokeRole(revocation: RoleRevocation): Promise<RoleAssignment | undefined> {
    return this.#roles.revoke(revocation);
  }

  async roleAssignments(filter?: RoleFilter): Promise<RoleAssignment[]> {
    return this.#roles.assignments(filter);
  }

  async roleChanges(filter?: RoleFilter): Promise<RoleChange[]> {
    return this.#roles.changes(filter);
  }

  async processIds(): Promise<string[]> {
    const rows = this.#sql(
      'SELECT process_id FROM host_processes ORDER BY process_id',
    ).all() as Row[];
    return rows.map((row) => text(row, 'process_id'));
  }

  async putProfile(p: StoredProfile): Promise<void> {
    const db = this.#db;
    db.exec('BEGIN IMMEDIATE');
    try {
      if (p.version !== null) {
        const held = this.#sql(
          'SELECT hash FROM host_profile_versions WHERE profile_id = ? AND version = ?',
        ).get(p.id, p.version) as Row | undefined;
        if (held !== undefined && text(held, 'hash') !== p.hash) {
          throw new ProfileConflictError(p.id, p.version, text(held, 'hash'), p.hash);
        }
        if (held === undefined) {
          this.#sql(
            'INSERT INTO host_profile_versions (profile_id, version, hash) VALUES (?, ?, ?)',
          ).run(p.id, p.version, p.hash);
        }
      }
      this.#sql(
        'INSERT INTO host_profiles (hash, profile_id, content) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING',
      ).run(p.hash, p.id, JSON.stringify(p.profile));
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  async profile(hash: string): Promise<StoredProfile | undefined> {
    let row: Row | undefined;
    try {
      row = this.#sql(PROFILE_BY_HASH).get(hash) as Row | undefined;
    } catch (error) {
      // A store written before profiles were kept apart, opened read-only: it has none.
      if (/no such table/i.test(error instanceof Error ? error.message : String(error))) {
        return undefined;
      }
      throw error;
    }
    return row === undefined ? undefined : profileOf(row);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#db.close();
    this.#lock?.close();
  }

  #sql(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (statement === undefined) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  toString(): string {
    return `SqliteStore(${this.#path})`;
  }
}

const PROFILE_BY_HASH =
  'SELECT p.hash, p.profile_id, p.content, (SELECT MAX(v.version) FROM host_profile_versions v WHERE v.hash = p.hash) AS version FROM host_profiles p WHERE p.hash = ?';
const EVENT_COLUMNS =
  'SELECT process_id, seq, kind, machine_version, idempotency_key, body, recorded_at, prev_hash, hash FROM host_events';
const DEADLINE_COLUMNS =
  'SELECT process_id, deadline_id, due_at, scheduled_seq, status FROM host_deadlines';
