import { createHash } from 'node:crypto';
import { HostError } from '../errors.js';
import { canonicalJson, GENESIS_HASH } from '../hash.js';
import type { RoleAssignment, RoleChange, RoleFilter } from './contract.js';
import { int, type Row, text, textOrNull } from './rows.js';

/** Maps a `host_role_assignments` row (either store). */
export function assignmentOf(row: Row): RoleAssignment {
  return {
    principal: text(row, 'principal'),
    role: text(row, 'role'),
    scope: text(row, 'scope'),
    since: text(row, 'since'),
    grantedBy: text(row, 'granted_by'),
    reason: text(row, 'reason'),
    grantedAt: text(row, 'granted_at'),
  };
}

/** Maps a `host_role_changes` row (either store). */
export function roleChangeOf(row: Row): RoleChange {
  const action = text(row, 'action');
  if (action !== 'grant' && action !== 'revoke') {
    throw new HostError('store-row', `unknown role change "${action.slice(0, 20)}"`);
  }
  return {
    id: int(row, 'id'),
    action,
    principal: text(row, 'principal'),
    role: text(row, 'role'),
    scope: text(row, 'scope'),
    since: textOrNull(row, 'since'),
    by: text(row, 'changed_by'),
    reason: text(row, 'reason'),
    at: text(row, 'changed_at'),
    prevHash: text(row, 'prev_hash'),
    hash: text(row, 'hash'),
  };
}

/** The fields of a role change its hash covers: all of them but the hash. */
export type RoleChangeFields = Omit<RoleChange, 'hash'>;

/** SHA-256 (hex) over the canonical JSON of a role change's fields, including the previous hash. */
export function roleChangeHash(c: RoleChangeFields): string {
  const covered = [c.id, c.action, c.principal, c.role, c.scope, c.since, c.by, c.reason, c.at];
  return createHash('sha256')
    .update(canonicalJson([...covered, c.prevHash]))
    .digest('hex');
}

/** The change that follows `last` (or starts the trail), with its number and hash. */
export function nextChange(
  last: { readonly id: number; readonly hash: string } | undefined,
  fields: Omit<RoleChangeFields, 'id' | 'prevHash'>,
): RoleChange {
  const chained = { ...fields, id: (last?.id ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...chained, hash: roleChangeHash(chained) };
}

/** The values of a change in {@link CHANGE_COLUMNS} order. */
export function changeValues(c: RoleChange): (string | number | null)[] {
  return [
    c.id,
    c.action,
    c.principal,
    c.role,
    c.scope,
    c.since,
    c.by,
    c.reason,
    c.at,
    c.prevHash,
    c.hash,
  ];
}

/**
 * The WHERE clause of a {@link RoleFilter} and its parameters, with placeholders made by
 * `placeholder(n)` (`?` for SQLite, `$n` for PostgreSQL).
 */
export function roleWhere(
  filter: RoleFilter,
  placeholder: (n: number) => string,
): { readonly where: string; readonly params: string[] } {
  const params: string[] = [];
  const clauses: string[] = [];
  if (filter.principal !== undefined) {
    params.push(filter.principal);
    clauses.push(`principal = ${placeholder(params.length)}`);
  }
  if (filter.scopes !== undefined) {
    if (filter.scopes.length === 0) return { where: 'WHERE 1 = 0', params: [] };
    const marks = filter.scopes.map((scope) => {
      params.push(scope);
      return placeholder(params.length);
    });
    clauses.push(`scope IN (${marks.join(', ')})`);
  }
  return { where: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** The columns of an assignment, in the order the stores insert them. */
export const ASSIGNMENT_COLUMNS = 'principal, role, scope, since, granted_by, reason, granted_at';

/** The columns of a role change, in the order {@link changeValues} gives them. */
export const CHANGE_COLUMNS =
  'id, action, principal, role, scope, since, changed_by, reason, changed_at, prev_hash, hash';

/**
 * The role tables, the same in both stores but for the change id's column type (`changeId`):
 * who holds which role where, and the append-only, hash-chained trail of changes.
 */
export function roleSchema(changeId: string): string {
  return `
CREATE TABLE IF NOT EXISTS host_role_assignments (
  principal TEXT NOT NULL,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  since TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (principal, scope, role)
);
CREATE TABLE IF NOT EXISTS host_role_changes (
  id ${changeId},
  action TEXT NOT NULL,
  principal TEXT NOT NULL,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  since TEXT,
  changed_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS host_role_changes_principal ON host_role_changes (principal, id);
CREATE INDEX IF NOT EXISTS host_role_changes_scope ON host_role_changes (scope, id);
`;
}
