import type { CatalogMark } from '../dispatch/catalog-mark.js';
import type { EventEnvelope } from '../dispatch/envelope.js';
import type { EventLimits } from '../dispatch/limits.js';
import type { RuleVerdict } from '../dispatch/rule-verdict.js';
import type { Bilingual } from '../i18n.js';
import type { Role } from '../roles.js';

// The catalog as `dispatch` reads it, written without zod: every catalog of core's root entry
// (`EventCatalog`, zod schemas) is one of these, and a host that imports only
// `@jiayuan/core/dispatch` type-checks without loading zod's declarations
// (docs/benchmarks.md, "Declaration size and a host's type check").

/**
 * What `dispatch` needs of an event's schema: zod 4's `safeParse`, and the parsed and input
 * types a zod schema records under `_zod` (read the way `z.output` and `z.input` read them).
 * Every zod schema is one.
 */
export interface SchemaShape {
  /** zod's record of the schema's types: `output` is the parsed event, `input` what is sent. */
  readonly _zod: { readonly output: unknown; readonly input: unknown };
  /** Parses untrusted input without throwing. */
  safeParse(input: unknown): SafeParseShape;
}

/** What {@link SchemaShape}'s `safeParse` returns: the parsed value, or the issues found. */
export type SafeParseShape =
  | { readonly success: true; readonly data: unknown }
  | {
      readonly success: false;
      readonly error: {
        readonly issues: readonly {
          readonly path: readonly PropertyKey[];
          readonly message: string;
        }[];
      };
    };

/**
 * A rule of an event as `dispatch` reads it (root entry: `Rule`). The snapshot, event and profile
 * it is given are typed where the catalog is built (`defineRule`), so here they are left open.
 */
export interface RuleShape {
  /** Stable id, reported in the rejection; the guard's name. */
  readonly id: string;
  /** Citation ids such as `CC-278-2`. */
  readonly citations: readonly string[];
  /** What the rule requires; shown when `check` returns plain `false`. */
  readonly description?: Bilingual;
  /** The profile's own articles for the rule (root entry: `Rule.profileCites`). */
  readonly profileCites?: (profile: never) => readonly string[];
  /** Whether the event may pass, and if not why. */
  check(snapshot: never, event: never): RuleVerdict;
}

/** One entry of a {@link CatalogShape} (root entry: `EventSpec`). */
export interface EventSpecShape<TSchema extends SchemaShape = SchemaShape> {
  /** Schema of the whole event. */
  readonly schema: TSchema;
  /** The roles that may send the event. */
  readonly roles: readonly Role[];
  /** What the event means. */
  readonly description: Bilingual;
  /** Short name used in messages; `description` when absent. */
  readonly title?: Bilingual;
  /** The event's rules, in order. */
  readonly rules?: readonly RuleShape[];
  /** The named actions every transition on this event applies. */
  readonly actions?: readonly string[];
  /** Citation ids of the event itself, besides those of its rules. */
  readonly cite?: readonly string[];
  /** The most characters of JSON the event may have, when tighter than the host's limit. */
  readonly maxChars?: number;
}

/** A machine's event catalog as `dispatch` reads it (root entry: `EventCatalog`). */
export interface CatalogShape<
  TSpecs extends { readonly [type: string]: EventSpecShape } = {
    readonly [type: string]: EventSpecShape;
  },
> {
  /** The entries by event type. */
  readonly events: TSpecs;
  /** The event types, in declaration order. */
  readonly types: readonly string[];
  /** `true` for a catalog made by `defineCatalog` (the machine's guards are its rules). */
  readonly owned?: boolean;
  /** What the machine's context keeps of the profile (root entry: `KeptSections`). */
  readonly keeps?: {
    readonly [key: string]: ((profile: never, context: never, at: string) => unknown) | undefined;
  };
}

/** The event types of a catalog. */
export type EventTypeOf<TCatalog extends CatalogShape> = keyof TCatalog['events'] & string;

// As `z.output` reads a zod schema.
type OutputOf<TSchema> = TSchema extends { readonly _zod: { readonly output: unknown } }
  ? TSchema['_zod']['output']
  : unknown;

/**
 * The parsed events of a catalog (a union over its types); any envelope for an untyped catalog.
 * The same type as the root entry's `EventOf` for a catalog of zod schemas.
 */
export type EventOf<TCatalog extends CatalogShape> =
  string extends EventTypeOf<TCatalog>
    ? EventEnvelope
    : {
        [K in keyof TCatalog['events']]: OutputOf<TCatalog['events'][K]['schema']>;
      }[keyof TCatalog['events']];

/** The catalog a machine or actor was typed with by `withCatalog`; any catalog otherwise. */
export type CatalogFrom<T> = T extends {
  readonly logic: CatalogMark<infer C extends CatalogShape>;
}
  ? C
  : T extends CatalogMark<infer C extends CatalogShape>
    ? C
    : CatalogShape;

/** Options of `dispatch`. */
export interface DispatchOptions<TCatalog extends CatalogShape = CatalogShape> {
  /** The catalog to check against; by default the one attached by `withCatalog`. */
  readonly catalog?: TCatalog;
  /** Size limits; each defaults to `DEFAULT_EVENT_LIMITS`. */
  readonly limits?: Partial<EventLimits>;
}
