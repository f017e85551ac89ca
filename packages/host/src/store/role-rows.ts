import { HostError } from '../errors.js';
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
  };
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

/** The columns of a role change, without its id. */
export const CHANGE_COLUMNS =
  'action, principal, role, scope, since, changed_by, reason, changed_at';
