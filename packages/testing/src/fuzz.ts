import fc from 'fast-check';
import {
  type Actor,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type InputFrom,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';
import {
  allowedEvents,
  catalogOf,
  type DispatchResult,
  dispatch,
  type EventCatalog,
  type EventSpec,
  isRejectionCode,
  type RejectionCode,
  ROLES,
} from './core.js';
import { breakInput } from './fuzz-inputs.js';
import {
  isArbitrary,
  type PayloadSource,
  type Plan,
  planArbitrary,
  resolve,
  type Step,
} from './fuzz-plan.js';
import { brief, describeSteps, type FuzzStep } from './fuzz-report.js';
import { canonical, findNonJson, type Invariant } from './invariants.js';
import { checkInteger, checkShare } from './validate.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Options of {@link fuzzMachine}. */
export interface FuzzOptions<TMachine extends AnyStateMachine> {
  /** The machine's start input, or an arbitrary of it (it shrinks with the events). */
  readonly input: InputFrom<TMachine> | fc.Arbitrary<InputFrom<TMachine>>;
  /** ISO instant of the run's clock before its first event; times only move forward from it. */
  readonly start: string;
  /** Event sequences to try. Default 100. */
  readonly numRuns?: number;
  /** Most inputs in a sequence. Default 25. */
  readonly maxEvents?: number;
  /** Fewest inputs in a sequence. Default 0. */
  readonly minEvents?: number;
  /** fast-check seed, to replay a failure (printed in its message). */
  readonly seed?: number;
  /** fast-check path, with `seed`, to replay exactly the shrunk counterexample. */
  readonly path?: string;
  /**
   * Payloads by event type, where the zod schema alone gives values that mean little (ids that
   * must match the roll, a list of the level's participants). Use {@link fromSnapshot} inside
   * them for values taken from the snapshot the event is sent to.
   */
  readonly payloads?: Readonly<Record<string, PayloadSource>>;
  /**
   * Further role strings to send as, besides the core roles the catalog does not permit for an
   * event (e.g. a host's own role names, or `'landlord'`, which is no role at all).
   */
  readonly roles?: readonly string[];
  /**
   * The permitted sender by event type, chosen from the snapshot the event goes to, where the
   * catalog permits several roles but the state wants one (the convener of the current level):
   * a role, or a role and an id where the id must match the payload (an owner casting their own
   * ballot). `n` is a drawn natural number; `payload` the event's payload as it will be sent.
   * Default: any role the catalog permits, with the id `<role>-<1..3>`.
   */
  readonly senders?: Readonly<Record<string, Sender>>;
  /**
   * Relative weights of event types, non-negative integers (default 1 each), for the choice of
   * a type among those the state takes and among all: a type that ends the process everywhere
   * weighs little, so that runs go deep; 0 sends a type only as a broken or wrong-role input of
   * another draw, never by choice.
   */
  readonly weights?: Readonly<Record<string, number>>;
  /**
   * Instants worth sending an event at, read from the snapshot it goes to (its deadlines' due
   * times, the time a meeting was called for). A share of events (`instantShare`) is dated at
   * one of them, one second before it or one second after it — when that is not before the
   * run's clock — so that boundaries a random step would rarely hit come up.
   */
  readonly instants?: (snapshot: AnyMachineSnapshot) => readonly string[];
  /** Share of events dated by `instants`. Default 0.2 with `instants`, else 0. */
  readonly instantShare?: number;
  /** Share of events whose type is one the current state takes (others: any type). Default 0.75. */
  readonly allowedShare?: number;
  /** Share of events sent by a role the catalog does not permit for them. Default 0.1. */
  readonly wrongRoleShare?: number;
  /** Share of inputs broken on purpose (see `BREAKAGES`). Default 0.1. */
  readonly invalidShare?: number;
  /** Share of events dated before the run's clock. Default 0.05. */
  readonly outOfOrderShare?: number;
  /** Largest step of the clock between two events, in ms (steps may be 0). Default 3 days. */
  readonly maxStepMs?: number;
  /** Properties checked on the initial snapshot and after every input. */
  readonly invariants?: readonly Invariant<SnapshotFrom<TMachine>>[];
  /**
   * Whether each run, at a random step, persists the actor, round-trips the snapshot through
   * JSON, restores a new actor from it (which must persist the same) and goes on with that one.
   * Default true.
   */
  readonly persistence?: boolean;
  /**
   * Whether, after the round trip, the run also goes on with the actor the snapshot was
   * persisted from, and the two must agree: the same verdict for every later input, and the
   * same persisted snapshot at the end (persist → JSON → restore → continue equals the
   * uninterrupted run). Doubles the work after the round trip. Default false.
   */
  readonly continuation?: boolean;
  /** Payloads drawn per event type for one run (events of a type reuse them). Default 4. */
  readonly poolSize?: number;
  /** The catalog; default `catalogOf(machine)`. */
  readonly catalog?: EventCatalog;
}

/**
 * How {@link FuzzOptions.senders} chooses the sender of an event: its role, or its role and id.
 */
export type Sender = (
  snapshot: AnyMachineSnapshot,
  n: number,
  payload: Readonly<Record<string, unknown>>,
) => string | { readonly role: string; readonly id: string };

/** What a passing {@link fuzzMachine} saw, so a test can check its coverage. */
export interface FuzzStats {
  readonly runs: number;
  /** Inputs sent. */
  readonly events: number;
  readonly accepted: number;
  /** Accepted events by type. */
  readonly acceptedTypes: Readonly<Record<string, number>>;
  /** Refusals by rejection code. */
  readonly refusals: Readonly<Partial<Record<RejectionCode, number>>>;
  /** Ids of the rules that refused something (`rule-violated`). */
  readonly rules: readonly string[];
  /** Every active leaf state reached, as a dotted path (`open.waiting`), sorted. */
  readonly states: readonly string[];
  /** Persist → JSON → restore round trips done. */
  readonly roundTrips: number;
  /**
   * String fields (`TYPE.field`, `TYPE.by.id`) that accepted a 10,001-character string: ids and
   * texts are meant to have size limits (core's `DEFAULT_EVENT_LIMITS` and each schema's own).
   */
  readonly unboundedStrings: readonly string[];
}

/**
 * The error {@link fuzzMachine} throws when the dispatch contract or an invariant breaks. Its
 * message lists the inputs of the shrunk counterexample, decoded, each with `dispatch`'s verdict.
 */
export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
  constructor(
    message: string,
    /** What broke, e.g. `accepted HOLD_MEETING from role "owner", which the catalog does not permit`. */
    readonly reason: string,
    /** The inputs of the shrunk counterexample up to the failing one. */
    readonly steps: readonly FuzzStep[],
    /** The machine's input of that run. */
    readonly input: unknown,
    /** To replay: `{ seed, path }`. */
    readonly seed: number,
    readonly path: string | undefined,
  ) {
    super(message);
  }
}

