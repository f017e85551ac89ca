import type { Locale, Role } from '@jiayuan/core';
import { isAssignableRole, RoleAssignmentError } from '@jiayuan/host';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import { withHost } from './host.js';

/** The environment variable naming the local operator when `--as-operator` is not given. */
export const OPERATOR_ENV = 'JIAYUAN_OPERATOR';

/**
 * The local operator `send` acts as (`--as-operator`, else `$JIAYUAN_OPERATOR`), checked; never
 * taken from an event's JSON.
 *
 * @throws {CliError} (exit 2) when neither names one.
 */
export function operatorOf(id: string | undefined): string {
  if (id === undefined || id.trim() === '') {
    throw new CliError(
      `send acts as a named local operator: pass --as-operator <id> or set ${OPERATOR_ENV}; the operator needs a role for the process (jiayuan assign) / 请用 --as-operator 指明操作人`,
    );
  }
  if (id.length > 128) throw new CliError('--as-operator: at most 128 characters / 操作人标识过长');
  return id;
}

/** A `--role` value: one of core's roles a principal may hold. */
export function roleOption(value: string | undefined, option = '--role'): Role | undefined {
  if (value === undefined) return undefined;
  if (!isAssignableRole(value)) {
    throw new CliError(
      value === 'system'
        ? `${option}: system is the host's deadline scheduler's and is never assigned / system 角色只属于系统时钟`
        : `${option}: not a role / 不是有效角色`,
    );
  }
  return value;
}

/** What `jiayuan assign` and `jiayuan revoke` record. */
export interface RoleCommand {
  readonly db: string;
  readonly operator: string;
  readonly role: Role;
  readonly scope: string;
  /** Who grants or revokes it. */
  readonly by: string;
  readonly reason: string;
}

/** `jiayuan assign`: records that an operator holds a role in a scope, with who and why. */
export async function runAssign(
  c: RoleCommand,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  return withHost(c.db, false, async (host) => {
    const r = await coded(() =>
      host.assign({
        principal: c.operator,
        role: c.role,
        scope: c.scope,
        grantedBy: c.by,
        reason: c.reason,
      }),
    );
    out(
      say(
        locale,
        r.granted
          ? t(
              `✓ ${c.operator} 自 ${r.assignment.since} 起在 ${c.scope} 担任 ${c.role}`,
              `✓ ${c.operator} holds ${c.role} in ${c.scope} from ${r.assignment.since}`,
            )
          : t(
              `${c.operator} 已在 ${c.scope} 担任 ${c.role}（自 ${r.assignment.since}），未作改动`,
              `${c.operator} already holds ${c.role} in ${c.scope} (from ${r.assignment.since}); nothing changed`,
            ),
      ),
    );
    return EXIT_CODES.ok;
  });
}

/** `jiayuan revoke`: ends an operator's role in a scope, with who and why. */
export async function runRevoke(
  c: RoleCommand,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  return withHost(c.db, false, async (host) => {
    const r = await coded(() =>
      host.revoke({
        principal: c.operator,
        role: c.role,
        scope: c.scope,
        revokedBy: c.by,
        reason: c.reason,
      }),
    );
    if (r === undefined) {
      out(
        say(
          locale,
          t(
            `${c.operator} 未在 ${c.scope} 担任 ${c.role}`,
            `${c.operator} does not hold ${c.role} in ${c.scope}`,
          ),
        ),
      );
      return EXIT_CODES.notFound;
    }
    out(say(locale, t(`✓ 已撤销`, `✓ revoked`)));
    return EXIT_CODES.ok;
  });
}

/** `jiayuan roles`: the audit trail of role assignments (an operator's, or all). */
export async function runRoles(
  db: string,
  operator: string | undefined,
  out: (s: string) => void,
): Promise<number> {
  // Read-only, like status and due: it writes nothing, not even the role tables.
  return withHost(db, true, async (host) => {
    const changes = await host
      .assignmentHistory(operator === undefined ? {} : { principal: operator })
      .catch((error: unknown) => {
        // A store written before role assignments existed has none yet.
        if (/no such table/i.test(String(error))) return [];
        throw error;
      });
    for (const c of changes) {
      out(
        `${c.at}  ${c.action === 'grant' ? '+' : '-'} ${c.principal}  ${c.role}  ${c.scope}  by ${c.by}: ${c.reason}`,
      );
    }
    return EXIT_CODES.ok;
  });
}

// A refused assignment is bad input: one line, exit 2.
async function coded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RoleAssignmentError) {
      throw new CliError(`${error.field}: ${error.message}`, EXIT_CODES.usage);
    }
    throw error;
  }
}
