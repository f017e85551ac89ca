import fc from 'fast-check';
import {
  type Actor,
  type AnyActorLogic,
  createActor,
  type EventFromLogic,
  type InputFrom,
  type Snapshot,
  type SnapshotFrom,
} from 'xstate';

/** Where an invariant is being checked: step 0 is the initial snapshot, step n after input n. */
export interface InvariantStep {
  /** 0 for the initial snapshot, then 1, 2, … after each input. */
  readonly index: number;
  /** The input just sent; `undefined` at step 0. */
  readonly input: unknown;
  /** What `send` returned for it (e.g. core's `dispatch` result); `undefined` at step 0. */
  readonly result: unknown;
}

/**
 * A property every snapshot must have. `check` returns `true` when it holds, and `false` or a
 * message explaining the breach when it does not; a thrown error is a breach too.
 */
export interface Invariant<TSnapshot> {
  /** Named in the failure report. */
  readonly name: string;
  /** `previous` is the snapshot before the step (absent at step 0). */
  check(
    snapshot: TSnapshot,
    previous: TSnapshot | undefined,
    step: InvariantStep,
  ): boolean | string;
}

/**
 * Makes the actor under test: called with no snapshot for each run, and with a persisted
 * snapshot to restore one. Return it unstarted so that errors during start are caught.
 */
export type ActorFactory<TLogic extends AnyActorLogic> = (options: {
  snapshot?: Snapshot<unknown>;
}) => Actor<TLogic>;

/** Options of {@link assertInvariants} and {@link checkInvariants}. */
export interface InvariantOptions<TLogic extends AnyActorLogic, TInput = unknown> {
  /** Sequences of inputs to send, e.g. from `eventStreamArbitrary`. */
  readonly events: fc.Arbitrary<readonly TInput[]>;
  /** The properties checked after every step. At least one. */
  readonly invariants: ReadonlyArray<Invariant<SnapshotFrom<TLogic>>>;
  /**
   * How an input reaches the actor; its return value is passed to the invariants. Default
   * `actor.send(input)`; hosts pass core's `dispatch`, which validates and explains refusals.
   */
  readonly send?: (actor: Actor<TLogic>, input: TInput) => unknown;
  /** The actor's `input` when a logic (not a factory) is given. */
  readonly input?: InputFrom<TLogic>;
  /**
   * Whether to check after every step that `getPersistedSnapshot()` is plain JSON and that an
   * actor restored from its JSON persists to the same value. Default true.
   */
  readonly persistence?: boolean;
  /** Number of sequences to try. Default 100. */
  readonly numRuns?: number;
  /** Further fast-check parameters (`seed`, `path`, `examples`, `verbose`, …). */
  readonly parameters?: fc.Parameters<[readonly TInput[]]>;
}

/** The error thrown inside a run when a step breaks an invariant. */
export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
  constructor(
    /** The invariant's name, or `persistence` / `actor error` for the built-in checks. */
    readonly invariant: string,
    /** The step, as in {@link InvariantStep.index}. */
    readonly step: number,
    /** The input of that step. */
    readonly input: unknown,
    reason: string,
  ) {
    super(
      `invariant "${invariant}" failed at step ${step}${
        step === 0 ? ' (initial snapshot)' : ` after input ${describe(input)}`
      }: ${reason}`,
    );
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The path of the first value in `value` that does not survive `JSON.stringify` unchanged
 * (functions, `undefined` in arrays, NaN, class instances such as Date or Map, cycles), or
 * `undefined` when it is plain JSON. An `undefined` object property is allowed: JSON drops it.
 */
export function findNonJson(
  value: unknown,
  path = '$',
  seen = new Set<object>(),
): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (seen.has(value)) return `${path} is a cycle`;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === undefined) return `${path}[${i}] is undefined`;
        const bad = findNonJson(item, `${path}[${i}]`, seen);
        if (bad) return bad;
      }
      return undefined;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return `${path} is a ${value.constructor?.name ?? 'class instance'}, not a plain object`;
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const bad = findNonJson(item, `${path}.${key}`, seen);
      if (bad) return bad;
    }
    return undefined;
  } finally {
    seen.delete(value);
  }
}

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function toFactory<TLogic extends AnyActorLogic>(
  subject: TLogic | ActorFactory<TLogic>,
  input: InputFrom<TLogic> | undefined,
): ActorFactory<TLogic> {
  if (typeof subject === 'function') return subject;
  return ({ snapshot }) => {
    const options = { input, snapshot };
    // createActor's options type depends on whether the logic requires input, which a generic
    // cannot resolve; the values are exactly what it accepts.
    return createActor(subject, options as Parameters<typeof createActor<TLogic>>[1]);
  };
}

/** Starts an actor, recording the first error it reports instead of letting xstate rethrow it. */
function startWatched<TLogic extends AnyActorLogic>(
  actor: Actor<TLogic>,
): { actor: Actor<TLogic>; error: () => unknown } {
  let failure: { error: unknown } | undefined;
  actor.subscribe({
    error: (error: unknown) => {
      failure ??= { error };
    },
  });
  actor.start();
  return { actor, error: () => failure?.error };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : describe(error);
}

