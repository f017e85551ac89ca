import type { StateValue } from 'xstate';
import type { Bilingual, Locale } from '../i18n.js';
import type { Role } from '../roles.js';

/**
 * Why `dispatch` refused an event, in the order it checks:
 * - `too-large`: the input, its `type` or its sender's id is over its size limit (the value is
 *   not echoed back);
 * - `process-ended`: the actor is not running or its snapshot is not active;
 * - `unknown-event`: the input is not an object with a `type` the catalog knows;
 * - `invalid-event`: the event fails its zod schema;
 * - `not-permitted`: the sender's role may not send this event;
 * - `out-of-order`: the event is dated before the process clock (`context.now`);
 * - `not-allowed-now`: no active state has a transition for the event;
 * - `rule-violated`: a catalog rule, or a machine guard (rule id `guard`), refused it;
 * - `machine-error`: a guard, action or rule threw.
 *
 * Then the codes a host gives before `dispatch` when it fills in the sender and the time of an
 * event from an authenticated principal (appended, so the list stays stable):
 * - `sender-mismatch`: the event's own `by` names another party or role than the principal acts
 *   as;
 * - `role-ambiguous`: the principal holds several roles that may send the event and did not say
 *   which one it acts in;
 * - `time-not-accepted`: the event carries a time of its own where the host's clock dates it;
 * - `time-in-future`: a time written on paper (a ballot keyed in later) is later than the host's
 *   clock allows.
 */
export const REJECTION_CODES = [
  'too-large',
  'process-ended',
  'unknown-event',
  'invalid-event',
  'not-permitted',
  'out-of-order',
  'not-allowed-now',
  'rule-violated',
  'machine-error',
  'sender-mismatch',
  'role-ambiguous',
  'time-not-accepted',
  'time-in-future',
] as const;

/** The codes `dispatch` itself gives, in the order it checks (the start of {@link REJECTION_CODES}). */
export const DISPATCH_REJECTION_CODES = REJECTION_CODES.slice(0, 9) as readonly Exclude<
  RejectionCode,
  HostRejectionCode
>[];

/** The codes a host gives before `dispatch` (the end of {@link REJECTION_CODES}). */
export const HOST_REJECTION_CODES = REJECTION_CODES.slice(9) as readonly HostRejectionCode[];

/** One of {@link HOST_REJECTION_CODES}. */
export type HostRejectionCode =
  | 'sender-mismatch'
  | 'role-ambiguous'
  | 'time-not-accepted'
  | 'time-in-future';

/** One of {@link REJECTION_CODES}. */
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** The rule id reported when a machine guard refuses an event that no catalog rule explained. */
export const GUARD_RULE_ID = 'guard';

/** One problem zod found in an event. */
export interface EventIssue {
  /** Dotted path to the field, e.g. `by.role`; empty for the event itself. */
  readonly path: string;
  /** The problem in English (zod's message or the schema's own). */
  readonly message: string;
  /** The problem in both languages. */
  readonly messages: Bilingual;
}

/** A role allowed to send the refused event, with its names. */
export interface PermittedRole {
  readonly role: Role;
  readonly name: Bilingual;
}

/**
 * Why an event was refused. Plain JSON, so a host can store refused attempts. The process is
 * untouched, except for `machine-error` with `details.stopped: true`.
 */
export interface Rejection {
  readonly code: RejectionCode;
  /** The event type, when the input had a string one. */
  readonly type?: string;
  /** The state value when the event was refused. */
  readonly state: StateValue;
  /** The event types the state allows now, ignoring roles and rules. */
  readonly allowed: readonly string[];
  readonly message: Bilingual;
  /** With `invalid-event`. */
  readonly issues?: readonly EventIssue[];
  /** With `rule-violated`: the rule and the law it applies. */
  readonly rule?: { readonly id: string; readonly citations: readonly string[] };
  /** With `not-permitted` and `role-ambiguous`. */
  readonly permittedRoles?: readonly PermittedRole[];
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Whether `value` is one of {@link REJECTION_CODES}. */
export function isRejectionCode(value: unknown): value is RejectionCode {
  return (REJECTION_CODES as readonly unknown[]).includes(value);
}

/** A rejection thrown by `dispatchOrThrow`, for hosts that prefer exceptions. */
export class RejectionError extends Error {
  /** The rejection, as `dispatch` would have returned it. */
  readonly rejection: Rejection;

  /** @param locale The language of `error.message`; both stay in `rejection.message`. */
  constructor(rejection: Rejection, locale: Locale = 'en') {
    super(`[${rejection.code}] ${rejection.message[locale]}`);
    this.name = 'RejectionError';
    this.rejection = rejection;
  }

  /** The rejection code. */
  get code(): RejectionCode {
    return this.rejection.code;
  }
}
