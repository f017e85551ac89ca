import type { AnyMachineSnapshot } from 'xstate';
import type { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import type { Profile } from '../profiles/schema.js';
import { type Role, RoleSchema } from '../roles.js';
import type { AnyKeptSections } from './act-day.js';
import { assertEventType, type EventEnvelope } from './envelope.js';
import type { RuleFailure, RuleVerdict } from './rule-verdict.js';

export type { RuleFailure, RuleVerdict };

/**
 * A rule of an event: a named guard of the machine (see `defineRule` and `catalogGuards`) that
 * also says why an event is refused and which articles require it.
 *
 * `check` is a method, so a rule may annotate its snapshot with the machine's own snapshot type.
 */
export interface Rule<
  TEvent = EventEnvelope,
  TSnapshot = AnyMachineSnapshot,
  TId extends string = string,
> {
  /** Stable id, reported in the rejection; in a catalog made by `defineCatalog`, the guard's name. */
  readonly id: TId;
  /** Citation ids such as `CC-278-2`. */
  readonly citations: readonly string[];
  /** What the rule requires; shown when `check` returns plain `false`. */
  readonly description?: Bilingual;
  /**
   * The profile's own articles for the rule, cited where the profile does not follow the texts
   * of all of `citations` (BJ 35 ¶4 for SH 25 ¶2). Read through `ruleCitesUnder`, by a refusal
   * and by the rule book alike.
   */
  readonly profileCites?: (profile: Profile) => readonly string[];
  check(snapshot: TSnapshot, event: TEvent): RuleVerdict;
}

/** One entry of an {@link EventCatalog}. */
export interface EventSpec<TSchema extends z.ZodType = z.ZodType> {
  /** Zod schema of the whole event (see `eventSchema`). */
  readonly schema: TSchema;
  /** The roles that may send the event. */
  readonly roles: readonly Role[];
  /** What the event means. */
  readonly description: Bilingual;
  /** Short name used in messages and buttons; `description` when absent. */
  readonly title?: Bilingual;
  /** The event's rules, in order; each is a named guard of the machine (see `catalogGuards`). */
  readonly rules?: readonly Rule<z.output<TSchema>>[];
  /** The named actions every transition on this event applies (checked by `catalogCoverage`). */
  readonly actions?: readonly string[];
  /** Citation ids of the event itself, besides those of its rules. */
  readonly cite?: readonly string[];
  /** The most characters of JSON the event may have, when tighter than the host's limit. */
  readonly maxChars?: number;
}

/** Catalog entries by event type. */
export type EventSpecs = { readonly [type: string]: EventSpec };

/** The external events a machine takes: schemas, permitted roles, descriptions and rules. */
export interface EventCatalog<TSpecs extends EventSpecs = EventSpecs> {
  /** The entries by event type. */
  readonly events: TSpecs;
  /** The event types, in declaration order (typed as plain strings to keep catalogs covariant). */
  readonly types: readonly string[];
  /**
   * `true` for a catalog made by `defineCatalog`: the machine's guards are its roles and rules,
   * so `dispatch` sends once and explains a refusal with those guards.
   */
  readonly owned?: boolean;
  /**
   * What the machine's context keeps of the profile (see `KeptSections`), when it is not the
   * whole profile as `profile`: rules and transition conditions see these keys as of the act's day.
   */
  readonly keeps?: AnyKeptSections;
}

/** The event types of a catalog. */
export type EventTypeOf<TCatalog extends EventCatalog> = keyof TCatalog['events'] & string;

/** The parsed events of a catalog (a union over its types); any envelope for an untyped catalog. */
export type EventOf<TCatalog extends EventCatalog> =
  string extends EventTypeOf<TCatalog>
    ? EventEnvelope
    : {
        [K in keyof TCatalog['events']]: z.output<TCatalog['events'][K]['schema']>;
      }[keyof TCatalog['events']];

/** What a host may send for a catalog's events, before parsing (a union over its types). */
export type EventInputOf<TCatalog extends EventCatalog> =
  string extends EventTypeOf<TCatalog>
    ? EventEnvelope
    : {
        [K in keyof TCatalog['events']]: z.input<TCatalog['events'][K]['schema']>;
      }[keyof TCatalog['events']];

/**
 * Checks catalog entries: each type can name an external event, its schema's `type` literal is
 * the key, its roles are known and non-empty, and its rules have distinct ids.
 *
 * @param caller Named in the error messages.
 * @throws on the first problem found.
 */
export function validateSpecs(caller: string, specs: EventSpecs): void {
  for (const type of Object.keys(specs)) {
    const spec: EventSpec | undefined = Reflect.get(specs, type);
    if (spec === undefined) continue;
    assertEventType(type);
    assertSchemaType(type, spec.schema, caller);
    if (spec.roles.length === 0) {
      throw new Error(`${caller}: event "${type}" lists no roles; name who may send it`);
    }
    for (const role of spec.roles) {
      const parsed = RoleSchema.safeParse(role);
      if (!parsed.success) {
        throw new Error(`${caller}: event "${type}": ${parsed.error.issues[0]?.message}`);
      }
    }
    const ids = new Set<string>();
    for (const rule of spec.rules ?? []) {
      if (ids.has(rule.id)) {
        throw new Error(`${caller}: event "${type}" has two rules with id "${rule.id}"`);
      }
      ids.add(rule.id);
    }
  }
}

/** The catalog entry of `type`, or `undefined` when the catalog does not know it. */
export function specOf(catalog: EventCatalog, type: string): EventSpec | undefined {
  return Object.hasOwn(catalog.events, type) ? catalog.events[type] : undefined;
}

/** The name of an event in messages: its title, else its description, else its type. */
export function eventTitle(catalog: EventCatalog | undefined, type: string): Bilingual {
  const spec = catalog === undefined ? undefined : specOf(catalog, type);
  return spec?.title ?? spec?.description ?? { 'zh-CN': type, en: type };
}

// A schema built by eventSchema exposes its shape; its `type` literal must name the key.
function assertSchemaType(type: string, schema: z.ZodType, caller: string): void {
  const shape: unknown = Reflect.get(schema, 'shape');
  if (typeof shape !== 'object' || shape === null) return;
  const literal: unknown = Reflect.get(shape, 'type');
  const values: unknown =
    typeof literal === 'object' && literal !== null ? Reflect.get(literal, 'values') : undefined;
  if (values instanceof Set && !values.has(type)) {
    throw new Error(
      `${caller}: the schema of "${type}" has type ${[...values].map((v) => JSON.stringify(v)).join(' | ')}; it must be "${type}"`,
    );
  }
}
