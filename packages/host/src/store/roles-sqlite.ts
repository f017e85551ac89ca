import type Database from 'libsql';
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

/** The role tables of the embedded store: who holds which role where, and the audit trail. */
export const ROLE_SCHEMA_SQLITE = roleSchema('INTEGER PRIMARY KEY AUTOINCREMENT');

/** The embedded store's role assignments, on its connection (`sql` prepares and caches). */
export class SqliteRoles {
  readonly #db: Database.Database;
  readonly #sql: (text: string) => Database.Statement;

  constructor(db: Database.Database, sql: (text: string) => Database.Statement) {
    this.#db = db;
    this.#sql = sql;
  }

  grant(a: RoleAssignment): { assignment: RoleAssignment; granted: boolean } {
    return this.#transaction(() => {
      const held = this.#held(a.principal, a.role, a.scope);
      if (held !== undefined) return { assignment: held, granted: false };
      this.#sql(
        `INSERT INTO host_role_assignments (${ASSIGNMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(a.principal, a.role, a.scope, a.since, a.grantedBy, a.reason, a.grantedAt);
      this.#append({
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

  revoke(r: RoleRevocation): RoleAssignment | undefined {
    return this.#transaction(() => {
      const held = this.#held(r.principal, r.role, r.scope);
      if (held === undefined) return undefined;
      this.#sql(
        'DELETE FROM host_role_assignments WHERE principal = ? AND scope = ? AND role = ?',
      ).run(r.principal, r.scope, r.role);
      this.#append({
        action: 'revoke',
        principal: r.principal,
        role: r.role,
        scope: r.scope,
        since: null,
        by: r.revokedBy,
        reason: r.reason,
        at: r.revokedAt,
      });
      return held;
    });
  }

  assignments(filter: RoleFilter = {}): RoleAssignment[] {
    const { where, params } = roleWhere(filter, () => '?');
    // The text depends only on which filters are set and how many scopes: a few cached statements.
    const rows = this.#sql(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM host_role_assignments ${where} ORDER BY principal, scope, role`,
    ).all(...params) as Row[];
    return rows.map(assignmentOf);
  }

  changes(filter: RoleFilter = {}): RoleChange[] {
    const { where, params } = roleWhere(filter, () => '?');
    const rows = this.#sql(
      `SELECT ${CHANGE_COLUMNS} FROM host_role_changes ${where} ORDER BY id`,
    ).all(...params) as Row[];
    return rows.map(roleChangeOf);
  }

  // Inside the write transaction (BEGIN IMMEDIATE: one writer), so the chain cannot fork.
  #append(fields: Parameters<typeof nextChange>[1]): void {
    const last = this.#sql(
      'SELECT id, hash FROM host_role_changes ORDER BY id DESC LIMIT 1',
    ).get() as Row | undefined;
    const change = nextChange(
      last === undefined ? undefined : { id: int(last, 'id'), hash: text(last, 'hash') },
      fields,
    );
    this.#sql(
      `INSERT INTO host_role_changes (${CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...changeValues(change));
  }

  #held(principal: string, role: string, scope: string): RoleAssignment | undefined {
    const row = this.#sql(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM host_role_assignments WHERE principal = ? AND scope = ? AND role = ?`,
    ).get(principal, scope, role) as Row | undefined;
    return row === undefined ? undefined : assignmentOf(row);
  }

  #transaction<T>(run: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = run();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
