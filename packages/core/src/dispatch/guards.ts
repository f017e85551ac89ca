import { type AnyMachineSnapshot, and } from 'xstate';
import { instantMillisOrDateParse } from '../calendar/instant.js';
import type { Role } from '../roles.js';
import { actDayContext } from './act-day.js';
import type { EventCatalog, Rule, RuleVerdict } from './catalog.js';
import { type CatalogGuardName, IN_ORDER, type OwnedCatalog, PERMITTED } from './define-catalog.js';
import type { EventEnvelope } from './envelope.js';

/** What a catalog guard receives from xstate: the context and the event being taken. */
export interface CatalogGuardArgs {
  readonly context: unknown;
  readonly event: EventEnvelope;
}

/** A guard made from a catalog; `params` is used by the `permitted` guard only. */
export type CatalogGuard = (args: CatalogGuardArgs, params: unknown) => boolean;

/** A reference to a named guard, as xstate writes it in a transition. */
export type GuardRef = string | { readonly type: string; readonly params?: unknown };

/** Whether a rule's verdict lets the event through. */
export function verdictHolds(verdict: RuleVerdict): boolean {
  return verdict === true || (typeof verdict === 'object' && verdict.ok);
}

/** The params of the `permitted` guard on the event guard of a catalog entry. */
export interface PermittedParams {
  readonly roles: readonly Role[];
}

/** The guard reference that checks the sender's role for `type` (what the event guard uses). */
export function permittedRef(catalog: EventCatalog, type: string): GuardRef {
  const roles = catalog.events[type]?.roles ?? [];
  return { type: PERMITTED, params: { roles } satisfies PermittedParams };
}

/**
 * The guards of a catalog made by `defineCatalog`, for the machine's `setup({ guards })`:
 * - `permitted` — the sender's role is one of `params.roles`;
 * - `inOrder` — the event is not dated before the process clock `context.now`;
 * - one guard per rule, named by the rule's id;
 * - one guard per event type, named by the type: `permitted` for the event's roles, `inOrder`,
 *   then each of its rules, all by name, so that a `provide()`d rule reaches every event using it.
 *
 * Guard every transition on an external event with its event guard (alone, or first inside
 * `and([...])` with the transition's own condition).
 */
export function catalogGuards<TCatalog extends OwnedCatalog>(
  catalog: TCatalog,
): Record<CatalogGuardName<TCatalog>, CatalogGuard> {
  const guards: Record<string, CatalogGuard> = {
    [PERMITTED]: ({ event }, params) => rolesOf(params).includes(event.by?.role),
    [IN_ORDER]: ({ context, event }) => inOrder(context, event),
  };
  for (const type of catalog.types) {
    const spec = catalog.events[type];
    if (spec === undefined) continue;
    const rules = spec.rules ?? [];
    for (const rule of rules) guards[rule.id] = ruleGuard(rule, catalog);
    const refs: GuardRef[] = [permittedRef(catalog, type), IN_ORDER, ...rules.map((r) => r.id)];
    guards[type] = and(refs as never) as unknown as CatalogGuard;
  }
  return guards as Record<CatalogGuardName<TCatalog>, CatalogGuard>;
}

/**
 * Evaluates one named guard (with its params) against a snapshot and an event, through the
 * snapshot's machine: a guard a host replaced with `provide()` is the one evaluated.
 *
 * @throws what the guard throws, or if the machine does not implement it.
 */
export function guardHolds(
  snapshot: AnyMachineSnapshot,
  guard: GuardRef,
  event: EventEnvelope,
): boolean {
  // xstate's own evaluation (named lookup, params, higher-order guards) through `and([guard])`.
  const probe = and([guard] as never) as unknown as {
    check(snapshot: AnyMachineSnapshot, args: CatalogGuardArgs, self: unknown): boolean;
  };
  return probe.check(snapshot, { context: snapshot.context, event }, probe);
}

// A rule judges the act by the law of its own day, with what the catalog says the context keeps
// of the profile (see `actDayContext`).
function ruleGuard(rule: Rule, catalog: EventCatalog): CatalogGuard {
  return ({ context, event }) =>
    verdictHolds(
      rule.check({ context: actDayContext(context, event.at, catalog.keeps) } as never, event),
    );
}

function rolesOf(params: unknown): readonly unknown[] {
  const roles: unknown =
    typeof params === 'object' && params !== null ? Reflect.get(params, 'roles') : undefined;
  return Array.isArray(roles) ? roles : [];
}

/** Whether `event.at` is not before `context.now` (true when either is missing or unreadable). */
export function inOrder(context: unknown, event: EventEnvelope): boolean {
  const now: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'now') : undefined;
  if (typeof now !== 'string') return true;
  const nowMs = instantMillisOrDateParse(now);
  const atMs = instantMillisOrDateParse(event.at);
  return Number.isNaN(nowMs) || Number.isNaN(atMs) || atMs >= nowMs;
}