function checkPersistence<TLogic extends AnyActorLogic>(
  actor: Actor<TLogic>,
  make: ActorFactory<TLogic>,
  step: number,
  input: unknown,
): void {
  // Typed as never-returning so that control flow knows a failure ends the check.
  const fail: (reason: string) => never = (reason) => {
    throw new InvariantViolation('persistence', step, input, reason);
  };
  const persisted: unknown = actor.getPersistedSnapshot();
  const bad = findNonJson(persisted);
  if (bad) fail(`getPersistedSnapshot() is not plain JSON: ${bad}`);
  const json = JSON.stringify(persisted);
  const expected = canonical(JSON.parse(json));
  let restored: ReturnType<typeof startWatched<TLogic>>;
  try {
    restored = startWatched(make({ snapshot: JSON.parse(json) as Snapshot<unknown> }));
  } catch (error) {
    fail(`restoring the persisted snapshot threw: ${errorText(error)}`);
  }
  try {
    if (restored.error() !== undefined) {
      fail(`the restored actor failed: ${errorText(restored.error())}`);
    }
    const again = canonical(JSON.parse(JSON.stringify(restored.actor.getPersistedSnapshot())));
    if (again !== expected) {
      fail(`restored actor persists differently:\n  before: ${expected}\n  after:  ${again}`);
    }
  } finally {
    restored.actor.stop();
  }
}

function runSequence<TLogic extends AnyActorLogic, TInput>(
  make: ActorFactory<TLogic>,
  options: InvariantOptions<TLogic, TInput>,
  inputs: readonly TInput[],
): void {
  const send =
    options.send ??
    ((actor: Actor<TLogic>, input: TInput): unknown => {
      // Inputs of a default run are events of the logic by the caller's word.
      actor.send(input as EventFromLogic<TLogic>);
      return undefined;
    });
  const persistence = options.persistence ?? true;
  const { actor, error } = startWatched(make({}));
  try {
    const verify = (
      snapshot: SnapshotFrom<TLogic>,
      previous: SnapshotFrom<TLogic> | undefined,
      step: InvariantStep,
    ): void => {
      if (error() !== undefined) {
        throw new InvariantViolation('actor error', step.index, step.input, errorText(error()));
      }
      for (const invariant of options.invariants) {
        let verdict: boolean | string;
        try {
          verdict = invariant.check(snapshot, previous, step);
        } catch (thrown) {
          verdict = `check threw: ${errorText(thrown)}`;
        }
        if (verdict !== true) {
          const reason = verdict === false ? 'returned false' : verdict;
          throw new InvariantViolation(invariant.name, step.index, step.input, reason);
        }
      }
      if (persistence) checkPersistence(actor, make, step.index, step.input);
    };

    let previous: SnapshotFrom<TLogic> = actor.getSnapshot();
    verify(previous, undefined, { index: 0, input: undefined, result: undefined });
    inputs.forEach((input, i) => {
      let result: unknown;
      try {
        result = send(actor, input);
      } catch (thrown) {
        throw new InvariantViolation('send', i + 1, input, `send threw: ${errorText(thrown)}`);
      }
      const snapshot: SnapshotFrom<TLogic> = actor.getSnapshot();
      verify(snapshot, previous, { index: i + 1, input, result });
      previous = snapshot;
    });
  } finally {
    actor.stop();
  }
}

function property<TLogic extends AnyActorLogic, TInput>(
  subject: TLogic | ActorFactory<TLogic>,
  options: InvariantOptions<TLogic, TInput>,
): [fc.IPropertyWithHooks<[readonly TInput[]]>, fc.Parameters<[readonly TInput[]]>] {
  if (options.invariants.length === 0) throw new RangeError('invariants must not be empty');
  const names = options.invariants.map((i) => i.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new RangeError(`invariant names must be unique: "${dup}" repeats`);
  const make = toFactory(subject, options.input);
  return [
    fc.property(options.events, (inputs) => runSequence(make, options, inputs)),
    // The invariant's name and step must be in the thrown message, not only in its `cause`.
    { numRuns: options.numRuns ?? 100, includeErrorInReport: true, ...options.parameters },
  ];
}

/**
 * Property-tests a real actor: for random input sequences, creates and starts the actor
 * (`createActor(logic, { input })`, or the factory), sends each input through `send`, and after
 * the initial snapshot and after every step checks each invariant, that the actor did not fail,
 * and (unless `persistence: false`) that `getPersistedSnapshot()` is plain JSON which, restored
 * into a new actor, persists to the same value.
 *
 * @throws the fast-check failure report (seed, shrunk counterexample) whose message names the
 *   invariant, the step and the input; or RangeError for empty or duplicate invariants.
 */
export function assertInvariants<TLogic extends AnyActorLogic, TInput = unknown>(
  subject: TLogic | ActorFactory<TLogic>,
  options: InvariantOptions<TLogic, TInput>,
): void {
  const [prop, parameters] = property(subject, options);
  fc.assert(prop, parameters);
}

/**
 * As {@link assertInvariants}, but returns fast-check's run details (`failed`, `counterexample`,
 * `errorInstance`, `seed`, …) instead of throwing.
 */
export function checkInvariants<TLogic extends AnyActorLogic, TInput = unknown>(
  subject: TLogic | ActorFactory<TLogic>,
  options: InvariantOptions<TLogic, TInput>,
): fc.RunDetails<[readonly TInput[]]> {
  const [prop, parameters] = property(subject, options);
  return fc.check(prop, parameters);
}