interface Trace {
  readonly input: unknown;
  readonly made: string;
  readonly result?: DispatchResult;
  readonly after?: AnyMachineSnapshot;
  readonly threw?: unknown;
}

class Violation extends Error {
  constructor(
    readonly reason: string,
    readonly step: number,
    readonly trace: readonly Trace[],
    readonly machineInput: unknown,
  ) {
    super(`step ${step}: ${reason}`);
  }
}

interface Tally {
  runs: number;
  events: number;
  accepted: number;
  roundTrips: number;
  readonly acceptedTypes: Map<string, number>;
  readonly refusals: Map<RejectionCode, number>;
  readonly rules: Set<string>;
  readonly states: Set<string>;
  readonly unbounded: Set<string>;
}

interface Env<TMachine extends AnyStateMachine> {
  readonly machine: TMachine;
  readonly catalog: EventCatalog;
  readonly owned: boolean;
  readonly types: readonly string[];
  readonly wrongRoles: ReadonlyMap<string, readonly string[]>;
  readonly deferred: ReadonlySet<string>;
  readonly senders: Readonly<Record<string, Sender>>;
  /** Each catalog type's weight, in the order of `types`. */
  readonly weights: ReadonlyMap<string, number>;
  readonly instants: ((snapshot: AnyMachineSnapshot) => readonly string[]) | undefined;
  readonly startMs: number;
  readonly invariants: readonly Invariant<SnapshotFrom<TMachine>>[];
  readonly persistence: boolean;
  readonly continuation: boolean;
  readonly tally: Tally;
  /** The types each state allows, by state value: they depend on the state nodes alone. */
  readonly allowed: Map<string, readonly string[]>;
}

