import type { AnyActorRef, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { localDateOf } from '../calendar/index.js';
import { citationInForce, citationVersion, isCitationId } from '../citations/index.js';
import type { Bilingual, Locale } from '../i18n.js';
import { message } from '../locales/index.js';
import type { Profile } from '../profiles/schema.js';
import { type ActorRef, ROLE_NAMES } from '../roles.js';
import type { LocalDate } from '../schemas/time.js';
import { actDayContext } from './act-day.js';
import { allowedEvents, stateAccepts } from './allowed.js';
import {
  type EventCatalog,
  type EventOf,
  type EventSpec,
  eventTitle,
  type Rule,
  type RuleVerdict,
  specOf,
} from './catalog.js';
import { ruleCitesUnder } from './cites-under.js';
import { IN_ORDER } from './define-catalog.js';
import { EnvelopeSchema, type EventEnvelope } from './envelope.js';
import { type GuardRef, guardHolds, inOrder, permittedRef, verdictHolds } from './guards.js';
import { parseEvent } from './issues.js';
import { jsonCertainlyWithin } from './json-size.js';
import { DEFAULT_EVENT_LIMITS, type EventLimits } from './limits.js';
import { type CatalogFrom, catalogOf } from './registry.js';
import { GUARD_RULE_ID, type Rejection, RejectionError } from './rejection.js';
import type { DispatchAccepted, DispatchRefused, DispatchResult } from './result.js';
import {
  type ActiveStateNode,
  activeLeaves,
  endReason,
  machineSnapshotOf,
  stateTitle,
} from './state.js';

export type { DispatchAccepted, DispatchRefused, DispatchResult, EventLimits };
export { DEFAULT_EVENT_LIMITS };

/** Options of {@link dispatch}. */
export interface DispatchOptions<TCatalog extends EventCatalog = EventCatalog> {
  /** The catalog to check against; by default the one attached by `withCatalog`. */
  readonly catalog?: TCatalog;
  /** Size limits; each defaults to {@link DEFAULT_EVENT_LIMITS}. */
  readonly limits?: Partial<EventLimits>;
}

type Extras = Omit<Rejection, 'code' | 'state' | 'allowed' | 'message'>;

/**
 * Sends an external event to a machine actor and says why when it is refused. First the checks
 * that need no guard — the input is within its size limits (`too-large`, see {@link EventLimits}),
 * the process is running (`process-ended`), the input has a `type` the
 * catalog knows (`unknown-event`), it passes its zod schema (`invalid-event`) — then the parsed
 * event is sent once. The machine owns its rules (its catalog comes from
 * `defineCatalog`, whose guards are the event's roles, clock and rules), so if no transition was
 * taken, the machine's own guards — the ones a host may have replaced with `provide()` — are
 * evaluated to say why, in this order: the sender's role (`not-permitted`), the process clock
 * (`out-of-order`), the state (`not-allowed-now`), each rule of the event (`rule-violated` with
 * the rule's reason and articles), then the transitions' own conditions (`rule-violated`, rule
 * id `guard`, with the names of the conditions that failed). No action runs twice.
 *
 * A guard or action that throws is a `machine-error`, never an uncaught exception: xstate stops
 * the actor in error (`details.stopped: true`). A guard that throws while a refusal is explained
 * leaves the actor as it was (`details.stopped: false`). A refused event leaves the actor as it
 * was. Call it from the host, not from the machine's own actions: xstate queues
 * an event sent while the actor is busy.
 *
 * @param input Untrusted input, e.g. parsed JSON from a request.
 * @throws if the actor is not a state machine actor or no catalog is found (setup mistakes).
 */
export function dispatch<
  TActor extends AnyActorRef,
  TCatalog extends EventCatalog = CatalogFrom<TActor>,
>(
  actor: TActor,
  input: unknown,
  options?: DispatchOptions<TCatalog>,
): DispatchResult<SnapshotFrom<TActor>, EventOf<TCatalog>> {
  const catalog: EventCatalog | undefined = options?.catalog ?? catalogOf(actor);
  if (catalog === undefined) {
    throw new Error(
      'dispatch: no event catalog for this actor; attach one with withCatalog(machine, catalog) or pass { catalog }',
    );
  }
  const snapshot = machineSnapshotOf(actor);
  const ended = endReason(actor);
  const limits =
    options?.limits === undefined
      ? DEFAULT_EVENT_LIMITS
      : { ...DEFAULT_EVENT_LIMITS, ...options.limits };
  const oversize = oversized(input, limits, (eventType) => specOf(catalog, eventType)?.maxChars);
  // An oversized type is never echoed back, not even in the rejection's `type`.
  const type = oversize?.what === 'type' ? undefined : typeOf(input);
  if (snapshot === undefined) {
    throw new TypeError('dispatch: the actor does not run a state machine');
  }

  // What the state allows, worked out once per refusal (the rejection and its message use it).
  let allowedNow: string[] | undefined;
  const allowed = (): string[] => {
    allowedNow ??= allowedEvents(snapshot, catalog);
    return allowedNow;
  };
  const reject = (
    code: Rejection['code'],
    rejectionMessage: Rejection['message'],
    extras: Extras = {},
  ): DispatchRefused =>
    refused({
      code,
      ...(type === undefined ? {} : { type }),
      state: snapshot.value,
      allowed: ended === undefined ? allowed() : [],
      message: rejectionMessage,
      ...extras,
    });
  const titleOf = (eventType: string) => eventTitle(catalog, eventType);
  const allowedTitles = () => allowed().map(titleOf);

  if (oversize !== undefined) {
    return reject('too-large', message('too-large', oversize), { details: { ...oversize } });
  }

  if (ended !== undefined) {
    return reject(
      'process-ended',
      message('process-ended', { reason: ended, state: stateTitle(snapshot) }),
      { details: { reason: ended } },
    );
  }

  const spec = type === undefined ? undefined : specOf(catalog, type);
  if (type === undefined || spec === undefined) {
    return reject('unknown-event', message('unknown-event', { type, allowed: allowedTitles() }));
  }
  const event = titleOf(type);

  try {
    const parsed = parseEvent(spec.schema, input);
    // A `defineCatalog` schema is built on the envelope; a hand-written one is checked again.
    const envelope =
      parsed.ok && catalog.owned !== true ? parseEvent(EnvelopeSchema, parsed.event) : parsed;
    if (!parsed.ok || !envelope.ok) {
      const issues = !parsed.ok ? parsed.issues : envelope.ok ? [] : envelope.issues;
      return reject('invalid-event', message('invalid-event', { event, issues }), { issues });
    }
    const sent = parsed.event as EventEnvelope;

    return sendOnce(actor, snapshot, catalog, spec, sent, reject, event, allowedTitles);
  } catch (error) {
    return machineError(reject, event, error, false);
  }
}

/**
 * Like {@link dispatch}, but returns the accepted result and throws a {@link RejectionError}
 * on a rejection.
 *
 * @param options As {@link dispatch}'s, and `locale`: the language of the thrown error's message.
 * @throws {RejectionError} when the event is refused.
 */
export function dispatchOrThrow<
  TActor extends AnyActorRef,
  TCatalog extends EventCatalog = CatalogFrom<TActor>,
>(
  actor: TActor,
  input: unknown,
  options?: DispatchOptions<TCatalog> & { readonly locale?: Locale },
): DispatchAccepted<SnapshotFrom<TActor>, EventOf<TCatalog>> {
  const result = dispatch<TActor, TCatalog>(actor, input, options);
  if (!result.ok) throw new RejectionError(result.rejection, options?.locale);
  return result;
}

type Reject = (
  code: Rejection['code'],
  message: Rejection['message'],
  extras?: Extras,
) => DispatchRefused;
type Title = Rejection['message'];

function refused(rejection: Rejection): DispatchRefused {
  return { ok: false, rejection };
}

// Sends the parsed event; an action or guard that throws leaves the actor stopped in error.
function send(actor: AnyActorRef, sent: EventEnvelope, reject: Reject, event: Title) {
  // Our error observer keeps xstate from rethrowing an action's error asynchronously.
  const subscription = actor.subscribe({ error: () => {} });
  try {
    actor.send(sent);
  } finally {
    subscription.unsubscribe();
  }
  const after: AnyMachineSnapshot = actor.getSnapshot();
  if (after.status === 'error') {
    const stopped = machineError(reject, event, Reflect.get(after, 'error'), true);
    return { ...stopped, rejection: { ...stopped.rejection, allowed: [] } };
  }
  return { ok: true as const, snapshot: after, event: sent };
}

// A machine that owns its rules: send once; if no transition was taken, say why by evaluating
// the machine's own (possibly provided) guards in the order a reader expects.
function sendOnce(
  actor: AnyActorRef,
  before: AnyMachineSnapshot,
  catalog: EventCatalog,
  spec: EventSpec,
  sent: EventEnvelope,
  reject: Reject,
  event: Title,
  allowedTitles: () => Title[],
): DispatchResult<never, never> {
  const result = send(actor, sent, reject, event);
  if (!result.ok || result.snapshot !== before) return result as DispatchResult<never, never>;
  let refusal: DispatchRefused | undefined;
  try {
    refusal = explain(before, catalog, spec, sent, reject, event, allowedTitles);
  } catch (error) {
    return machineError(reject, event, error, false);
  }
  // Nothing refused: a transition was taken that changed neither state nor context.
  return (refusal ?? result) as DispatchResult<never, never>;
}

function explain(
  snapshot: AnyMachineSnapshot,
  catalog: EventCatalog,
  spec: EventSpec,
  sent: EventEnvelope,
  reject: Reject,
  event: Title,
  allowedTitles: () => Title[],
): DispatchRefused | undefined {
  // A machine built without the catalog's guards (not from its `setup`) is explained by the
  // catalog alone.
  const holds = (ref: GuardRef, fallback: () => boolean): boolean =>
    implementsGuard(snapshot, ref) ? guardHolds(snapshot, ref, sent) : fallback();
  if (!holds(permittedRef(catalog, sent.type), () => spec.roles.includes(sent.by.role))) {
    return checkRole(spec, sent.by, reject, event);
  }
  if (!holds(IN_ORDER, () => inOrder(snapshot.context, sent))) {
    return checkClock(snapshot, sent, reject, event) ?? guardRefused(snapshot, sent, reject, event);
  }
  const state = checkState(snapshot, sent.type, reject, event, allowedTitles);
  if (state !== undefined) return state;
  // Rules judge the act by the law of its own day, as the catalog's guards do.
  const judged = actDaySnapshot(snapshot, sent.at, catalog);
  for (const rule of spec.rules ?? []) {
    if (holds(rule.id, () => verdictHolds(rule.check(judged, sent)))) continue;
    // The catalog's rule says why; a provided guard that refuses where the rule would not
    // gets the rule's requirement as its reason.
    return ruleRefusal(rule, rule.check(judged, sent), reject, event, {
      at: sent.at,
      followsLaw: followsLaw(snapshot.context),
      profile: profileIn(judged.context),
    });
  }
  if (snapshot.can(sent)) return undefined;
  return guardRefused(snapshot, sent, reject, event);
}

// The snapshot with the act day's context (`actDayContext`, with what the catalog says the
// context keeps); the snapshot itself when unchanged.
function actDaySnapshot(
  snapshot: AnyMachineSnapshot,
  at: string,
  catalog: EventCatalog,
): AnyMachineSnapshot {
  const context = actDayContext(snapshot.context, at, catalog.keeps);
  if (context === snapshot.context) return snapshot;
  return Object.create(snapshot, { context: { value: context } }) as AnyMachineSnapshot;
}

function implementsGuard(snapshot: AnyMachineSnapshot, ref: GuardRef): boolean {
  const name = typeof ref === 'string' ? ref : ref.type;
  const guards: unknown = Reflect.get(snapshot.machine.implementations, 'guards');
  return typeof guards === 'object' && guards !== null && Object.hasOwn(guards, name);
}

// The first limit the input breaks: its type, its sender's id, then its whole JSON. Input that
// JSON cannot encode (cycles, bigints) is left to the schema, which refuses it.
function oversized(
  input: unknown,
  limits: EventLimits,
  entryLimit: (type: string) => number | undefined,
): { what: 'event' | 'type' | 'sender'; size: number; limit: number } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const type: unknown = Reflect.get(input, 'type');
  if (typeof type === 'string' && type.length > limits.maxTypeChars) {
    return { what: 'type', size: type.length, limit: limits.maxTypeChars };
  }
  const by: unknown = Reflect.get(input, 'by');
  const id: unknown = typeof by === 'object' && by !== null ? Reflect.get(by, 'id') : undefined;
  if (typeof id === 'string' && id.length > limits.maxSenderIdChars) {
    return { what: 'sender', size: id.length, limit: limits.maxSenderIdChars };
  }
  const limit = Math.min(
    limits.maxEventChars,
    (typeof type === 'string' ? entryLimit(type) : undefined) ?? Number.POSITIVE_INFINITY,
  );
  if (jsonCertainlyWithin(input, limit)) return undefined;
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return undefined;
  }
  if (json !== undefined && json.length > limit) {
    return { what: 'event', size: json.length, limit };
  }
  return undefined;
}

function typeOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const type: unknown = Reflect.get(input, 'type');
  return typeof type === 'string' ? type : undefined;
}

function checkRole(spec: EventSpec, by: ActorRef, reject: Reject, event: Title) {
  if (spec.roles.includes(by.role)) return undefined;
  const permittedRoles = spec.roles.map((role) => ({ role, name: ROLE_NAMES[role] }));
  return reject(
    'not-permitted',
    message('not-permitted', {
      event,
      role: ROLE_NAMES[by.role],
      permitted: permittedRoles.map((permitted) => permitted.name),
    }),
    { permittedRoles, details: { role: by.role } },
  );
}

// Time only moves forward: an event may not be dated before the process clock `context.now`.
function checkClock(
  snapshot: AnyMachineSnapshot,
  sent: EventEnvelope,
  reject: Reject,
  event: Title,
) {
  const context: unknown = snapshot.context;
  const now: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'now') : undefined;
  if (typeof now !== 'string') return undefined;
  const nowMs = Date.parse(now);
  const atMs = Date.parse(sent.at);
  if (Number.isNaN(nowMs) || Number.isNaN(atMs) || atMs >= nowMs) return undefined;
  return reject('out-of-order', message('out-of-order', { event, at: sent.at, now }), {
    details: { at: sent.at, now },
  });
}

