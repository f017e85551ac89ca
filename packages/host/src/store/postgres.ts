import pg from 'pg';
import PgBoss from 'pg-boss';
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
import { PostgresRoles, ROLE_SCHEMA_POSTGRES } from './roles-postgres.js';
import { int, type Row, text } from './rows.js';

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** e.g. `postgres://user@127.0.0.1:5432/jiayuan`. */
  readonly connectionString: string;
  /** Connections in this host's pool. Default 10. */
  readonly poolSize?: number;
  /** The pg-boss queue deadlines go through. Default `"jiayuan-deadlines"`. */
  readonly queue?: string;
  /** How often an idle deadline worker polls pg-boss, in seconds (≥ 0.5). Default 0.5. */
  readonly pollingIntervalSeconds?: number;
  /** Deadline jobs a worker takes per fetch. Default 20. */
  readonly batchSize?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS host_processes (
  process_id TEXT PRIMARY KEY,
  machine TEXT NOT NULL,
  machine_version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  seq BIGINT NOT NULL,
  head_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS host_events (
  process_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
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
  id BIGSERIAL PRIMARY KEY,
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
  due_ms BIGINT NOT NULL,
  scheduled_seq BIGINT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (process_id, deadline_id)
);
CREATE INDEX IF NOT EXISTS host_deadlines_due ON host_deadlines (status, due_ms);
CREATE TABLE IF NOT EXISTS host_outbox (
  id BIGSERIAL PRIMARY KEY,
  process_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  published_at TEXT
);
CREATE INDEX IF NOT EXISTS host_outbox_pending ON host_outbox (id) WHERE published_at IS NULL;
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

/** The data of a pg-boss deadline job. */
interface DeadlineJob {
  readonly processId: string;
  readonly deadlineId: string;
  readonly dueAt: string;
  readonly scheduledSeq: number;
}

/**
 * Opens the PostgreSQL store: tables created if missing (under an advisory lock, so several hosts
 * may start at once), and pg-boss started as the durable deadline queue. Each deadline job is
 * inserted in the same transaction as the commit that scheduled it, so none is lost to a crash.
 * Several host processes may share one database.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<HostStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
  });
  pool.on('error', () => {});
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('jiayuan-host-schema'))");
    await client.query(SCHEMA);
    await client.query(ROLE_SCHEMA_POSTGRES);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw error;
  }
  client.release();
  const boss = new PgBoss({ connectionString: options.connectionString, max: 3 });
  boss.on('error', () => {});
  const queue = options.queue ?? 'jiayuan-deadlines';
  try {
    await boss.start();
    if ((await boss.getQueue(queue)) === null) {
      await boss
        .createQueue(queue, { name: queue, retryLimit: 1_000_000, retryDelay: 1 })
        .catch(async (error: unknown) => {
          // Another host created it between our check and our insert.
          if ((await boss.getQueue(queue)) === null) throw error;
        });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool, boss, queue, options);
}

class PostgresStore implements HostStore {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;
  readonly #boss: PgBoss;
  readonly #queue: string;
  readonly #polling: number;
  readonly #batchSize: number;
  readonly #roles: PostgresRoles;
  #closed = false;

  constructor(pool: pg.Pool, boss: PgBoss, queue: string, options: PostgresStoreOptions) {
    this.#pool = pool;
    this.#roles = new PostgresRoles(pool, (run) => this.#transaction(run));
    this.#boss = boss;
    this.#queue = queue;
    this.#polling = options.pollingIntervalSeconds ?? 0.5;
    this.#batchSize = options.batchSize ?? 20;
  }

  async commit(c: Commit): Promise<void> {
    const r = c.record;
    const snapshot = JSON.stringify(c.envelope.snapshot);
    await this.#transaction(async (client) => {
      if (c.expectedSeq === null) {
        const inserted = await client.query(
          'INSERT INTO host_processes (process_id, machine, machine_version, snapshot, seq, head_hash, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (process_id) DO NOTHING',
          [
            c.processId,
            c.envelope.machine,
            c.envelope.version,
            snapshot,
            r.seq,
            r.hash,
            r.recordedAt,
          ],
        );
        if (inserted.rowCount !== 1) throw new ProcessExistsError(c.processId);
      } else {
        const updated = await client.query(
          'UPDATE host_processes SET machine = $1, machine_version = $2, snapshot = $3, seq = $4, head_hash = $5, updated_at = $6 WHERE process_id = $7 AND seq = $8',
          [
            c.envelope.machine,
            c.envelope.version,
            snapshot,
            r.seq,
            r.hash,
            r.recordedAt,
            c.processId,
            c.expectedSeq,
          ],
        );
        if (updated.rowCount !== 1) throw new StaleWriteError(c.processId, c.expectedSeq);
      }
      for (const e of [...(c.earlier ?? []), r]) {
        try {
          await client.query(
            'INSERT INTO host_events (process_id, seq, kind, machine_version, idempotency_key, body, recorded_at, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
            [
              e.processId,
              e.seq,
              e.kind,
              e.machineVersion,
              e.key,
              JSON.stringify(e.body),
              e.recordedAt,
              e.prevHash,
              e.hash,
            ],
          );
        } catch (error) {
          if (e.key !== null && constraintOf(error) === 'host_events_key') {
            throw new DuplicateKeyError(c.processId, e.key);
          }
          throw error;
        }
      }
      if (c.delivers !== undefined) {
        const settled = await client.query(
          "UPDATE host_deadlines SET status = 'delivered' WHERE process_id = $1 AND deadline_id = $2 AND scheduled_seq = $3 AND status = 'scheduled'",
          [c.processId, c.delivers.deadlineId, c.delivers.scheduledSeq],
        );
        if (settled.rowCount !== 1) {
          throw new DeadlineSettledError(
            c.processId,
            c.delivers.deadlineId,
            c.delivers.scheduledSeq,
          );
        }
      }
      for (const id of c.cancel) {
        await client.query(
          "UPDATE host_deadlines SET status = 'cancelled' WHERE process_id = $1 AND deadline_id = $2 AND status = 'scheduled'",
          [c.processId, id],
        );
      }
      const db = { executeSql: (sql: string, values: unknown[]) => client.query(sql, values) };
      for (const d of c.schedule) {
        await client.query(
          `INSERT INTO host_deadlines (process_id, deadline_id, due_at, due_ms, scheduled_seq, status) VALUES ($1, $2, $3, $4, $5, 'scheduled')
           ON CONFLICT (process_id, deadline_id) DO UPDATE SET due_at = excluded.due_at, due_ms = excluded.due_ms, scheduled_seq = excluded.scheduled_seq, status = 'scheduled'`,
          [c.processId, d.deadlineId, d.dueAt, Date.parse(d.dueAt), r.seq],
        );
        const job: DeadlineJob = {
          processId: c.processId,
          deadlineId: d.deadlineId,
          dueAt: d.dueAt,
          scheduledSeq: r.seq,
        };
        await this.#boss.send(this.#queue, job, { startAfter: new Date(d.dueAt), db });
      }
      for (const m of c.outbox) {
        await client.query(
          'INSERT INTO host_outbox (process_id, seq, type, payload, created_at) VALUES ($1, $2, $3, $4, $5)',
          [c.processId, r.seq, m.type, JSON.stringify(m.payload), r.recordedAt],
        );
      }
    });
  }

  async load(processId: string): Promise<StoredProcess | undefined> {
    const { rows } = await this.#pool.query<Row>(
      'SELECT process_id, machine, machine_version, snapshot, seq, head_hash, updated_at FROM host_processes WHERE process_id = $1',
      [processId],
    );
    return rows[0] === undefined ? undefined : processOf(rows[0]);
  }

  async head(processId: string): Promise<number | undefined> {
    const { rows } = await this.#pool.query<Row>(
      'SELECT seq FROM host_processes WHERE process_id = $1',
      [processId],
    );
    return rows[0] === undefined ? undefined : int(rows[0], 'seq');
  }

  async findByKey(processId: string, key: string): Promise<EventRecord | undefined> {
    const { rows } = await this.#pool.query<Row>(
      `${EVENT_COLUMNS} WHERE process_id = $1 AND idempotency_key = $2`,
      [processId, key],
    );
    return rows[0] === undefined ? undefined : recordOf(rows[0]);
  }

  async events(processId: string, fromSeq = 0): Promise<EventRecord[]> {
    const { rows } = await this.#pool.query<Row>(
      `${EVENT_COLUMNS} WHERE process_id = $1 AND seq >= $2 ORDER BY seq`,
      [processId, fromSeq],
    );
    return rows.map(recordOf);
  }

  async recordRefusal(refusal: RefusalRecord): Promise<void> {
    await this.#pool.query(
      'INSERT INTO host_refusals (process_id, attempted_at, event, code, rejection) VALUES ($1, $2, $3, $4, $5)',
      [
        refusal.processId,
        refusal.attemptedAt,
        JSON.stringify(refusal.event ?? null),
        refusal.code,
        JSON.stringify(refusal.rejection),
      ],
    );
  }

  async refusals(processId: string): Promise<RefusalRecord[]> {
    const { rows } = await this.#pool.query<Row>(
      'SELECT process_id, attempted_at, event, code, rejection FROM host_refusals WHERE process_id = $1 ORDER BY id',
      [processId],
    );
    return rows.map(refusalOf);
  }

  async deadlines(processId: string): Promise<DeadlineRow[]> {
    const { rows } = await this.#pool.query<Row>(
      `${DEADLINE_COLUMNS} WHERE process_id = $1 ORDER BY due_ms, deadline_id`,
      [processId],
    );
    return rows.map(deadlineOf);
  }

  async dueDeadlines(now: string, limit: number): Promise<DeadlineRow[]> {
    const { rows } = await this.#pool.query<Row>(
      `${DEADLINE_COLUMNS} WHERE status = 'scheduled' AND due_ms <= $1 ORDER BY due_ms LIMIT $2`,
      [Date.parse(now), limit],
    );
    return rows.map(deadlineOf);
  }

  async settleDeadline(row: DeadlineRow, status: 'refused' | 'cancelled'): Promise<void> {
    await this.#pool.query(
      "UPDATE host_deadlines SET status = $1 WHERE process_id = $2 AND deadline_id = $3 AND scheduled_seq = $4 AND status = 'scheduled'",
      [status, row.processId, row.deadlineId, row.scheduledSeq],
    );
  }

  async drainOutbox(
    publish: (message: OutboxMessage) => Promise<void> | void,
    limit: number,
  ): Promise<number> {
    const client = await this.#pool.connect();
    let published = 0;
    try {
      await client.query('BEGIN');
      // SKIP LOCKED: concurrent drainers (other hosts) take other messages, never the same one.
      const { rows } = await client.query<Row>(
        'SELECT id, process_id, seq, type, payload, created_at FROM host_outbox WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [limit],
      );
      try {
        for (const row of rows) {
          const message = outboxOf(row);
          await publish(message);
          await client.query('UPDATE host_outbox SET published_at = $1 WHERE id = $2', [
            new Date().toISOString(),
            message.id,
          ]);
          published++;
        }
      } finally {
        // Keep what was published even when a later message's publisher failed.
        await client.query('COMMIT');
      }
      return published;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async workDeadlines(
    deliver: (row: DeadlineRow) => Promise<void>,
  ): Promise<{ stop(): Promise<void> }> {
    const id = await this.#boss.work<DeadlineJob>(
      this.#queue,
      { batchSize: this.#batchSize, pollingIntervalSeconds: this.#polling },
      async (jobs) => {
        // Deliveries are idempotent, so a failed batch is simply retried whole.
        for (const job of jobs) {
          await deliver({ ...job.data, status: 'scheduled' });
        }
      },
    );
    return { stop: () => this.#boss.offWork({ id }) };
  }

  async processIds(): Promise<string[]> {
    const { rows } = await this.#pool.query<Row>(
      'SELECT process_id FROM host_processes ORDER BY process_id',
    );
    return rows.map((row) => text(row, 'process_id'));
  }

  async putProfile(p: StoredProfile): Promise<void> {
    await this.#transaction(async (client) => {
      if (p.version !== null) {
        // The first writer of an id and version wins; every later one reads what it wrote.
        await client.query(
          'INSERT INTO host_profile_versions (profile_id, version, hash) VALUES ($1, $2, $3) ON CONFLICT (profile_id, version) DO NOTHING',
          [p.id, p.version, p.hash],
        );
        const { rows } = await client.query<Row>(
          'SELECT hash FROM host_profile_versions WHERE profile_id = $1 AND version = $2',
          [p.id, p.version],
        );
        const held = rows[0] === undefined ? p.hash : text(rows[0], 'hash');
        if (held !== p.hash) throw new ProfileConflictError(p.id, p.version, held, p.hash);
      }
      await client.query(
        'INSERT INTO host_profiles (hash, profile_id, content) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING',
        [p.hash, p.id, JSON.stringify(p.profile)],
      );
    });
  }

  async profile(hash: string): Promise<StoredProfile | undefined> {
    const { rows } = await this.#pool.query<Row>(
      'SELECT p.hash, p.profile_id, p.content, (SELECT MAX(v.version) FROM host_profile_versions v WHERE v.hash = p.hash) AS version FROM host_profiles p WHERE p.hash = $1',
      [hash],
    );
    return rows[0] === undefined ? undefined : profileOf(rows[0]);
  }

  grantRole(assignment: RoleAssignment): Promise<{ assignment: RoleAssignment; granted: boolean }> {
    return this.#roles.grant(assignment);
  }

  revokeRole(revocation: RoleRevocation): Promise<RoleAssignment | undefined> {
    return this.#roles.revoke(revocation);
  }

  roleAssignments(filter?: RoleFilter): Promise<RoleAssignment[]> {
    return this.#roles.assignments(filter);
  }

  roleChanges(filter?: RoleFilter): Promise<RoleChange[]> {
    return this.#roles.changes(filter);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    await this.#pool.end();
  }

  async #transaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await run(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

const EVENT_COLUMNS =
  'SELECT process_id, seq, kind, machine_version, idempotency_key, body, recorded_at, prev_hash, hash FROM host_events';
const DEADLINE_COLUMNS =
  'SELECT process_id, deadline_id, due_at, scheduled_seq, status FROM host_deadlines';

function constraintOf(error: unknown): string | undefined {
  const name: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'constraint') : undefined;
  return typeof name === 'string' ? name : undefined;
}
