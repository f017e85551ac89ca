import fc from 'fast-check';
import { checkInteger } from './validate.js';
import { accepts, type Context, checksOf, type Def, type Node, unsupported } from './zod-def.js';
import { numberArbitrary, stringArbitrary } from './zod-scalars.js';

/**
 * Any zod 4 schema (classic or mini), read structurally through `schema._zod.def`, so this
 * package needs no zod of its own.
 */
export interface ZodSchemaLike {
  readonly _zod: { readonly def: object };
}

/** What a schema accepts (zod's `z.input`): the values {@link arbitraryFromZod} produces. */
export type ZodInputOf<TSchema> = TSchema extends { readonly _zod: { readonly input: infer I } }
  ? I
  : unknown;

/** Options of {@link arbitraryFromZod}. */
export interface ZodArbitraryOptions {
  /**
   * Arbitraries that replace what the schema would give, by path: object keys joined with `.`
   * (`by.role`, `replacement.seat`), `[]` for the items of an array (`members[].id`), `[0]` for a
   * tuple's first item, `{}` for the values of a record; `''` is the schema itself. Wrappers
   * (optional, nullable, default, union, pipe) add nothing to a path. An optional key stays
   * optional: the override gives its value when present.
   *
   * @throws at construction when a path names no field of the schema (a typo).
   */
  readonly overrides?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
  /**
   * The instants ISO date-time and date strings are drawn from (ISO 8601 instants, inclusive).
   * Default 2020-01-01T00:00:00Z to 2035-12-31T23:59:59Z.
   */
  readonly instants?: { readonly min: string; readonly max: string };
  /** Most characters of a string whose schema sets no maximum. Default 30. */
  readonly maxStringLength?: number;
  /** Most items of an array or record whose schema sets no maximum. Default 8. */
  readonly maxArrayLength?: number;
}

const DEFAULT_MIN = '2020-01-01T00:00:00Z';
const DEFAULT_MAX = '2035-12-31T23:59:59Z';

/**
 * A fast-check arbitrary of the values a zod 4 schema accepts, built from the schema's own
 * definition: strings (lengths, regex, ISO date-time / date / time, email, uuid, url, ip),
 * numbers (int, bounds, multiple of), booleans, literals, enums, arrays (lengths), objects
 * (strict or not; optional and defaulted keys may be absent), records, tuples, optional,
 * nullable, default, readonly, catch, union and discriminated union, pipe and transform (the
 * input side), lazy (not recursive), intersection, null, undefined, unknown. Refinements and
 * checks it cannot build directly (`refine`, `trim`, two formats on one string) are kept by
 * filtering with the schema itself, which is slow when few values pass: give an override then.
 *
 * Strings mix printable ASCII and CJK characters; shrinking goes toward short, plain values.
 *
 * @throws Error naming the path for a schema kind or check it cannot generate (e.g. `date`,
 *   `bigint`, `custom`, `never`, a recursive `lazy`), or an async schema; RangeError for an
 *   override path that names no field, or an invalid option.
 */
export function arbitraryFromZod<TSchema extends ZodSchemaLike>(
  schema: TSchema,
  options: ZodArbitraryOptions = {},
): fc.Arbitrary<ZodInputOf<TSchema>> {
  return zodArbitrary(schema, options, new Set()) as fc.Arbitrary<ZodInputOf<TSchema>>;
}

/**
 * {@link arbitraryFromZod} for this package's own use: overrides at the paths in `optional` may
 * match nothing (the fuzz driver overrides an event's envelope, which a hand-written schema may
 * shape differently).
 */
