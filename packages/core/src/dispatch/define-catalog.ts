import type { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import type { Role } from '../roles.js';
import type { AnyKeptSections, KeptSections } from './act-day.js';
import { type EventCatalog, type EventSpec, type Rule, validateSpecs } from './catalog.js';
import { type EmptyShape, type EventSchema, eventSchema } from './envelope.js';

/** A rule of any event and snapshot type, as a catalog holds it. */
// `never` parameters: a rule's `check` is a method, so any rule is assignable here.
export type AnyRule = Rule<never, never, string>;

/**
 * The one definition of an external event in a catalog made by {@link defineCatalog}: its payload
 * (the envelope `type`, `at`, `by` is added), who may send it, its rules (each becomes a named
 * guard), the named actions it applies, and its citations.
 */
export interface EventDefinition<TPayload extends z.ZodRawShape = z.ZodRawShape> {
  /** Zod shape of the payload; the event is a strict object (unknown keys refused). */
  readonly payload?: TPayload;
  /** The roles that may send the event; becomes the `permitted` guard. */
  readonly roles: readonly Role[];
  /** Short name used in messages and buttons. */
  readonly title: Bilingual;
  /** What the event means. */
  readonly description: Bilingual;
  /** The rules, in the order a refusal is explained; each is a named guard. */
  readonly rules?: readonly AnyRule[];
  /** The named actions every transition on the event applies. */
  readonly actions?: readonly string[];
  /** Citation ids of the event itself. */
  readonly cite?: readonly string[];
  /** The most characters of JSON the event may have, when tighter than the host's limit. */
  readonly maxChars?: number;
}

/** Event definitions by event type. */
export type EventDefinitions = { readonly [type: string]: EventDefinition };

/** The payload shape of a definition (none: the envelope alone). */
export type PayloadOf<TDefinition> = TDefinition extends {
  readonly payload: infer P extends z.ZodRawShape;
}
  ? P
  : EmptyShape;

/** The catalog entries {@link defineCatalog} builds from `TDefinitions`. */
export type SpecsOf<TDefinitions extends EventDefinitions> = {
  readonly [K in keyof TDefinitions & string]: EventSpec<
    EventSchema<K, PayloadOf<TDefinitions[K]>>
  >;
};

/** Options of {@link defineCatalog}, typed by the machine's context. */
export interface CatalogOptions<TContext> {
  /**
   * What the machine's context keeps of the profile, when it is not the whole profile as
   * `profile` (a section such as `party`, or values derived from one): see `KeptSections`.
   */
  readonly keeps?: KeptSections<TContext>;
}

/** The rule ids of a set of definitions (literal when rules are made by {@link defineRule}). */
export type RuleIdOf<TDefinitions extends EventDefinitions> = {
  [K in keyof TDefinitions]: TDefinitions[K] extends { readonly rules: readonly (infer R)[] }
    ? R extends { readonly id: infer I extends string }
      ? I
      : never
    : never;
}[keyof TDefinitions];

declare const definitionsBrand: unique symbol;

/** A catalog whose machine owns its rules: made by {@link defineCatalog}. */
export interface OwnedCatalog<TDefinitions extends EventDefinitions = EventDefinitions>
  extends EventCatalog<SpecsOf<TDefinitions>> {
  readonly owned: true;
  /** Type-only: the definitions, for the guard names. */
  readonly [definitionsBrand]?: TDefinitions;
}

/** The guard names a catalog contributes to its machine's `setup`. */
export type CatalogGuardName<TCatalog> =
  TCatalog extends OwnedCatalog<infer D>
    ? (keyof D & string) | RuleIdOf<D> | typeof PERMITTED | typeof IN_ORDER
    : never;

/** Name of the guard that checks the sender's role (params: `{ roles }`). */
export const PERMITTED = 'permitted';
/** Name of the guard that refuses an event dated before the process clock `context.now`. */
export const IN_ORDER = 'inOrder';

const RESERVED = new Set<string>([PERMITTED, IN_ORDER]);

/**
 * Defines a rule with a literal id, so the id is a typed guard name of the machine (a host can
 * `provide()` it). Annotate `check`'s parameters to type the snapshot and the event.
 */
export function defineRule<const TId extends string, TEvent, TSnapshot>(
  rule: Rule<TEvent, TSnapshot, TId>,
): Rule<TEvent, TSnapshot, TId> {
  return rule;
}

/**
 * Defines the events of a machine that owns its rules. Each key is an event type; its entry is
 * the only definition of that event (see {@link EventDefinition}). Give the machine's `setup` the
 * guards from `catalogGuards(catalog)` and guard every transition on an event with the guard named
 * for the event (alone, or first inside `and([...])`), so that plain `actor.send` and
 * `snapshot.can` refuse what `dispatch` refuses. A machine whose context keeps a section of the
 * profile rather than the profile declares it in `options.keeps`, so its rules see that section
 * as of the act's day.
 *
 * @throws if a type cannot name an external event, roles are empty or unknown, two rules of one
 *   event share an id, two different rules share an id, or a rule id is an event type or a
 *   reserved guard name (`permitted`, `inOrder`).
 */
export function defineCatalog<const TDefinitions extends EventDefinitions, TContext = never>(
  definitions: TDefinitions,
  options?: CatalogOptions<TContext>,
): OwnedCatalog<TDefinitions> {
  const specs: Record<string, EventSpec> = {};
  const types = Object.keys(definitions);
  const rules = new Map<string, AnyRule>();
  for (const type of types) {
    const definition: EventDefinition | undefined = definitions[type];
    if (definition === undefined) continue;
    if (RESERVED.has(type)) {
      throw new Error(`defineCatalog: "${type}" is a reserved guard name, not an event type`);
    }
    for (const rule of definition.rules ?? []) {
      const seen = rules.get(rule.id);
      if (seen !== undefined && seen !== rule) {
        throw new Error(`defineCatalog: two different rules have the id "${rule.id}"`);
      }
      if (RESERVED.has(rule.id) || Object.hasOwn(definitions, rule.id)) {
        throw new Error(`defineCatalog: rule id "${rule.id}" is an event type or reserved name`);
      }
      rules.set(rule.id, rule);
    }
    specs[type] = {
      schema: eventSchema(type, definition.payload),
      roles: definition.roles,
      title: definition.title,
      description: definition.description,
      ...(definition.rules === undefined ? {} : { rules: definition.rules as Rule[] }),
      ...(definition.actions === undefined ? {} : { actions: definition.actions }),
      ...(definition.cite === undefined ? {} : { cite: definition.cite }),
      ...(definition.maxChars === undefined ? {} : { maxChars: definition.maxChars }),
    };
  }
  validateSpecs('defineCatalog', specs);
  return Object.freeze({
    events: Object.freeze(specs),
    types: Object.freeze(types),
    owned: true,
    ...(options?.keeps === undefined
      ? {}
      : { keeps: Object.freeze({ ...(options.keeps as AnyKeptSections) }) }),
  }) as unknown as OwnedCatalog<TDefinitions>;
}
