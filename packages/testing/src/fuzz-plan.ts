// What a fuzz run is made of, drawn by fast-check so that it shrinks: a pool of payloads per
// event type and a list of steps whose type, sender and time the run decides as it goes.
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import type { EventCatalog, EventSpec } from './core.js';
import { BREAKAGES, type Breakage } from './fuzz-inputs.js';
import { type ZodSchemaLike, zodArbitrary } from './zod-arbitrary.js';

const DAY = 86_400_000;

/**
 * Where a payload comes from: an arbitrary of the whole payload (the fields besides `type`,
 * `at` and `by`), or overrides by path for the arbitrary built from the event's zod schema (see
 * `arbitraryFromZod`), e.g. `{ participants: fc.constant([...]) }`.
 */
export type PayloadSource = fc.Arbitrary<object> | Readonly<Record<string, fc.Arbitrary<unknown>>>;

const FROM_SNAPSHOT: unique symbol = Symbol.for('jiayuan.testing.fromSnapshot') as never;

/** A payload value `fuzzMachine` computes from the snapshot the event is sent to. */
export interface FromSnapshot<T> {
  readonly [FROM_SNAPSHOT]: (snapshot: AnyMachineSnapshot, n: number) => T;
  /** A drawn natural number, to choose among candidates. */
  readonly n: number;
}

/**
 * A payload value taken from the snapshot an event is sent to, e.g. the id of a candidate who
 * is already on the ballot: `fromSnapshot((s, n) => s.context.candidates[n % len]?.id ?? 'x')`.
 * `n` is a drawn natural number (it shrinks toward 0). Only `fuzzMachine` resolves it;
 * use it inside the arbitraries of `payloads`.
 */
export function fromSnapshot<T>(
  choose: (snapshot: AnyMachineSnapshot, n: number) => T,
): fc.Arbitrary<FromSnapshot<T>> {
  return fc.nat().map((n) => ({ [FROM_SNAPSHOT]: choose, n }));
}

/** One input of a run, before the run's state decides its type and its time. */
export interface Step {
  /** Choose among the types the state takes now. */
  readonly steer: boolean;
  readonly type: number;
  readonly payload: number;
  /** Send as a role the catalog does not permit. */
  readonly wrongRole: boolean;
  readonly role: number;
  readonly id: number;
  readonly gap: number;
  /** Write `at` with the +08:00 offset instead of `Z`. */
  readonly offset: boolean;
  /** Dated this many ms before the clock (the clock does not move). */
  readonly late: number | null;
  /**
   * Dated at one of the instants the snapshot names (a deadline's due time), one second before
   * it, or one second after it, when that is not before the clock (see `fuzzMachine`'s `instants`).
   */
  readonly jump: number | null;
  readonly broken: { readonly kind: Breakage; readonly pick: number } | null;
}

/** One run: the payloads drawn for it, its inputs, and when it round-trips the snapshot. */
export interface Plan {
  readonly pool: Readonly<Record<string, readonly object[]>>;
  readonly steps: readonly Step[];
  readonly persistAt: number;
}

/** How {@link planArbitrary} draws a run (the checked options of `fuzzMachine`). */
export interface PlanOptions {
  readonly start: string;
  readonly payloads: Readonly<Record<string, PayloadSource>>;
  readonly minEvents: number;
  readonly maxEvents: number;
  readonly maxStepMs: number;
  readonly poolSize: number;
  /** Shares of steered types, wrong roles, broken inputs and late events. */
  readonly allowed: number;
  readonly wrongRole: number;
  readonly invalid: number;
  readonly late: number;
  /** Share of events dated at an instant the snapshot names (0 without `instants`). */
  readonly jump: number;
}

/**
 * The arbitrary of one run of a catalog's machine: payloads come from the `payloads` given or
 * from each event's zod schema, with instants around the run's time line.
 */