export function zodArbitrary(
  schema: ZodSchemaLike,
  options: ZodArbitraryOptions,
  optional: ReadonlySet<string>,
): fc.Arbitrary<unknown> {
  const minMs = Date.parse(options.instants?.min ?? DEFAULT_MIN);
  const maxMs = Date.parse(options.instants?.max ?? DEFAULT_MAX);
  if (Number.isNaN(minMs) || Number.isNaN(maxMs) || minMs > maxMs) {
    throw new RangeError(
      `instants must be two ISO instants with min ≤ max, got ${JSON.stringify(options.instants)}`,
    );
  }
  const maxStringLength = options.maxStringLength ?? 30;
  const maxArrayLength = options.maxArrayLength ?? 8;
  checkInteger('maxStringLength', maxStringLength, 0, 1_000_000);
  checkInteger('maxArrayLength', maxArrayLength, 0, 100_000);
  const context: Context = {
    overrides: new Map(Object.entries(options.overrides ?? {})),
    used: new Set(),
    paths: new Set(),
    building: new Set(),
    minMs,
    maxMs,
    maxStringLength,
    maxArrayLength,
  };
  const arbitrary = build(schema as unknown as Node, '', context);
  const unused = [...context.overrides.keys()].filter(
    (path) => !context.used.has(path) && !optional.has(path),
  );
  if (unused.length > 0) {
    throw new RangeError(
      `arbitraryFromZod: override ${unused.map((p) => JSON.stringify(p)).join(', ')} names no field of the schema; its paths are ${[
        ...context.paths,
      ]
        .map((p) => JSON.stringify(p))
        .join(', ')}`,
    );
  }
  return arbitrary;
}

function build(schema: Node, path: string, context: Context): fc.Arbitrary<unknown> {
  context.paths.add(path);
  const override = context.overrides.get(path);
  if (override !== undefined) {
    context.used.add(path);
    return override;
  }
  const def = schema._zod?.def;
  if (def === undefined || typeof def.type !== 'string') {
    throw unsupported('a value that is not a zod 4 schema', path);
  }
  if (context.building.has(schema)) throw unsupported('a recursive schema', path);
  context.building.add(schema);
  try {
    return buildKind(schema, def, path, context);
  } finally {
    context.building.delete(schema);
  }
}

function buildKind(schema: Node, def: Def, path: string, context: Context): fc.Arbitrary<unknown> {
  const inner = (node: Node | undefined, at = path) => {
    if (node === undefined) throw unsupported(`a ${def.type} without its inner schema`, path);
    return build(node, at, context);
  };
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema, def, path, context);
    case 'number':
      return numberArbitrary(schema, def, path);
    case 'boolean':
      return withChecks(schema, def, path, fc.boolean());
    case 'literal':
    case 'enum': {
      const values = [...(schema._zod.values ?? [])];
      if (values.length === 0) throw unsupported(`an empty ${def.type}`, path);
      return fc.constantFrom(...values);
    }
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'any':
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
      // Absent (undefined) takes the default.
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'readonly':
    case 'catch':
      return inner(def.innerType);
    case 'nonoptional':
      return inner(def.innerType).filter((value) => value !== undefined);
    case 'pipe':
      // The input side, unless it is a preprocess step (which takes anything): then the output.
      return def.in?._zod.def.type === 'transform' ? inner(def.out) : inner(def.in);
    case 'union': {
      const options = def.options ?? [];
      if (options.length === 0) throw unsupported('an empty union', path);
      return withChecks(schema, def, path, fc.oneof(...options.map((o) => inner(o))));
    }
    case 'array':
      return arrayArbitrary(schema, def, path, context);
    case 'object':
      return objectArbitrary(schema, def, path, context);
    case 'record':
      return recordArbitrary(schema, def, path, context);
    case 'tuple': {
      const items = (def.items ?? []).map((item, i) => inner(item, `${path}[${i}]`));
      const rest = def.rest ? inner(def.rest, `${path}[]`) : undefined;
      const tuple = fc.tuple(...items);
      const full =
        rest === undefined
          ? tuple
          : fc
              .tuple(tuple, fc.array(rest, { maxLength: context.maxArrayLength }))
              .map(([head, tail]) => [...head, ...tail]);
      return withChecks(schema, def, path, full);
    }
    case 'lazy':
      if (def.getter === undefined) throw unsupported('a lazy schema without a getter', path);
      return inner(def.getter());
    case 'intersection': {
      const both = fc.tuple(inner(def.left), inner(def.right)).map(([a, b]) => merge(a, b));
      return both.filter((value) => accepts(schema, value, path));
    }
    case 'template_literal': {
      const pattern = schema._zod.pattern;
      if (!(pattern instanceof RegExp)) throw unsupported('a template literal', path);
      return fc.stringMatching(pattern).filter((value) => accepts(schema, value, path));
    }
    default:
      throw unsupported(`zod kind "${def.type}"`, path);
  }
}