/**
 * Fuzzes a machine through core's `dispatch`, with events built from its catalog's zod schemas.
 * Each run starts a real actor and sends a random sequence: mostly types the current state
 * takes, from permitted roles, dated forward from `start` by random steps; mixed with senders
 * of the wrong role, events dated before the clock, and broken inputs (unknown types, missing
 * or extra fields, wrong field types, oversize strings, bad instants and senders, non-objects).
 *
 * After every input it checks the dispatch contract: `dispatch` does not throw; an accepted
 * event parses with its schema and came from a role the catalog permits; a refusal has a known
 * code other than `machine-error` and leaves the snapshot as it was; and for a catalog the
 * machine owns (`owned: true`), `snapshot.can(event)` before the step holds exactly when the
 * event was accepted. Then the `invariants`, and once per run a persist → JSON → restore round
 * trip. fast-check shrinks a failing run.
 *
 * @returns what the runs saw (accepted, refusals by code, states reached) to assert coverage.
 * @throws FuzzFailure listing the decoded inputs of the shrunk counterexample, each with its
 *   verdict, and the seed and path that replay it; Error when the machine has no catalog;
 *   RangeError for an invalid option.
 */
export function fuzzMachine<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: FuzzOptions<TMachine>,
): FuzzStats {
  const catalog = options.catalog ?? catalogOf(machine);
  if (catalog === undefined) {
    throw new Error(`fuzzMachine(${machine.id}): no event catalog; attach one with withCatalog`);
  }
  const types = catalog.types.filter((type) => Object.hasOwn(catalog.events, type));
  if (types.length === 0) throw new RangeError(`fuzzMachine(${machine.id}): the catalog is empty`);
  const startMs = Date.parse(options.start);
  if (Number.isNaN(startMs)) {
    throw new RangeError(`start must be an ISO instant, got ${JSON.stringify(options.start)}`);
  }
  const numRuns = options.numRuns ?? 100;
  const maxEvents = options.maxEvents ?? 25;
  const minEvents = options.minEvents ?? 0;
  const maxStepMs = options.maxStepMs ?? 3 * DAY;
  const poolSize = options.poolSize ?? 4;
  checkInteger('numRuns', numRuns, 1, 10_000_000);
  checkInteger('minEvents', minEvents, 0, 100_000);
  checkInteger('maxEvents', maxEvents, minEvents, 100_000);
  checkInteger('maxStepMs', maxStepMs, 0, 3650 * DAY);
  checkInteger('poolSize', poolSize, 1, 1000);
  const shares = {
    allowed: options.allowedShare ?? 0.75,
    wrongRole: options.wrongRoleShare ?? 0.1,
    invalid: options.invalidShare ?? 0.1,
    late: options.outOfOrderShare ?? 0.05,
    jump: options.instantShare ?? (options.instants === undefined ? 0 : 0.2),
  };
  checkShare('allowedShare', shares.allowed);
  checkShare('wrongRoleShare', shares.wrongRole);
  checkShare('invalidShare', shares.invalid);
  checkShare('outOfOrderShare', shares.late);
  checkShare('instantShare', shares.jump);
  for (const [type, weight] of Object.entries(options.weights ?? {})) {
    checkInteger(`weights.${type}`, weight, 0, 1_000_000);
  }
  if (types.every((type) => (options.weights?.[type] ?? 1) === 0)) {
    throw new RangeError('weights: at least one event type must weigh more than 0');
  }
  const invariants = options.invariants ?? [];
  const names = invariants.map((i) => i.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated !== undefined) {
    throw new RangeError(`invariant names must be unique: "${repeated}" repeats`);
  }
  for (const [option, byType] of Object.entries({
    payloads: options.payloads,
    senders: options.senders,
    weights: options.weights,
  })) {
    for (const type of Object.keys(byType ?? {})) {
      if (!types.includes(type)) {
        throw new RangeError(
          `${option}: "${type}" is not an event of the catalog (${types.join(', ')})`,
        );
      }
    }
  }

  const plan = planArbitrary(catalog, types, {
    start: options.start,
    payloads: options.payloads ?? {},
    minEvents,
    maxEvents,
    maxStepMs,
    poolSize,
    ...shares,
  });
  const input: fc.Arbitrary<unknown> = isArbitrary(options.input)
    ? options.input
    : fc.constant(options.input);

  const extra = options.roles ?? [];
  const env: Env<TMachine> = {
    machine,
    catalog,
    owned: (catalog as { readonly owned?: boolean }).owned === true,
    types,
    wrongRoles: new Map(
      types.map((type) => {
        const permitted: readonly string[] = (catalog.events[type] as EventSpec).roles;
        const others = [...ROLES, ...extra].filter((r) => !permitted.includes(r));
        return [type, [...new Set(others)]];
      }),
    ),
    deferred: new Set(Object.keys(options.payloads ?? {})),
    senders: options.senders ?? {},
    weights: new Map(types.map((type) => [type, options.weights?.[type] ?? 1])),
    instants: options.instants,
    startMs,
    invariants,
    persistence: options.persistence ?? true,
    continuation: options.continuation ?? false,
    allowed: new Map(),
    tally: {
      runs: 0,
      events: 0,
      accepted: 0,
      roundTrips: 0,
      acceptedTypes: new Map(),
      refusals: new Map(),
      rules: new Set(),
      states: new Set(),
      unbounded: new Set(),
    },
  };

  const details = fc.check(
    fc.property(input, plan, (machineInput, p) => run(env, machineInput, p)),
    {
      numRuns,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.path === undefined ? {} : { path: options.path }),
    },
  );
  if (details.failed) throw failure(machine.id, details);
  const { tally } = env;
  return {
    runs: tally.runs,
    events: tally.events,
    accepted: tally.accepted,
    acceptedTypes: Object.fromEntries(tally.acceptedTypes),
    refusals: Object.fromEntries(tally.refusals),
    rules: [...tally.rules].sort(),
    states: [...tally.states].sort(),
    roundTrips: tally.roundTrips,
    unboundedStrings: [...tally.unbounded].sort(),
  };
}

