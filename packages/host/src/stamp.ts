import {
  allowedEvents,
  type Bilingual,
  catalogOf,
  eventTitle,
  type MessageKey,
  type MessageParams,
  message,
  type Rejection,
  type RejectionCode,
  ROLE_NAMES,
  type Role,
  specOf,
} from '@jiayuan/core';
import type { AnyActorRef, AnyMachineSnapshot } from 'xstate';
import type { Principal } from './principal.js';

/**
 * How far a time written on paper may be ahead of the host's clock by default: 2 minutes, for a
 * clerk's watch or a ballot box's clock that runs a little fast. See `HostOptions.clockSkewMs`.
 */
export const DEFAULT_CLOCK_SKEW_MS = 120_000;

/** The ballot channels that are a paper form keyed in later: every one but `electronic`. */
export const WRITTEN_CHANNELS: readonly string[] = ['paper', 'on-site', 'door-to-door'];

/** What {@link stampEvent} needs besides the event. */
export interface Stamp {
  readonly principal: Principal;
  /** The roles the principal holds for the process now. */
  readonly held: readonly Role[];
  /** The role asked for with `as`, if any. */
  readonly as?: Role;
  /** The host's clock. */
  readonly now: Date;
  readonly skewMs: number;
}

/** What {@link stampEvent} decided. */
export type Stamped =
  /** The event with its sender and time filled in, for `dispatch`. */
  | { readonly ok: true; readonly event: unknown }
  /** Refused before `dispatch`. */
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * Fills in an event's sender and time from the authenticated principal and the host's clock,
 * and refuses what the event claims for itself, before `dispatch` sees it:
 *
 * - `by` is the principal's id and name and the role it holds for the process that the event's
 *   catalog entry permits (`as`, or `by.role`, chooses among several). A `by` that says anything
 *   else is `sender-mismatch`; no permitted role held is `not-permitted`; several and no choice
 *   is `role-ambiguous`. `system` is never held: it is the host's deadline scheduler's.
 * - `at` is the host's clock; an `at` in the event is `time-not-accepted`.
 * - A ballot's own `at` is the time written on it. It is taken from the event only for a ballot
 *   on paper (a channel in {@link WRITTEN_CHANNELS}) keyed in by someone other than its owner (a
 *   clerk of a role the catalog permits), and only when it is not later than the host's clock
 *   plus `skewMs` (`time-in-future` otherwise); the machine checks it against the voting window.
 *   A ballot without one is dated by the host's clock.
 *
 * Input that is not an event the catalog knows, or sent to a process that has ended, is passed
 * on unchanged: `dispatch` refuses all of it with its own code.
 */
