import fc from 'fast-check';
import { type ActorRefArbitraryOptions, actorRefArbitrary, checkRoles } from './actorRef.js';
import { type ActorRef, ROLES, type Role } from './core.js';
import { checkInteger, checkShare } from './validate.js';
import { DEFAULT_WINDOW, parseInstant, toInstant } from './window.js';

/**
 * One entry of an event catalog: the arbitrary of an event's payload (the fields besides
 * `type`, `at` and `by`), optionally with the roles allowed to send it.
 */
export type EventCatalogEntry<P extends object = object> =
  | fc.Arbitrary<P>
  | { readonly payload: fc.Arbitrary<P>; readonly roles?: readonly Role[] };

/** Event types mapped to their payload arbitraries: `{ TICK: fc.constant({}), … }`. */
export type EventCatalogLike = Readonly<Record<string, EventCatalogEntry>>;

type PayloadOf<E> =
  E extends fc.Arbitrary<infer P>
    ? P
    : E extends { readonly payload: fc.Arbitrary<infer P> }
      ? P
      : never;

/** A valid event of catalog `C`: its payload plus `type`, `at` (ISO instant) and `by`. */
export type StreamEvent<C extends EventCatalogLike> = {
  [K in keyof C & string]: Omit<PayloadOf<C[K]>, 'type' | 'at' | 'by'> & {
    readonly type: K;
    readonly at: string;
    readonly by: ActorRef;
  };
}[keyof C & string];

/** An input deliberately broken by {@link eventStreamArbitrary}. */
export type InvalidInput = Readonly<Record<string, unknown>>;

/** The ways an input of an event stream is broken. */
export type InvalidInputKind = 'unknown-type' | 'wrong-role' | 'missing-field';

/** Options of {@link eventStreamArbitrary}. */
export interface EventStreamOptions {
  /**
   * Roles allowed to send: one list for every type, or lists per type. A catalog entry's own
   * `roles` win. Default every role in core's `ROLES`. `wrong-role` inputs use any other role.
   */
  readonly roles?: readonly Role[] | Readonly<Record<string, readonly Role[]>>;
  /** Fewest inputs in a stream. Default 0. */
  readonly minLength?: number;
  /** Most inputs in a stream. Default 20. */
  readonly maxLength?: number;
  /** Instant before the first input; the first `at` is at or after it. Default 2026-03-01Z. */
  readonly start?: string;
  /** Largest gap between two consecutive `at`s, in ms (gaps may be 0). Default 3 days. */
  readonly maxStepMs?: number;
  /**
   * Share of inputs that are broken: an unknown type, a sender whose role may not send it, or a
   * missing field. Tell them apart with {@link invalidInputKind}. Default 0.
   */
  readonly invalidShare?: number;
  /** Options of the senders, see {@link actorRefArbitrary}. */
  readonly actors?: ActorRefArbitraryOptions;
}

// Broken inputs are plain objects (hosts feed them straight into `dispatch`), so their kind is
// kept beside them rather than in a field the event schema would see.
const invalidKinds = new WeakMap<object, InvalidInputKind>();

/**
 * How an input from {@link eventStreamArbitrary} was broken, or `undefined` for a valid event.
 * Works on the objects the arbitrary produced, not on copies of them.
 */
export function invalidInputKind(input: unknown): InvalidInputKind | undefined {
  return typeof input === 'object' && input !== null ? invalidKinds.get(input) : undefined;
}

const DAY = 86_400_000;
const INVALID_KINDS: readonly InvalidInputKind[] = ['unknown-type', 'wrong-role', 'missing-field'];

interface Mutation {
  readonly kind: InvalidInputKind;
  /** Chooses among the candidates of the kind (field to drop, role, type). */
  readonly pick: number;
}

function entryPayload(entry: EventCatalogEntry): fc.Arbitrary<object> {
  return 'payload' in entry ? entry.payload : entry;
}

/**
 * Sequences of events for a machine: each `{ type, at, by, ...payload }` with a payload from the
 * catalog, a sender with an allowed role, and `at` non-decreasing along the sequence (ISO
 * instants with `Z`). With `invalidShare` > 0 some inputs are broken on purpose: an unknown
 * `type`, a sender whose role may not send that type, or a missing field (`type`, `at`, `by` or a
 * payload field); they keep the monotonic `at` when they have one.
 *
 * @throws RangeError when the catalog is empty or an option is invalid.
 */