/** `ms` as an ISO instant at +08:00 (Asia/Shanghai), the way a host in China may write it. */
function shanghai(ms: number): string {
  return `${new Date(ms + 8 * HOUR).toISOString().slice(0, -1)}+08:00`;
}

function leaves(value: StateValue, prefix: string, into: Set<string>): void {
  if (typeof value === 'string') {
    into.add(`${prefix}${value}`);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0 && prefix !== '') into.add(prefix.slice(0, -1));
  for (const [key, child] of entries) {
    if (child === undefined) into.add(`${prefix}${key}`);
    else leaves(child, `${prefix}${key}.`, into);
  }
}

function duration(ms: number): string {
  if (ms >= DAY) return `${(ms / DAY).toFixed(1)} days`;
  if (ms >= HOUR) return `${(ms / HOUR).toFixed(1)} hours`;
  return `${(ms / 1000).toFixed(1)} s`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : brief(error);
}

function sameSnapshot(
  machine: AnyStateMachine,
  before: AnyMachineSnapshot,
  after: AnyMachineSnapshot,
): boolean {
  if (before === after) return true;
  return (
    canonical(machine.getPersistedSnapshot(before)) ===
    canonical(machine.getPersistedSnapshot(after))
  );
}

type AnyActor = Actor<AnyStateMachine>;

function startActor(machine: AnyStateMachine, input: unknown, snapshot?: unknown): AnyActor {
  const actor = createActor(
    machine,
    (snapshot === undefined ? { input } : { input, snapshot }) as Parameters<
      typeof createActor<AnyStateMachine>
    >[1],
  );
  // An error observer keeps xstate from rethrowing a failed start; the status tells.
  actor.subscribe({ error: () => {} });
  actor.start();
  return actor;
}

