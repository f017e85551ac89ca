import { ROLES, type Role } from '@jiayuan/core';
import { RoleAssignmentError } from './errors.js';
import { isAssignableRole } from './principal.js';
import type { RoleAssignment, RoleRevocation } from './store/contract.js';

/** What `host.assign` records. */
export interface AssignRequest {
  /** The principal's id (1–128 characters). */
  readonly principal: string;
  /** One of core's `ROLES` but `system`. */
  readonly role: Role;
  /** A process id, a wider scope the host names (`HostOptions.scopesOf`), or `'*'`. */
  readonly scope: string;
  /** Who grants it (a principal id). */
  readonly grantedBy: string;
  /** Why: the decision, election or document it rests on (at most 500 characters). */
  readonly reason: string;
  /** From when it holds (an ISO instant); default the host's clock. */
  readonly since?: string;
}

/** What `host.revoke` records. */
export interface RevokeRequest {
  readonly principal: string;
  readonly role: Role;
  readonly scope: string;
  /** Who revokes it (a principal id). */
  readonly revokedBy: string;
  /** Why (at most 500 characters). */
  readonly reason: string;
}

const LIMITS = { principal: 128, scope: 256, grantedBy: 128, revokedBy: 128, reason: 500 };

/**
 * Checks an assignment request and dates it by `now`.
 *
 * @throws {RoleAssignmentError}
 */
export function checkAssign(request: AssignRequest, now: Date): RoleAssignment {
  const role = checkRole(request.role);
  const since = request.since === undefined ? now.toISOString() : instant(request.since, 'since');
  return {
    principal: field(request.principal, 'principal'),
    role,
    scope: field(request.scope, 'scope'),
    since,
    grantedBy: field(request.grantedBy, 'grantedBy'),
    reason: field(request.reason, 'reason'),
    grantedAt: now.toISOString(),
  };
}

/**
 * Checks a revocation request and dates it by `now`.
 *
 * @throws {RoleAssignmentError}
 */
export function checkRevoke(request: RevokeRequest, now: Date): RoleRevocation {
  return {
    principal: field(request.principal, 'principal'),
    role: checkRole(request.role),
    scope: field(request.scope, 'scope'),
    revokedBy: field(request.revokedBy, 'revokedBy'),
    reason: field(request.reason, 'reason'),
    revokedAt: now.toISOString(),
  };
}

/**
 * The roles the assignments give at `now`: those holding from a time not after it, in core's
 * `ROLES` order, once each; a stored row naming `system` or an unknown role gives nothing.
 */
export function heldRoles(assignments: readonly RoleAssignment[], now: Date): Role[] {
  const held = new Set<string>();
  for (const a of assignments) {
    const since = Date.parse(a.since);
    if (!Number.isNaN(since) && since <= now.getTime() && isAssignableRole(a.role)) {
      held.add(a.role);
    }
  }
  return ROLES.filter((role) => held.has(role));
}

function checkRole(role: unknown): Role {
  if (role === 'system') {
    throw new RoleAssignmentError(
      'system-not-assignable',
      'role',
      "the role system is the host's deadline scheduler's and is never assigned",
    );
  }
  if (!isAssignableRole(role)) {
    throw new RoleAssignmentError(
      'unknown-role',
      'role',
      `not a role; expected one of ${ROLES.filter((r) => r !== 'system').join(', ')}`,
    );
  }
  return role;
}

function field(value: unknown, name: keyof typeof LIMITS): string {
  const limit = LIMITS[name];
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > limit) {
    throw new RoleAssignmentError(
      'invalid-field',
      name,
      `${name} must be text of 1 to ${limit} characters`,
    );
  }
  return value;
}

function instant(value: unknown, name: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RoleAssignmentError('invalid-field', name, `${name} must be an ISO 8601 instant`);
  }
  return new Date(ms).toISOString();
}
