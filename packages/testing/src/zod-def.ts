// How the zod bridge reads a zod 4 schema: its definition (`schema._zod.def`), read loosely and
// structurally, so this package needs no zod of its own.
import type fc from 'fast-check';

/** A zod schema as the bridge reads it. */
export interface Node {
  readonly _zod: {
    readonly def: Def;
    readonly optin?: 'optional' | 'defaulted' | undefined;
    readonly values?: ReadonlySet<unknown> | undefined;
    readonly pattern?: RegExp | undefined;
  };
  readonly '~standard'?: { readonly validate: (value: unknown) => unknown };
}

/** The fields of the zod 4 defs and check defs this module reads (all optional, read loosely). */
export interface Def {
  readonly type: string;
  readonly check?: string;
  readonly checks?: readonly { readonly _zod: { readonly def: Def } }[];
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: number | bigint;
  readonly inclusive?: boolean;
  readonly offset?: boolean;
  readonly local?: boolean;
  readonly precision?: number | null;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly includes?: string;
  readonly innerType?: Node;
  readonly element?: Node;
  readonly shape?: Readonly<Record<string, Node>>;
  readonly options?: readonly Node[];
  readonly in?: Node;
  readonly out?: Node;
  readonly items?: readonly Node[];
  readonly rest?: Node | null;
  readonly keyType?: Node;
  readonly valueType?: Node;
  readonly left?: Node;
  readonly right?: Node;
  readonly getter?: () => Node;
}

/** What one `arbitraryFromZod` call keeps while it walks a schema. */
export interface Context {
  readonly overrides: ReadonlyMap<string, fc.Arbitrary<unknown>>;
  readonly used: Set<string>;
  readonly paths: Set<string>;
  readonly building: Set<Node>;
  readonly minMs: number;
  readonly maxMs: number;
  readonly maxStringLength: number;
  readonly maxArrayLength: number;
}

function label(path: string): string {
  return path === '' ? 'the schema root' : `"${path}"`;
}

export function unsupported(what: string, path: string): Error {
  return new Error(
    `arbitraryFromZod: cannot generate ${what} at ${label(path)}; give an arbitrary for this path in \`overrides\``,
  );
}

/** Whether `schema` accepts `value`, through the Standard Schema interface every zod 4 schema has. */
export function accepts(schema: Node, value: unknown, path: string): boolean {
  const standard = schema['~standard'];
  if (standard === undefined) throw unsupported('a schema without `~standard`', path);
  const result = standard.validate(value);
  if (result instanceof Promise) throw unsupported('an async schema', path);
  return typeof result === 'object' && result !== null && !('issues' in result && result.issues);
}

export function checksOf(def: Def): Def[] {
  // A format schema such as `z.iso.datetime()` or `z.int()` is itself a check.
  const own = def.check === undefined ? [] : [def];
  return [...own, ...(def.checks ?? []).map((c) => c._zod.def)];
}