function run<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  machineInput: unknown,
  plan: Plan,
): void {
  const { machine, tally } = env;
  const trace: Trace[] = [];
  // Typed as never-returning so that control flow knows a failure ends the run.
  const fail: (reason: string) => never = (reason) => {
    throw new Violation(reason, trace.length, trace, machineInput);
  };
  let actor = startActor(machine, machineInput);
  // With `continuation`, the actor the snapshot was persisted from, going on beside the restored one.
  let shadow: AnyActor | undefined;
  tally.runs += 1;
  try {
    const first = actor.getSnapshot() as AnyMachineSnapshot;
    if (first.status === 'error') fail(`the machine failed to start: ${errorText(first.error)}`);
    leaves(first.value, '', tally.states);
    checkInvariants(env, first, undefined, 0, undefined, undefined, fail);
    const persistAt =
      plan.steps.length === 0 ? -1 : Math.min(plan.persistAt, plan.steps.length - 1);
    if (env.persistence && persistAt === -1) actor = roundTrip(env, actor, machineInput, fail);

    let clock = env.startMs;
    for (const [index, step] of plan.steps.entries()) {
      const before = actor.getSnapshot() as AnyMachineSnapshot;
      const made = makeInput(env, plan, step, before, clock);
      clock = made.clock;
      let result: DispatchResult;
      try {
        result = dispatch(actor, made.input);
      } catch (error) {
        trace.push({ input: made.input, made: made.note, threw: error });
        fail(`dispatch threw: ${errorText(error)}`);
      }
      const after = actor.getSnapshot() as AnyMachineSnapshot;
      trace.push({ input: made.input, made: made.note, result, after });
      tally.events += 1;
      if (result.ok) checkAccepted(env, made, result, before, after, fail);
      else checkRefused(env, result.rejection, before, after, fail);
      if (env.owned) checkCan(before, result, made.input, env.catalog, fail);
      checkInvariants(env, after, before, index + 1, made.input, result, fail);
      if (shadow !== undefined) checkShadow(shadow, made.input, result, fail);
      if (env.persistence && index === persistAt) {
        const restored = roundTrip(env, actor, machineInput, fail, env.continuation);
        if (env.continuation) shadow = actor;
        actor = restored;
      }
    }
    if (shadow !== undefined) {
      const restored = canonical(actor.getPersistedSnapshot());
      const uninterrupted = canonical(shadow.getPersistedSnapshot());
      if (restored !== uninterrupted) {
        fail(
          `the restored actor ends elsewhere than the uninterrupted one:\n  restored:      ${restored}\n  uninterrupted: ${uninterrupted}`,
        );
      }
    }
  } finally {
    actor.stop();
    shadow?.stop();
  }
}

// The uninterrupted actor takes the same input, and must give the same verdict.
function checkShadow(
  shadow: AnyActor,
  input: unknown,
  result: DispatchResult,
  fail: (reason: string) => never,
): void {
  let other: DispatchResult;
  try {
    other = dispatch(shadow, input);
  } catch (error) {
    fail(`dispatch threw on the uninterrupted actor: ${errorText(error)}`);
  }
  if (other.ok === result.ok) return;
  fail(
    result.ok
      ? `the restored actor accepted the input, the uninterrupted one refused it (${other.ok ? '' : other.rejection.code})`
      : `the restored actor refused the input (${result.rejection.code}), the uninterrupted one accepted it`,
  );
}

/** One input of a run, as sent. */
interface Made {
  readonly input: unknown;
  /** The catalog type it was made from (before any breakage). */
  readonly type: string;
  /** `valid`, `dated … before the clock`, or what was broken. */
  readonly note: string;
  /** Whether it was broken on purpose. */
  readonly broken: boolean;
  /** `TYPE.field` given an oversize string. */
  readonly oversize: string | undefined;
  /** The run's clock after it. */
  readonly clock: number;
}