export function eventStreamArbitrary<C extends EventCatalogLike>(
  catalog: C,
  options?: EventStreamOptions & { readonly invalidShare?: 0 },
): fc.Arbitrary<Array<StreamEvent<C>>>;
export function eventStreamArbitrary<C extends EventCatalogLike>(
  catalog: C,
  options?: EventStreamOptions,
): fc.Arbitrary<Array<StreamEvent<C> | InvalidInput>>;
export function eventStreamArbitrary<C extends EventCatalogLike>(
  catalog: C,
  options: EventStreamOptions = {},
): fc.Arbitrary<Array<StreamEvent<C> | InvalidInput>> {
  const types = Object.keys(catalog);
  if (types.length === 0) throw new RangeError('the event catalog must name at least one type');
  const minLength = options.minLength ?? 0;
  const maxLength = options.maxLength ?? Math.max(20, minLength);
  checkInteger('minLength', minLength, 0, 100_000);
  checkInteger('maxLength', maxLength, minLength, 100_000);
  const maxStepMs = options.maxStepMs ?? 3 * DAY;
  checkInteger('maxStepMs', maxStepMs, 0, 3650 * DAY);
  const start = parseInstant('start', options.start ?? DEFAULT_WINDOW.opensAt);
  const invalidShare = options.invalidShare ?? 0;
  checkShare('invalidShare', invalidShare);

  const rolesOf = (type: string): readonly Role[] => {
    const entry = catalog[type];
    if (entry && 'payload' in entry && entry.roles) return entry.roles;
    const roles = options.roles;
    if (roles === undefined) return ROLES;
    if (Array.isArray(roles)) return roles;
    return (roles as Readonly<Record<string, readonly Role[]>>)[type] ?? ROLES;
  };
  for (const type of types) checkRoles(`roles of ${type}`, rolesOf(type));

  const step = fc.oneof(
    ...types.map((type) =>
      fc.record({
        type: fc.constant(type),
        payload: entryPayload(catalog[type] as EventCatalogEntry),
        by: actorRefArbitrary(rolesOf(type), options.actors),
        gap: fc.integer({ min: 0, max: maxStepMs }),
      }),
    ),
  );
  const broken: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom(...INVALID_KINDS),
    pick: fc.nat(),
  });
  const perMille = Math.round(invalidShare * 1000);
  // Valid comes first so that shrinking turns broken inputs back into valid ones.
  const mutation: fc.Arbitrary<Mutation | null> =
    perMille === 0
      ? fc.constant(null)
      : perMille === 1000
        ? broken
        : fc.oneof(
            { arbitrary: fc.constant(null), weight: 1000 - perMille },
            { arbitrary: broken, weight: perMille },
          );

  return fc.array(fc.tuple(step, mutation), { minLength, maxLength }).map((steps) => {
    let t = start;
    return steps.map(([s, m]) => {
      t += s.gap;
      if (typeof s.payload !== 'object' || s.payload === null) {
        throw new TypeError(`the payload arbitrary of ${s.type} must produce objects`);
      }
      // Payload first: `type`, `at` and `by` are the stream's own and cannot be overridden.
      const event = { ...s.payload, type: s.type, at: toInstant(t), by: s.by };
      if (m === null) return event as StreamEvent<C>;
      return breakInput(event, m, rolesOf(s.type), catalog);
    });
  });
}

function breakInput(
  event: Record<string, unknown> & { type: string; by: ActorRef },
  m: Mutation,
  allowed: readonly Role[],
  catalog: EventCatalogLike,
): InvalidInput {
  const wrongRoles = ROLES.filter((r) => !allowed.includes(r));
  // With every role allowed, a wrong role is impossible: drop a field instead.
  const kind = m.kind === 'wrong-role' && wrongRoles.length === 0 ? 'missing-field' : m.kind;
  let input: Record<string, unknown>;
  switch (kind) {
    case 'unknown-type': {
      const candidates = [
        'NOT_AN_EVENT',
        'UNKNOWN',
        `${event.type}_TYPO`,
        event.type.toLowerCase(),
        '',
      ];
      const unknown = candidates.filter((c) => !Object.hasOwn(catalog, c));
      let fallback = 'UNKNOWN_EVENT';
      while (Object.hasOwn(catalog, fallback)) fallback += '_';
      if (unknown.length === 0) unknown.push(fallback);
      input = { ...event, type: unknown[m.pick % unknown.length] };
      break;
    }
    case 'wrong-role': {
      const role = wrongRoles[m.pick % wrongRoles.length] as Role;
      input = { ...event, by: { id: `${role}-1`, role } };
      break;
    }
    case 'missing-field': {
      const keys = Object.keys(event);
      input = { ...event };
      delete input[keys[m.pick % keys.length] as string];
      break;
    }
  }
  invalidKinds.set(input, kind);
  return input;
}
