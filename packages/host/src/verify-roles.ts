import { GENESIS_HASH } from './hash.js';
import type { RoleAssignment, RoleChange } from './store/contract.js';
import { roleChangeHash } from './store/role-rows.js';

/** What {@link verifyAssignments} found wrong first. */
export type AssignmentsProblem =
  /** A change's content no longer matches its hash. */
  | 'altered'
  /** A change does not point at the previous change's hash. */
  | 'broken-link'
  /** A change is missing (a gap in the numbering). */
  | 'missing'
  /** The trail grants a role already held, or revokes one not held. */
  | 'inconsistent'
  /** An assignment held that the trail does not grant (or grants with other fields). */
  | 'unrecorded-assignment'
  /** An assignment the trail grants and never revokes is not held. */
  | 'missing-assignment';

/** The outcome of `host.verifyAssignments()`. */
export type AssignmentsVerifyResult =
  | { readonly ok: true; readonly changes: number; readonly assignments: number }
  | {
      readonly ok: false;
      readonly problem: AssignmentsProblem;
      /** The change where the trail breaks, when the problem is in the trail. */
      readonly id?: number;
      readonly message: string;
    };

const keyOf = (a: { principal: string; scope: string; role: string }) =>
  JSON.stringify([a.principal, a.scope, a.role]);

/**
 * Checks the audit trail of role assignments — numbered from 1 without a gap, each change hashed
 * and linked to the one before — and that replaying it gives exactly the assignments held: an
 * assignment written around the host (a row inserted, edited or deleted) is named.
 */
export function verifyAssignments(
  changes: readonly RoleChange[],
  assignments: readonly RoleAssignment[],
): AssignmentsVerifyResult {
  const fail = (problem: AssignmentsProblem, message: string, id?: number) =>
    ({ ok: false, problem, message, ...(id === undefined ? {} : { id }) }) as const;
  let prev = GENESIS_HASH;
  const held = new Map<string, RoleAssignment>();
  for (const [index, change] of changes.entries()) {
    const expected = index + 1;
    if (change.id !== expected) {
      return fail('missing', `role change ${expected} is missing`, expected);
    }
    if (change.prevHash !== prev) {
      return fail(
        'broken-link',
        `role change ${change.id} does not follow the one before`,
        change.id,
      );
    }
    if (roleChangeHash(change) !== change.hash) {
      return fail('altered', `role change ${change.id} was altered`, change.id);
    }
    prev = change.hash;
    const key = keyOf(change);
    if (change.action === 'grant') {
      if (held.has(key) || change.since === null) {
        return fail(
          'inconsistent',
          `role change ${change.id} grants a role already held`,
          change.id,
        );
      }
      held.set(key, {
        principal: change.principal,
        role: change.role,
        scope: change.scope,
        since: change.since,
        grantedBy: change.by,
        reason: change.reason,
        grantedAt: change.at,
      });
    } else if (!held.delete(key)) {
      return fail('inconsistent', `role change ${change.id} revokes a role not held`, change.id);
    }
  }
  for (const a of assignments) {
    const granted = held.get(keyOf(a));
    if (granted === undefined || JSON.stringify(granted) !== JSON.stringify(a)) {
      return fail(
        'unrecorded-assignment',
        `${a.role} of "${a.principal}" in "${a.scope}" is not what the trail granted`,
      );
    }
    held.delete(keyOf(a));
  }
  const [missing] = held.values();
  if (missing !== undefined) {
    return fail(
      'missing-assignment',
      `${missing.role} of "${missing.principal}" in "${missing.scope}" is granted by the trail but not held`,
    );
  }
  return { ok: true, changes: changes.length, assignments: assignments.length };
}