function merge(a: unknown, b: unknown): unknown {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  return isRecord(a) && isRecord(b) ? { ...a, ...b } : a;
}

/** Adds a filter by the schema itself when it carries checks (refinements) beyond its kind. */
function withChecks(
  schema: Node,
  def: Def,
  path: string,
  arbitrary: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  if (checks.length === 0) return arbitrary;
  for (const check of checks) {
    if (check.check !== 'custom' && check.check !== 'overwrite') {
      throw unsupported(`check "${check.check}" on a ${def.type}`, path);
    }
  }
  return arbitrary.filter((value) => accepts(schema, value, path));
}

function lengthsOf(def: Def, path: string, what: string): [number, number, boolean] {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  let filter = false;
  for (const check of checksOf(def)) {
    switch (check.check) {
      case 'min_length':
      case 'min_size':
        min = Math.max(min, check.minimum ?? 0);
        break;
      case 'max_length':
      case 'max_size':
        max = Math.min(max, check.maximum ?? max);
        break;
      case 'length_equals':
      case 'size_equals':
        min = Math.max(min, check.length ?? 0);
        max = Math.min(max, check.length ?? max);
        break;
      case 'custom':
      case 'overwrite':
        filter = true;
        break;
      default:
        throw unsupported(`check "${check.check}" on ${what}`, path);
    }
  }
  if (min > max) throw unsupported(`${what} of at least ${min} and at most ${max} items`, path);
  return [min, max, filter];
}

function arrayArbitrary(
  schema: Node,
  def: Def,
  path: string,
  context: Context,
): fc.Arbitrary<unknown> {
  const [minLength, max, filter] = lengthsOf(def, path, 'an array');
  if (def.element === undefined) throw unsupported('an array without its element', path);
  const element = build(def.element, `${path}[]`, context);
  const maxLength = Number.isFinite(max) ? max : Math.max(minLength, context.maxArrayLength);
  const array = fc.array(element, { minLength, maxLength });
  return filter ? array.filter((value) => accepts(schema, value, path)) : array;
}

// The schema of a key's value when the key is present: optional and defaulted wrappers off.
function present(node: Node): Node {
  let current = node;
  for (;;) {
    const def = current._zod.def;
    const kind = def.type;
    if ((kind === 'optional' || kind === 'default' || kind === 'prefault') && def.innerType) {
      current = def.innerType;
    } else {
      return current;
    }
  }
}

function objectArbitrary(
  schema: Node,
  def: Def,
  path: string,
  context: Context,
): fc.Arbitrary<unknown> {
  const shape = def.shape ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const key of Object.keys(shape)) {
    const field = shape[key] as Node;
    const at = path === '' ? key : `${path}.${key}`;
    // A key whose schema takes `undefined` in (optional, default, …) may be left out.
    const optional = field._zod.optin !== undefined;
    if (!optional) requiredKeys.push(key);
    // The override of an optional key gives its value when present.
    model[key] = build(optional ? present(field) : field, at, context);
  }
  const record = fc.record(model, { requiredKeys, noNullPrototype: true });
  return withChecks(schema, def, path, record);
}

function recordArbitrary(
  schema: Node,
  def: Def,
  path: string,
  context: Context,
): fc.Arbitrary<unknown> {
  if (def.keyType === undefined || def.valueType === undefined) {
    throw unsupported('a record without key or value schema', path);
  }
  const value = build(def.valueType, `${path}{}`, context);
  const finite = def.keyType._zod.values;
  let record: fc.Arbitrary<unknown>;
  if (finite !== undefined && finite.size > 0) {
    // zod 4 records over an enum are exhaustive: every key is required.
    const keys = [...finite].map(String);
    record = fc.record(Object.fromEntries(keys.map((key) => [key, value])), {
      noNullPrototype: true,
    });
  } else {
    const key = build(def.keyType, `${path}{key}`, context);
    record = fc.dictionary(
      key.filter((k): k is string => typeof k === 'string'),
      value,
      { maxKeys: context.maxArrayLength, noNullPrototype: true },
    );
  }
  return withChecks(schema, def, path, record);
}
