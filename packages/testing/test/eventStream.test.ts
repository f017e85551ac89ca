import { CHOICES, ROLES, type Role } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorRefArbitrary,
  type EventCatalogLike,
  eventStreamArbitrary,
  invalidInputKind,
} from '../src/index.js';

const catalog = {
  OPEN: fc.record({ reason: fc.constantFrom('首次', '换届') }),
  BALLOT: {
    payload: fc.record({
      unitId: fc.constantFrom('1-1-101', '1-1-102'),
      choice: fc.constantFrom(...CHOICES),
    }),
    roles: ['owner', 'developer'],
  },
  TICK: { payload: fc.constant({}), roles: ['system'] },
} satisfies EventCatalogLike;

const allowed: Record<string, readonly Role[]> = {
  OPEN: ['street-office', 'preparatory-group'],
  BALLOT: ['owner', 'developer'],
  TICK: ['system'],
};
const payloadKeys: Record<string, readonly string[]> = {
  OPEN: ['reason'],
  BALLOT: ['unitId', 'choice'],
  TICK: [],
};

/** What is wrong with an input, judged from the catalog alone. */
function judge(input: Readonly<Record<string, unknown>>): string {
  const type = input.type;
  if (typeof type !== 'string' || !(type in allowed)) {
    return 'type' in input ? 'unknown-type' : 'missing-field';
  }
  const required = ['at', 'by', ...(payloadKeys[type] ?? [])];
  if (required.some((k) => !(k in input))) return 'missing-field';
  const by = input.by as { id?: unknown; role?: unknown };
  if (typeof by.id !== 'string' || !ROLES.includes(by.role as Role)) return 'bad-actor';
  if (!allowed[type]?.includes(by.role as Role)) return 'wrong-role';
  return 'valid';
}

const base = {
  roles: { OPEN: ['street-office', 'preparatory-group'] },
  maxLength: 30,
  start: '2026-03-01T00:00:00Z',
} as const;

describe('eventStreamArbitrary', () => {
  it('produces valid events with monotonic ISO instants when nothing is broken', () => {
    fc.assert(
      fc.property(eventStreamArbitrary(catalog, base), (events) => {
        let last = Date.parse('2026-03-01T00:00:00Z');
        for (const e of events) {
          expect(judge(e)).toBe('valid');
          expect(invalidInputKind(e)).toBeUndefined();
          // Without broken inputs the stream is typed as events of the catalog.
          const at: string = e.at;
          if (e.type === 'BALLOT') expect(CHOICES).toContain(e.choice);
          expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          expect(Date.parse(at)).toBeGreaterThanOrEqual(last);
          last = Date.parse(at);
        }
      }),
    );
  });

  it('sprinkles inputs that are broken the way they are labelled', () => {
    const counts = { total: 0, invalid: 0 };
    const kinds = new Set<string>();
    fc.assert(
      fc.property(eventStreamArbitrary(catalog, { ...base, invalidShare: 0.3 }), (inputs) => {
        let last = Number.NEGATIVE_INFINITY;
        for (const input of inputs) {
          counts.total++;
          const kind = invalidInputKind(input);
          if (kind === undefined) {
            expect(judge(input)).toBe('valid');
          } else {
            counts.invalid++;
            kinds.add(kind);
            expect(judge(input)).toBe(kind);
          }
          // Broken or not, every input that has an `at` keeps the order.
          if (typeof input.at === 'string') {
            expect(Date.parse(input.at)).toBeGreaterThanOrEqual(last);
            last = Date.parse(input.at);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(kinds).toEqual(new Set(['unknown-type', 'wrong-role', 'missing-field']));
    expect(counts.invalid / counts.total).toBeCloseTo(0.3, 1);
  });

  it('keeps stream fields over payload fields of the same name', () => {
    const sneaky = { X: fc.constant({ type: 'Y', at: 'never', by: 'nobody', extra: 1 }) };
    const [events] = fc.sample(eventStreamArbitrary(sneaky, { minLength: 3 }), 1);
    for (const e of events ?? []) {
      expect(e.type).toBe('X');
      expect(e.at).not.toBe('never');
      expect(typeof e.by).toBe('object');
      expect(e.extra).toBe(1);
    }
  });

  it('rejects an empty catalog, unknown roles and bad shares', () => {
    expect(() => eventStreamArbitrary({})).toThrow(/at least one type/);
    expect(() => eventStreamArbitrary(catalog, { invalidShare: 2 })).toThrow(/invalidShare/);
    // @ts-expect-error: not a role
    expect(() => eventStreamArbitrary(catalog, { roles: ['mayor'] })).toThrow(/mayor/);
  });
});

describe('actorRefArbitrary', () => {
  it('draws from the given roles, and one id always has the same name', () => {
    const names = new Map<string, string | undefined>();
    fc.assert(
      fc.property(actorRefArbitrary(['owner', 'committee'], { poolSize: 3 }), (ref) => {
        expect(['owner', 'committee']).toContain(ref.role);
        expect(ref.id).toMatch(/^(owner|committee)-[1-3]$/);
        if (names.has(ref.id)) expect(ref.name).toBe(names.get(ref.id));
        names.set(ref.id, ref.name);
      }),
    );
    expect(names.size).toBe(6);
  });

  it('defaults to every role', () => {
    const roles = new Set(fc.sample(actorRefArbitrary(), 2000).map((r) => r.role));
    expect(roles).toEqual(new Set(ROLES));
  });
});