// The step's type among those the state takes (or all), its payload from the pool, a sender of
// a permitted role (or not), a time after the clock (or before it), then the breakage if any.
function makeInput<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  plan: Plan,
  step: Step,
  before: AnyMachineSnapshot,
  clock: number,
): Made {
  let candidates = env.types;
  if (step.steer && before.status === 'active') {
    const allowed = allowedNow(env, before);
    if (allowed.length > 0) candidates = allowed;
  }
  const type = weighted(candidates, env.weights, step.type);
  const spec = env.catalog.events[type] as EventSpec;
  const payloads = plan.pool[type] ?? [{}];
  let payload = payloads[step.payload % payloads.length] ?? {};
  if (env.deferred.has(type)) payload = resolve(payload, before) as object;
  const wrong = env.wrongRoles.get(type) ?? [];
  const sender = env.senders[type];
  let by: { readonly role: string; readonly id: string };
  if (step.wrongRole && wrong.length > 0) {
    const role = wrong[step.role % wrong.length] as string;
    by = { id: `${role}-${step.id}`, role };
  } else {
    const chosen =
      sender === undefined
        ? (spec.roles[step.role % spec.roles.length] as string)
        : sender(before, step.role, payload as Readonly<Record<string, unknown>>);
    by = typeof chosen === 'string' ? { id: `${chosen}-${step.id}`, role: chosen } : chosen;
  }
  const jumpTo = step.late === null ? jumpOf(env, before, step, clock) : undefined;
  const next = step.late === null ? (jumpTo ?? clock + step.gap) : clock;
  const atMs = step.late === null ? next : clock - step.late;
  const at = step.offset ? shanghai(atMs) : new Date(atMs).toISOString();
  const event = { type, at, by: { id: by.id, role: by.role }, ...payload };
  const note = step.late === null ? 'valid' : `dated ${duration(step.late)} before the clock`;
  if (step.broken === null) {
    return { input: event, type, note, broken: false, oversize: undefined, clock: next };
  }
  const broken = breakInput(event, step.broken.kind, step.broken.pick, (t) =>
    Object.hasOwn(env.catalog.events, t),
  );
  return {
    input: broken.input,
    type,
    note: broken.note,
    broken: true,
    oversize: broken.oversize,
    clock: next,
  };
}

// One of `candidates`, chosen by `n` in proportion to the types' weights (the first when all
// weigh 0: then none of them was meant to be chosen, and the caller's share says how often).
function weighted(
  candidates: readonly string[],
  weights: ReadonlyMap<string, number>,
  n: number,
): string {
  let total = 0;
  for (const type of candidates) total += weights.get(type) ?? 1;
  if (total === 0) return candidates[n % candidates.length] as string;
  let r = n % total;
  for (const type of candidates) {
    r -= weights.get(type) ?? 1;
    if (r < 0) return type;
  }
  return candidates[candidates.length - 1] as string;
}

// The instant a step jumps to: one the snapshot names, or a second either side of it, that is
// not before the clock; undefined when the step does not jump or no such instant is left.
function jumpOf<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  snapshot: AnyMachineSnapshot,
  step: Step,
  clock: number,
): number | undefined {
  if (step.jump === null || env.instants === undefined) return undefined;
  const nudge = ((step.jump % 3) - 1) * 1000;
  const times = env
    .instants(snapshot)
    .map((instant) => Date.parse(instant) + nudge)
    .filter((ms) => Number.isFinite(ms) && ms >= clock && ms <= MAX_INSTANT);
  if (times.length === 0) return undefined;
  return times[Math.floor(step.jump / 3) % times.length];
}

/** The last instant of the year 9999: an ISO year has four digits. */
const MAX_INSTANT = 253_402_300_799_000;

// An accepted input: an object of a known type, from a permitted role, that parses.
function checkAccepted<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  made: Made,
  result: Extract<DispatchResult, { ok: true }>,
  before: AnyMachineSnapshot,
  after: AnyMachineSnapshot,
  fail: (reason: string) => never,
): void {
  const { tally, catalog } = env;
  tally.accepted += 1;
  tally.acceptedTypes.set(made.type, (tally.acceptedTypes.get(made.type) ?? 0) + 1);
  const input = made.input;
  if (typeof input !== 'object' || input === null) fail(`accepted ${brief(input)}`);
  const type: unknown = Reflect.get(input, 'type');
  if (typeof type !== 'string' || !Object.hasOwn(catalog.events, type)) {
    fail(`accepted an input of type ${brief(type)}, which the catalog does not know`);
  }
  const by: unknown = Reflect.get(input, 'by');
  const role: unknown = typeof by === 'object' && by !== null ? Reflect.get(by, 'role') : by;
  const permitted: readonly unknown[] = (catalog.events[type] as EventSpec).roles;
  if (!permitted.includes(role)) {
    fail(
      `accepted ${type} from role ${brief(role)}, which the catalog does not permit (permitted: ${permitted.join(', ')})`,
    );
  }
  if (made.broken && parse(catalog, input) === undefined) {
    fail(`accepted an input that fails its schema (${made.note})`);
  }
  if (result.snapshot !== after) fail('dispatch returned a snapshot that is not the actor’s');
  if (made.oversize !== undefined) tally.unbounded.add(made.oversize);
  if (after !== before) leaves(after.value, '', tally.states);
}