export function stampEvent(actor: AnyActorRef, input: unknown, stamp: Stamp): Stamped {
  const catalog = catalogOf(actor);
  const snapshot: AnyMachineSnapshot = actor.getSnapshot();
  if (catalog === undefined || !isRecord(input) || snapshot.status !== 'active') {
    return { ok: true, event: input };
  }
  const type: unknown = input.type;
  const spec = typeof type === 'string' ? specOf(catalog, type) : undefined;
  if (typeof type !== 'string' || spec === undefined) return { ok: true, event: input };
  const event = eventTitle(catalog, type);
  const refuse = <K extends MessageKey>(
    code: RejectionCode,
    key: K,
    params: MessageParams[K],
    extras: Partial<Rejection> = {},
  ): Stamped => ({
    ok: false,
    rejection: {
      code,
      type,
      state: snapshot.value,
      allowed: allowedEvents(snapshot, catalog),
      message: message(key, params),
      ...extras,
    },
  });
  const permitted = spec.roles;
  const permittedRoles = permitted.map((role) => ({ role, name: ROLE_NAMES[role] }));
  const names = (roles: readonly Role[]): Bilingual[] => roles.map((role) => ROLE_NAMES[role]);

  // The sender: nothing the event says about itself is taken on trust.
  let claimed: Role | undefined;
  if (Object.hasOwn(input, 'by')) {
    const field = senderMismatch(input.by, stamp.principal);
    if (field !== undefined) {
      return refuse('sender-mismatch', 'sender-mismatch', { event, field }, { details: { field } });
    }
    const role: unknown = isRecord(input.by) ? input.by.role : undefined;
    if (role !== undefined) {
      if (!stamp.held.includes(role as Role) || (stamp.as !== undefined && role !== stamp.as)) {
        return refuse(
          'sender-mismatch',
          'sender-mismatch',
          { event, field: 'role' },
          { details: { field: 'role' } },
        );
      }
      claimed = role as Role;
    }
  }
  const usable = stamp.held.filter((role) => permitted.includes(role));
  const chosen = stamp.as ?? claimed;
  let role: Role;
  if (chosen !== undefined) {
    if (!stamp.held.includes(chosen)) {
      return refuse(
        'not-permitted',
        'not-assigned',
        { event, role: ROLE_NAMES[chosen], permitted: names(permitted) },
        { permittedRoles, details: { role: chosen, held: [...stamp.held] } },
      );
    }
    if (!permitted.includes(chosen)) {
      return refuse(
        'not-permitted',
        'not-permitted',
        { event, role: ROLE_NAMES[chosen], permitted: names(permitted) },
        { permittedRoles, details: { role: chosen } },
      );
    }
    role = chosen;
  } else if (usable.length === 1 && usable[0] !== undefined) {
    role = usable[0];
  } else if (usable.length === 0) {
    return refuse(
      'not-permitted',
      'not-assigned',
      { event, role: undefined, permitted: names(permitted) },
      { permittedRoles, details: { held: [...stamp.held] } },
    );
  } else {
    return refuse(
      'role-ambiguous',
      'role-ambiguous',
      { event, held: names(usable) },
      {
        permittedRoles: usable.map((r) => ({ role: r, name: ROLE_NAMES[r] })),
        details: { held: [...usable] },
      },
    );
  }

  // The time: the host's clock, except the time written on a paper ballot keyed in later.
  if (Object.hasOwn(input, 'at')) {
    return refuse(
      'time-not-accepted',
      'time-not-accepted',
      { event, field: 'at' },
      { details: { field: 'at' } },
    );
  }
  const now = stamp.now.toISOString();
  let ballot: unknown = input.ballot;
  if (isRecord(ballot)) {
    if (!Object.hasOwn(ballot, 'at')) {
      ballot = { ...ballot, at: now };
    } else if (!WRITTEN_CHANNELS.includes(String(ballot.channel)) || role === 'owner') {
      return refuse(
        'time-not-accepted',
        'time-not-accepted',
        { event, field: 'ballot.at' },
        { details: { field: 'ballot.at' } },
      );
    } else {
      const written = typeof ballot.at === 'string' ? Date.parse(ballot.at) : Number.NaN;
      const latest = stamp.now.getTime() + stamp.skewMs;
      // An unreadable time is left to the event's schema, which refuses it as invalid.
      if (!Number.isNaN(written) && written > latest) {
        const latestIso = new Date(latest).toISOString();
        return refuse(
          'time-in-future',
          'time-in-future',
          { event, field: 'ballot.at', latest: latestIso },
          { details: { field: 'ballot.at', latest: latestIso, skewMs: stamp.skewMs } },
        );
      }
    }
  }
  const by = {
    id: stamp.principal.id,
    role,
    ...(stamp.principal.name === undefined ? {} : { name: stamp.principal.name }),
  };
  return {
    ok: true,
    event: { ...input, at: now, by, ...(ballot === input.ballot ? {} : { ballot }) },
  };
}

// Which part of an event's own `by` differs from the principal (its role is checked apart).
function senderMismatch(by: unknown, principal: Principal): 'id' | 'name' | 'by' | undefined {
  if (!isRecord(by)) return 'by';
  for (const key of Object.keys(by))
    if (key !== 'id' && key !== 'role' && key !== 'name') return 'by';
  if (Object.hasOwn(by, 'id') && by.id !== principal.id) return 'id';
  if (Object.hasOwn(by, 'name') && by.name !== principal.name) return 'name';
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