export function planArbitrary(
  catalog: EventCatalog,
  types: readonly string[],
  options: PlanOptions,
): fc.Arbitrary<Plan> {
  const { maxEvents, maxStepMs, poolSize } = options;
  const startMs = Date.parse(options.start);
  const horizon = startMs + maxEvents * maxStepMs;
  const instants = {
    min: new Date(startMs - 30 * DAY).toISOString(),
    max: new Date(Math.min(horizon + 30 * DAY, 253_402_300_799_000)).toISOString(),
  };
  const payloadOf = (type: string): fc.Arbitrary<object> => {
    const spec = catalog.events[type] as EventSpec;
    const source = options.payloads[type];
    // A payload may not set the envelope: the run decides type, time and sender.
    if (source !== undefined && isArbitrary(source)) return source.map(withoutEnvelope);
    const envelope = {
      type: fc.constant(type),
      at: fc.constant(options.start),
      by: fc.constant({ id: 'fuzz', role: spec.roles[0] ?? 'system' }),
    };
    const overrides = {
      ...(source as Readonly<Record<string, fc.Arbitrary<unknown>>>),
      ...envelope,
    };
    return zodArbitrary(
      spec.schema as unknown as ZodSchemaLike,
      { overrides, instants },
      new Set(Object.keys(envelope)),
    ).map(withoutEnvelope);
  };
  const pool = fc.record(
    Object.fromEntries(
      types.map((type) => [type, fc.array(payloadOf(type), { minLength: 1, maxLength: poolSize })]),
    ),
    { noNullPrototype: true },
  );

  const step: fc.Arbitrary<Step> = fc.record(
    {
      steer: fc.integer({ min: 0, max: 999 }).map((n) => n < options.allowed * 1000),
      type: fc.nat(),
      payload: fc.nat({ max: poolSize - 1 }),
      wrongRole: sometimes(options.wrongRole, fc.constant(true)).map((w) => w === true),
      role: fc.nat(),
      id: fc.integer({ min: 1, max: 3 }),
      gap: fc.integer({ min: 0, max: maxStepMs }),
      offset: fc.boolean(),
      late: sometimes(options.late, fc.integer({ min: 1, max: 30 * DAY })),
      // A constant draws nothing, so without `instants` the runs are those of before.
      jump: sometimes(options.jump, fc.nat()),
      broken: sometimes(
        options.invalid,
        fc.record({ kind: fc.constantFrom(...BREAKAGES), pick: fc.nat() }),
      ),
    },
    { noNullPrototype: true },
  );
  // Steps first: fast-check shrinks a record key by key, and short runs make the rest cheap.
  return fc.record(
    {
      steps: fc.array(step, { minLength: options.minEvents, maxLength: maxEvents }),
      persistAt: fc.nat({ max: Math.max(0, maxEvents - 1) }),
      pool,
    },
    { noNullPrototype: true },
  );
}

function sometimes<T>(share: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  const perMille = Math.round(share * 1000);
  if (perMille === 0) return fc.constant(null);
  if (perMille === 1000) return arbitrary;
  // `null` first and cross-shrinking, so that shrinking turns the odd input back to a plain one.
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant(null), weight: 1000 - perMille },
    { arbitrary, weight: perMille },
  );
}

/** Whether `value` is a fast-check arbitrary (of any copy of fast-check). */
export function isArbitrary(value: unknown): value is fc.Arbitrary<never> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'generate') === 'function' &&
    typeof Reflect.get(value, 'shrink') === 'function' &&
    typeof Reflect.get(value, 'canShrinkWithoutContext') === 'function'
  );
}

function withoutEnvelope(value: unknown): object {
  if (typeof value !== 'object' || value === null) return {};
  const { type: _type, at: _at, by: _by, ...payload } = value as Record<string, unknown>;
  return payload;
}

/**
 * `value` with each {@link FromSnapshot} in it replaced by its choice for `snapshot`; the same
 * object where there is none inside (a payload may carry a whole roll).
 */
export function resolve(value: unknown, snapshot: AnyMachineSnapshot): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const resolved = resolve(item, snapshot);
      changed ||= resolved !== item;
      return resolved;
    });
    return changed ? items : value;
  }
  const choose: unknown = Reflect.get(value, FROM_SNAPSHOT);
  if (typeof choose === 'function') {
    return choose(snapshot, Reflect.get(value, 'n'));
  }
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const resolved = resolve(item, snapshot);
    changed ||= resolved !== item;
    return [key, resolved] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}