// A refusal: a known code, not a machine error, and the snapshot as it was.
function checkRefused<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  rejection: Extract<DispatchResult, { ok: false }>['rejection'],
  before: AnyMachineSnapshot,
  after: AnyMachineSnapshot,
  fail: (reason: string) => never,
): void {
  const { tally } = env;
  const { code } = rejection;
  if (!isRejectionCode(code)) fail(`refused with an unknown code ${brief(code)}`);
  tally.refusals.set(code, (tally.refusals.get(code) ?? 0) + 1);
  if (rejection.rule !== undefined) tally.rules.add(rejection.rule.id);
  if (code === 'machine-error') {
    fail(`machine-error: ${brief(rejection.details?.error ?? rejection.message.en)}`);
  }
  if (!sameSnapshot(env.machine, before, after)) fail(`refused (${code}) but the snapshot changed`);
}

// For a machine that owns its rules, xstate's own path must agree with dispatch: `can` on the
// snapshot before the step (snapshots are immutable, so it is asked afterwards) holds exactly
// when the parsed event was accepted. Inputs that fail their schema or reach an ended process
// never reach the machine, so there is nothing to ask.
function checkCan(
  before: AnyMachineSnapshot,
  result: DispatchResult,
  sent: unknown,
  catalog: EventCatalog,
  fail: (reason: string) => never,
): void {
  let event: unknown;
  if (result.ok) event = result.event;
  else if (before.status === 'active' && !SKIP_CAN.has(result.rejection.code)) {
    event = parse(catalog, sent);
  }
  if (event === undefined) return;
  let can: boolean;
  try {
    can = before.can(event as never);
  } catch (error) {
    fail(`snapshot.can(event) threw: ${errorText(error)}`);
  }
  if (can === result.ok) return;
  fail(
    result.ok
      ? 'dispatch accepted the event, but snapshot.can(event) before the step was false'
      : `snapshot.can(event) before the step was true, but dispatch refused it (${result.rejection.code})`,
  );
}

const SKIP_CAN: ReadonlySet<RejectionCode> = new Set([
  'unknown-event',
  'invalid-event',
  'process-ended',
]);

function allowedNow<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  snapshot: AnyMachineSnapshot,
): readonly string[] {
  const key = JSON.stringify(snapshot.value);
  let allowed = env.allowed.get(key);
  if (allowed === undefined) {
    allowed = allowedEvents(snapshot, env.catalog);
    env.allowed.set(key, allowed);
  }
  return allowed;
}

function parse(catalog: EventCatalog, input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const type: unknown = Reflect.get(input, 'type');
  if (typeof type !== 'string' || !Object.hasOwn(catalog.events, type)) return undefined;
  const parsed = (catalog.events[type] as EventSpec).schema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}

function checkInvariants<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  snapshot: AnyMachineSnapshot,
  previous: AnyMachineSnapshot | undefined,
  index: number,
  input: unknown,
  result: unknown,
  fail: (reason: string) => never,
): void {
  for (const invariant of env.invariants) {
    let verdict: boolean | string;
    try {
      verdict = invariant.check(
        snapshot as SnapshotFrom<TMachine>,
        previous as SnapshotFrom<TMachine> | undefined,
        { index, input, result },
      );
    } catch (error) {
      verdict = `its check threw: ${errorText(error)}`;
    }
    if (verdict !== true) {
      fail(
        `invariant "${invariant.name}" failed: ${verdict === false ? 'returned false' : verdict}`,
      );
    }
  }
}

