import { ActorRefSchema, AreaSchema, InstantSchema, LocalDateSchema, ROLES } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryFromZod, type ZodArbitraryOptions } from '../src/index.js';

/** Every value the bridge draws for `schema` parses with it. */
function expectParses(schema: z.ZodType, options?: ZodArbitraryOptions, numRuns = 200): unknown[] {
  const arbitrary = arbitraryFromZod(schema, options);
  const seen: unknown[] = [];
  fc.assert(
    fc.property(arbitrary, (value) => {
      seen.push(value);
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`${JSON.stringify(value)}: ${parsed.error.message}`);
    }),
    { numRuns, seed: 20260302 },
  );
  return seen;
}

describe('arbitraryFromZod: the schema kinds of the catalogs', { timeout: 30_000 }, () => {
  it('strings keep their lengths, and mix ASCII with CJK', () => {
    const values = expectParses(z.string().min(2).max(5)) as string[];
    expect(values.every((v) => v.length >= 2 && v.length <= 5)).toBe(true);
    expect(values.some((v) => /[\u4e00-\u9fa5]/.test(v))).toBe(true);
    expectParses(z.string().length(3));
    const unbounded = expectParses(z.string(), { maxStringLength: 4 }) as string[];
    expect(Math.max(...unbounded.map((v) => v.length))).toBeLessThanOrEqual(4);
  });

  it('string formats: regex, ISO date-time (with and without offsets), date, time, email, uuid, url', () => {
    expectParses(z.string().regex(/^[A-Z]{2}-\d{3}$/));
    const instants = expectParses(InstantSchema) as string[];
    expect(instants.some((v) => v.endsWith('+08:00'))).toBe(true);
    expect(instants.some((v) => v.endsWith('Z'))).toBe(true);
    const utc = expectParses(z.iso.datetime()) as string[];
    expect(utc.every((v) => v.endsWith('Z'))).toBe(true);
    expectParses(z.iso.datetime({ precision: -1 }));
    expectParses(z.iso.datetime({ precision: 0, offset: true }));
    expectParses(z.iso.datetime({ precision: 3, local: true }));
    expectParses(LocalDateSchema);
    expectParses(z.iso.time());
    expectParses(z.iso.time({ precision: -1 }));
    expectParses(z.email());
    expectParses(z.uuid());
    expectParses(z.url());
    expectParses(z.string().startsWith('REF-').endsWith('!'));
    expectParses(z.string().lowercase().includes('x'));
    expectParses(z.ipv4());
    expectParses(z.string().trim().min(1));
  });

  it('instants stay inside the range given', () => {
    const range = { min: '2026-03-01T00:00:00Z', max: '2026-03-31T23:59:59Z' };
    const values = expectParses(InstantSchema, { instants: range }) as string[];
    for (const value of values) {
      const ms = Date.parse(value);
      expect(ms).toBeGreaterThanOrEqual(Date.parse(range.min) - 1000);
      expect(ms).toBeLessThanOrEqual(Date.parse(range.max) + 1000);
    }
    expect(() => arbitraryFromZod(InstantSchema, { instants: { min: 'x', max: 'y' } })).toThrow(
      RangeError,
    );
  });

  it('numbers: integers, exclusive and inclusive bounds, multiples, floats; refinements filter', () => {
    const ints = expectParses(z.number().int().positive().max(10)) as number[];
    expect(ints.every((v) => Number.isInteger(v) && v >= 1 && v <= 10)).toBe(true);
    expectParses(z.int().gte(-3).lt(3));
    expectParses(z.number().int().nonnegative().multipleOf(5).max(100));
    expectParses(z.number().gt(0).lt(1));
    expectParses(z.number());
    expectParses(AreaSchema);
    expectParses(z.int32());
    expectParses(z.number().refine((n) => n % 2 === 0));
  });

  it('booleans, literals, enums, null', () => {
    expect(new Set(expectParses(z.boolean()))).toEqual(new Set([true, false]));
    expect(new Set(expectParses(z.literal(['a', 1])))).toEqual(new Set(['a', 1]));
    expect(new Set(expectParses(z.enum(ROLES)))).toEqual(new Set(ROLES));
    expectParses(z.null());
  });

  it('arrays keep their lengths', () => {
    const values = expectParses(z.array(z.string().min(1)).min(2).max(4)) as string[][];
    expect(values.every((v) => v.length >= 2 && v.length <= 4)).toBe(true);
    expectParses(z.array(z.number()).length(3));
    expectParses(z.array(z.boolean()).nonempty());
  });

  it('objects: strict, optional and defaulted keys sometimes absent, never `undefined` values', () => {
    const schema = z.strictObject({
      id: z.string().min(1),
      note: z.string().optional(),
      leader: z.boolean().default(false),
      nested: z.object({ level: z.enum(['a', 'b']) }),
    });
    const values = expectParses(schema) as Array<Record<string, unknown>>;
    expect(values.some((v) => 'note' in v)).toBe(true);
    expect(values.some((v) => !('note' in v))).toBe(true);
    expect(values.some((v) => !('leader' in v))).toBe(true);
    expect(values.every((v) => Object.values(v).every((x) => x !== undefined))).toBe(true);
    expect(values.every((v) => Object.getPrototypeOf(v) === Object.prototype)).toBe(true);
    expectParses(ActorRefSchema);
    expectParses(z.looseObject({ a: z.number() }));
  });

  it('nullable, optional outside objects, unions, discriminated unions, tuples, records', () => {
    expect(expectParses(z.string().nullable())).toContain(null);
    expect(expectParses(z.array(z.number().optional()))).toBeDefined();
    expectParses(z.union([z.string().min(1), z.number().int()]));
    expectParses(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('committee'), seats: z.number().int().min(5) }),
        z.strictObject({ kind: z.literal('stand-in'), reference: z.string().min(1) }),
      ]),
    );
    expectParses(z.tuple([z.string(), z.number()]));
    expectParses(z.tuple([z.string()], z.boolean()));
    expectParses(z.record(z.string(), z.number()));
    const exhaustive = expectParses(z.record(z.enum(['a', 'b']), z.boolean())) as object[];
    expect(exhaustive.every((v) => Object.keys(v).length === 2)).toBe(true);
  });

  it('pipes and transforms are generated from their input side; refined objects are filtered', () => {
    const values = expectParses(
      z
        .string()
        .min(1)
        .transform((s) => s.length),
    );
    expect(values.every((v) => typeof v === 'string')).toBe(true);
    expectParses(z.preprocess((v) => v, z.number().int()));
    expectParses(z.string().readonly());
    expectParses(z.string().catch('x'));
    expectParses(
      z
        .object({ from: z.number().int(), to: z.number().int() })
        .refine((r) => r.from <= r.to, { message: 'from after to' }),
    );
    expectParses(z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })));
    expectParses(z.lazy(() => z.string().min(1)));
  });
});

