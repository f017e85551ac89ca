import type pg from 'pg';
import type { RoleAssignment, RoleChange, RoleFilter, RoleRevocation } from './contract.js';
import {
  ASSIGNMENT_COLUMNS,
  assignmentOf,
  CHANGE_COLUMNS,
  changeValues,
  nextChange,
  roleChangeOf,
  roleSchema,
  roleWhere,
} from './role-rows.js';
import { int, type Row, text } from './rows.js';

/** The role tables of the PostgreSQL store: who holds which role where, and the audit trail. */
export const ROLE_SCHEMA_POSTGRES = roleSchema('BIGSERIAL PRIMARY KEY');

type Transaction = <T>(run: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** The PostgreSQL store's role assignments, over its pool. */
export class PostgresRoles {
  readonly #pool: pg.Pool;
  readonly #transaction: Transaction;

  constructor(pool: pg.Pool, transaction: Transaction) {
    this.#pool = pool;
    this.#transaction = transaction;
  }

  grant(a: RoleAssignment): Promise<{ assignment: RoleAssignment; granted: boolean }> {
    return this.#transaction(async (client) => {
      // The primary key settles a race between two hosts: the loser inserts nothing.
      const inserted = await client.query(
        `INSERT INTO host_role_assignments (${ASSIGNMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [a.principal, a.role, a.scope, a.since, a.grantedBy, a.reason, a.grantedAt],
      );
      if (inserted.rowCount !== 1) {
        const held = await this.#held(client, a.principal, a.role, a.scope);
        return { assignment: held ?? a, granted: false };
      }
      await this.#append(client, {
        action: 'grant',
        principal: a.principal,
        role: a.role,
        scope: a.scope,
        since: a.since,
        by: a.grantedBy,
        reason: a.reason,
        at: a.grantedAt,
      });
      return { assignment: a, granted: true };
    });
  }

  revoke(r: RoleRevocation): Promise<RoleAssignment | undefined> {
    return this.#transaction(async (client) => {
      const { rows } = await client.query<Row>(
        `DELETE FROM host_role_assignments WHERE principal = $1 AND scope = $2 AND role = $3 RETURNING ${ASSIGNMENT_COLUMNS}`,
        [r.principal, r.scope, r.role],
      );
      if (rows[0] === undefined) return undefined;
      await this.#append(client, {
        action: 'revoke',
        principal: r.principal,
        role: r.role,
        scope: r.scope,
        since: null,
        by: r.revokedBy,
        reason: r.reason,
        at: r.revokedAt,
      });
      return assignmentOf(rows[0]);
    });
  }

  async assignments(filter: RoleFilter = {}): Promise<RoleAssignment[]> {
    const { where, params } = roleWhere(filter, (n) => `$${n}`);
    const { rows } = await this.#pool.query<Row>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM host_role_assignments ${where} ORDER BY principal COLLATE "C", scope COLLATE "C", role COLLATE "C"`,
      params,
    );
    return rows.map(assignmentOf);
  }

  async changes(filter: RoleFilter = {}): Promise<RoleChange[]> {
    const { where, params } = roleWhere(filter, (n) => `$${n}`);
    const { rows } = await this.#pool.query<Row>(
      `SELECT ${CHANGE_COLUMNS} FROM host_role_changes ${where} ORDER BY id`,
      params,
    );
    return rows.map(roleChangeOf);
  }

  // One writer of the trail at a time (a transaction-scoped advisory lock, released at commit or
  // rollback), so two hosts cannot both append after the same change.
  async #append(client: pg.PoolClient, fields: Parameters<typeof nextChange>[1]): Promise<void> {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('jiayuan-host-role-changes'))");
    const { rows } = await client.query<Row>(
      'SELECT id, hash FROM host_role_changes ORDER BY id DESC LIMIT 1',
    );
    const last = rows[0];
    const change = nextChange(
      last === undefined ? undefined : { id: int(last, 'id'), hash: text(last, 'hash') },
      fields,
    );
    await client.query(
      `INSERT INTO host_role_changes (${CHANGE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      changeValues(change),
    );
  }

  async #held(
    client: pg.PoolClient,
    principal: string,
    role: string,
    scope: string,
  ): Promise<RoleAssignment | undefined> {
    const { rows } = await client.query<Row>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM host_role_assignments WHERE principal = $1 AND scope = $2 AND role = $3`,
      [principal, scope, role],
    );
    return rows[0] === undefined ? undefined : assignmentOf(rows[0]);
  }
}