function checkState(
  snapshot: AnyMachineSnapshot,
  type: string,
  reject: Reject,
  event: Title,
  allowedTitles: () => Title[],
) {
  if (stateAccepts(snapshot, type)) return undefined;
  return reject(
    'not-allowed-now',
    message('not-allowed-now', { state: stateTitle(snapshot), event, allowed: allowedTitles() }),
  );
}

// A process that follows the law as it changes (its context holds `law`, see `holdProfile`)
// cites only provisions in force on the act's day; the others go to `citationsNotInForce`.
function followsLaw(context: unknown): boolean {
  if (typeof context !== 'object' || context === null) return false;
  const law: unknown = Reflect.get(context, 'law');
  return typeof law === 'object' && law !== null;
}

// The version label of each registry citation on `day`; `undefined` when none is in the registry.
function versionsOn(
  cited: readonly string[],
  day: LocalDate,
): Readonly<Record<string, Bilingual>> | undefined {
  const out: Record<string, Bilingual> = {};
  for (const id of cited) {
    const version = citationVersion(id, day);
    if (version !== undefined) out[id] = version.label;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

// The profile the act is judged by, when the context holds one.
function profileIn(context: unknown): Profile | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  const profile: unknown = Reflect.get(context, 'profile');
  return typeof profile === 'object' &&
    profile !== null &&
    Array.isArray(Reflect.get(profile, 'laws'))
    ? (profile as Profile)
    : undefined;
}

function ruleRefusal(
  rule: Rule,
  verdict: RuleVerdict,
  reject: Reject,
  event: Title,
  act: {
    readonly at: string;
    readonly followsLaw: boolean;
    readonly profile?: Profile | undefined;
  },
) {
  const failure = typeof verdict === 'object' && !verdict.ok ? verdict : undefined;
  // A refusal built from the profile in force names that profile's articles; else the rule's,
  // as the rule book lists them for that profile (ruleCitesUnder).
  const cited = [
    ...(failure?.citations ??
      (act.profile === undefined ? rule.citations : ruleCitesUnder(rule, act.profile))),
  ];
  const day = act.followsLaw ? localDateOf(act.at) : undefined;
  const lapsed =
    day === undefined ? [] : cited.filter((c) => isCitationId(c) && !citationInForce(c, day));
  const ruleRef = { id: rule.id, citations: cited.filter((c) => !lapsed.includes(c)) };
  // Each citation names the text version it refers to, and whether it is in force that day.
  const versions = day === undefined ? undefined : versionsOn(cited, day);
  const details =
    versions === undefined
      ? failure?.details
      : {
          ...failure?.details,
          ...(lapsed.length === 0 ? {} : { citationsNotInForce: lapsed }),
          citationVersions: versions,
        };
  return reject(
    'rule-violated',
    failure?.message ??
      message('rule-violated', {
        event,
        rule: rule.id,
        citations: ruleRef.citations,
        requirement: rule.description,
        ...(versions === undefined ? {} : { versions }),
      }),
    { rule: ruleRef, ...(details === undefined ? {} : { details }) },
  );
}

function guardRefused(
  snapshot: AnyMachineSnapshot,
  sent: EventEnvelope,
  reject: Reject,
  event: Title,
) {
  return reject('rule-violated', message('guard-refused', { event, state: stateTitle(snapshot) }), {
    rule: { id: GUARD_RULE_ID, citations: [] },
    details: { guards: guardNames(snapshot, sent) },
  });
}

// The named guards on the transitions that could have taken the event, for the host's logs:
// inside a higher-order guard (`and([...])`) its named parts that do not hold, leaving out the
// event's own catalog guard (its role, clock and rules were explained before this).
function guardNames(snapshot: AnyMachineSnapshot, sent: EventEnvelope): string[] {
  const names = new Set<string>();
  for (const leaf of activeLeaves(snapshot)) {
    for (let node: ActiveStateNode | undefined = leaf; node; node = node.parent) {
      for (const [descriptor, transitions] of node.transitions) {
        if (descriptor !== sent.type) continue;
        for (const { guard } of transitions) {
          for (const name of failingParts(snapshot, guard, sent)) names.add(name);
        }
      }
    }
  }
  return [...names];
}

function failingParts(snapshot: AnyMachineSnapshot, guard: unknown, sent: EventEnvelope): string[] {
  const parts: unknown = typeof guard === 'function' ? Reflect.get(guard, 'guards') : undefined;
  if (Array.isArray(parts)) {
    const names = parts.flatMap((part) =>
      part === sent.type ? [] : failingParts(snapshot, part, sent),
    );
    return names.length > 0 ? names : ['(inline)'];
  }
  const name: unknown =
    typeof guard === 'string'
      ? guard
      : typeof guard === 'object' && guard !== null
        ? Reflect.get(guard, 'type')
        : undefined;
  if (typeof name !== 'string') return ['(inline)'];
  try {
    return guardHolds(snapshot, guard as GuardRef, sent) ? [] : [name];
  } catch {
    return [name];
  }
}

function machineError(
  reject: Reject,
  event: Title,
  error: unknown,
  stopped: boolean,
  details: Readonly<Record<string, unknown>> = {},
): DispatchRefused {
  const text = error instanceof Error ? error.message : String(error);
  return reject('machine-error', message('machine-error', { event, error: text, stopped }), {
    details: { ...details, error: text, stopped },
  });
}