function roundTrip<TMachine extends AnyStateMachine>(
  env: Env<TMachine>,
  actor: AnyActor,
  machineInput: unknown,
  fail: (reason: string) => never,
  keep = false,
): AnyActor {
  const persisted: unknown = actor.getPersistedSnapshot();
  let json: string | undefined;
  try {
    json = JSON.stringify(persisted);
  } catch {
    // A cycle or a BigInt: findNonJson names it below.
  }
  // The quick check first; findNonJson walks again only to name what is wrong.
  if (json === undefined || !plainJson(persisted)) {
    fail(
      `getPersistedSnapshot() is not plain JSON: ${findNonJson(persisted) ?? 'not serialisable'}`,
    );
  }
  let restored: AnyActor;
  try {
    restored = startActor(env.machine, machineInput, JSON.parse(json));
  } catch (error) {
    return fail(`restoring the persisted snapshot threw: ${errorText(error)}`);
  }
  const status = (restored.getSnapshot() as AnyMachineSnapshot).status;
  if (status === 'error') {
    restored.stop();
    fail('the actor restored from the persisted snapshot failed');
  }
  // Equal JSON text is the common case; key order may differ, so compare canonically otherwise.
  const text = JSON.stringify(restored.getPersistedSnapshot());
  const expected = text === json ? text : canonical(JSON.parse(json));
  const again = text === json ? text : canonical(JSON.parse(text));
  if (again !== expected) {
    restored.stop();
    fail(`the restored actor persists differently:\n  before: ${expected}\n  after:  ${again}`);
  }
  if (!keep) actor.stop();
  env.tally.roundTrips += 1;
  return restored;
}

// Whether JSON.stringify keeps `value` as it is (see findNonJson); `value` has no cycle.
function plainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (item === undefined || !plainJson(item)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const item of Object.values(value)) if (item !== undefined && !plainJson(item)) return false;
  return true;
}

function verdictOf(trace: Trace): string {
  if (trace.threw !== undefined) return `threw: ${errorText(trace.threw)}`;
  const result = trace.result;
  if (result === undefined) return '(not sent)';
  if (result.ok) {
    const states = new Set<string>();
    if (trace.after !== undefined) leaves(trace.after.value, '', states);
    const status = trace.after?.status === 'active' ? '' : ` (${trace.after?.status})`;
    return states.size === 0
      ? `accepted${status}`
      : `accepted → ${[...states].join(', ')}${status}`;
  }
  const { code, rule, message } = result.rejection;
  const ruleId = rule === undefined ? '' : ` [${rule.id}]`;
  return `refused ${code}${ruleId}: ${message.en}`;
}

function failure(id: string, details: fc.RunDetails<[unknown, Plan]>): FuzzFailure {
  const seed = details.seed;
  const path = details.counterexamplePath ?? undefined;
  const error = details.errorInstance;
  const replay = `{ seed: ${seed}${path === undefined ? '' : `, path: '${path}'`} }`;
  if (!(error instanceof Violation)) {
    const reason = errorText(error);
    return new FuzzFailure(
      `fuzzMachine(${id}): the run failed outside the dispatch checks: ${reason}\n` +
        `seed ${seed}; replay with ${replay}\n` +
        `counterexample: ${brief(details.counterexample)}`,
      reason,
      [],
      details.counterexample?.[0],
      seed,
      path,
    );
  }
  const steps: FuzzStep[] = error.trace.map((trace, i) => ({
    index: i + 1,
    input: trace.input,
    made: trace.made,
    verdict: verdictOf(trace),
  }));
  const where = error.step === 0 ? 'on the initial snapshot' : `at input ${error.step}`;
  const lines = [
    `fuzzMachine(${id}): ${error.reason}`,
    `  ${where} of the shrunk counterexample (failed on run ${details.numRuns}, ${details.numShrinks} shrinks, seed ${seed}); replay with ${replay}`,
    `  machine input: ${error.machineInput === undefined ? 'undefined' : brief(error.machineInput)}`,
    steps.length === 0 ? '  (no input was sent)' : '  inputs:',
    ...describeSteps(steps, error.step),
  ];
  return new FuzzFailure(lines.join('\n'), error.reason, steps, error.machineInput, seed, path);
}
