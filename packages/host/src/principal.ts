import { ROLES, type Role } from '@jiayuan/core';
import { HostError } from './errors.js';

/**
 * Who sends an event, as the host application authenticated them (a session, a token, a
 * signed request): never read from the event. The host fills the event's `by` from it and from
 * the role the principal holds for the process.
 */
export interface Principal {
  /** A stable id (at most 128 characters), the one role assignments name. */
  readonly id: string;
  /** A display name (at most 100 characters), copied into `by.name`. */
  readonly name?: string;
}

/** The roles a host may assign: every one of core's `ROLES` but `system`, the scheduler's. */
export const ASSIGNABLE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'system');

/** Whether `value` is a role a principal may hold. */
export function isAssignableRole(value: unknown): value is Role {
  return (ASSIGNABLE_ROLES as readonly unknown[]).includes(value);
}

/**
 * Checks a principal handed to the host: an id of 1–128 characters and, when given, a name of at
 * most 100 (the limits of an event's `by`).
 *
 * @throws {HostError} `invalid-principal`, without echoing the value.
 */
export function checkPrincipal(principal: unknown): Principal {
  const id: unknown = isObject(principal) ? Reflect.get(principal, 'id') : undefined;
  const name: unknown = isObject(principal) ? Reflect.get(principal, 'name') : undefined;
  if (typeof id !== 'string' || id.length === 0 || id.length > 128) {
    throw new HostError(
      'invalid-principal',
      'the principal needs an id of 1 to 128 characters (the host application authenticates it)',
    );
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > 100)) {
    throw new HostError(
      'invalid-principal',
      "the principal's name must be text of at most 100 characters",
    );
  }
  return name === undefined ? { id } : { id, name };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