describe('arbitraryFromZod: overrides', { timeout: 30_000 }, () => {
  const schema = z.strictObject({
    by: ActorRefSchema,
    members: z.array(z.strictObject({ id: z.string().min(1), seat: z.enum(['owner', 'street']) })),
    note: z.string().optional(),
  });

  it('replace the value at a path; an optional key stays optional', () => {
    const values = expectParses(schema, {
      overrides: {
        'by.role': fc.constant('committee'),
        'members[].id': fc.constantFrom('g1', 'g2'),
        note: fc.constant('备注'),
      },
    }) as Array<z.infer<typeof schema>>;
    expect(values.every((v) => v.by.role === 'committee')).toBe(true);
    expect(values.flatMap((v) => v.members).every((m) => m.id === 'g1' || m.id === 'g2')).toBe(
      true,
    );
    expect(values.every((v) => v.note === undefined || v.note === '备注')).toBe(true);
    expect(values.some((v) => v.note === undefined)).toBe(true);
  });

  it('at the root replaces everything', () => {
    const arbitrary = arbitraryFromZod(schema, { overrides: { '': fc.constant('anything') } });
    expect(fc.sample(arbitrary, 3)).toEqual(['anything', 'anything', 'anything']);
  });

  it('a path that names no field is an error listing the paths', () => {
    expect(() => arbitraryFromZod(schema, { overrides: { 'by.rol': fc.constant('x') } })).toThrow(
      /override "by\.rol" names no field of the schema; its paths are .*"by\.role".*"members\[\]\.id"/,
    );
  });
});

describe('arbitraryFromZod: kinds it cannot generate', { timeout: 30_000 }, () => {
  it('throw an error naming the path and the kind', () => {
    const cases: Array<[z.ZodType, RegExp]> = [
      [z.strictObject({ when: z.date() }), /zod kind "date" at "when"/],
      [z.strictObject({ big: z.array(z.bigint()) }), /zod kind "bigint" at "big\[\]"/],
      [z.custom<string>(() => true), /zod kind "custom" at the schema root/],
      [z.strictObject({ n: z.never() }), /zod kind "never" at "n"/],
      [z.string().min(5).max(2), /at least 5 and at most 2 characters/],
      [z.number().int().gt(1).lt(2), /an integer between 1 and 2/],
      [z.map(z.string(), z.string()), /zod kind "map"/],
    ];
    for (const [schema, message] of cases) {
      expect(() => arbitraryFromZod(schema)).toThrow(message);
    }
  });

  it('a recursive schema is refused instead of looping', () => {
    type Tree = { children: Tree[] };
    const tree: z.ZodType<Tree> = z.lazy(() => z.strictObject({ children: z.array(tree) }));
    expect(() => arbitraryFromZod(tree)).toThrow(/a recursive schema at "children\[\]"/);
  });

  it('an override makes an unsupported field usable', () => {
    const schema = z.strictObject({ when: z.date(), id: z.string() });
    const arbitrary = arbitraryFromZod(schema, { overrides: { when: fc.constant(new Date(0)) } });
    for (const value of fc.sample(arbitrary, 20))
      expect(schema.safeParse(value).success).toBe(true);
  });
});
