/**
 * `@jiayuan/core/dispatch`: `dispatch` and what it returns, for a host that cares how long its
 * type check takes. The functions and values are the root entry's own (the same objects); the
 * declarations name no zod type — a catalog is read through {@link CatalogShape}, which every
 * zod catalog is — so a file that imports only this entry checks without loading zod's
 * declarations (docs/benchmarks.md, "Declaration size and a host's type check").
 * Everything else (catalogs, schemas, profiles, the tally) is in `@jiayuan/core`.
 *
 * @packageDocumentation
 */
import type { AnyActorRef, SnapshotFrom } from 'xstate';
import {
  dispatch as rootDispatch,
  dispatchOrThrow as rootDispatchOrThrow,
} from '../dispatch/dispatch.js';
import type { DispatchAccepted, DispatchResult } from '../dispatch/result.js';
import type { Locale } from '../i18n.js';
import type { CatalogFrom, CatalogShape, DispatchOptions, EventOf } from './shape.js';

// The root's functions are declared over zod catalogs (`EventCatalog`); at run time they read of
// a catalog only what `CatalogShape` declares (a schema's `safeParse`, an entry's roles, rules and
// titles, the catalog's `types`, `owned` and `keeps`), so the casts below widen only the catalog's
// type. test/dispatch/subpath.test-d.ts holds the results equal to the root's for a machine's
// own catalog.

/**
 * Sends an external event to a machine actor and says why when it is refused: the root entry's
 * `dispatch`, declared over {@link CatalogShape}. See `dispatch` in `@jiayuan/core` for the
 * order of its checks and the codes it gives.
 *
 * @param input Untrusted input, e.g. parsed JSON from a request.
 * @throws if the actor is not a state machine actor or no catalog is found (setup mistakes).
 */
export const dispatch: <
  TActor extends AnyActorRef,
  TCatalog extends CatalogShape = CatalogFrom<TActor>,
>(
  actor: TActor,
  input: unknown,
  options?: DispatchOptions<TCatalog>,
) => DispatchResult<SnapshotFrom<TActor>, EventOf<TCatalog>> = rootDispatch as never;

/**
 * Like {@link dispatch}, but returns the accepted result and throws a `RejectionError` on a
 * rejection: the root entry's `dispatchOrThrow`.
 *
 * @throws {RejectionError} when the event is refused.
 */
export const dispatchOrThrow: <
  TActor extends AnyActorRef,
  TCatalog extends CatalogShape = CatalogFrom<TActor>,
>(
  actor: TActor,
  input: unknown,
  options?: DispatchOptions<TCatalog> & { readonly locale?: Locale },
) => DispatchAccepted<SnapshotFrom<TActor>, EventOf<TCatalog>> = rootDispatchOrThrow as never;

export type { EventEnvelope } from '../dispatch/envelope.js';
export type { EventLimits } from '../dispatch/limits.js';
export { DEFAULT_EVENT_LIMITS } from '../dispatch/limits.js';
export type {
  EventIssue,
  HostRejectionCode,
  PermittedRole,
  Rejection,
  RejectionCode,
} from '../dispatch/rejection.js';
export {
  DISPATCH_REJECTION_CODES,
  GUARD_RULE_ID,
  HOST_REJECTION_CODES,
  isRejectionCode,
  REJECTION_CODES,
  RejectionError,
} from '../dispatch/rejection.js';
export type { DispatchAccepted, DispatchRefused, DispatchResult } from '../dispatch/result.js';
export type { RuleFailure, RuleVerdict } from '../dispatch/rule-verdict.js';
export type { Bilingual, Locale } from '../i18n.js';
export type { ActorRef, Role } from '../roles.js';
export type {
  CatalogFrom,
  CatalogShape,
  DispatchOptions,
  EventOf,
  EventSpecShape,
  EventTypeOf,
  RuleShape,
  SafeParseShape,
  SchemaShape,
} from './shape.js';
