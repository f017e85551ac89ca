// The broken inputs the fuzz driver sends: each a plain value a host could receive from a client.

/** The ways {@link fuzzMachine} breaks an input on purpose (see its `invalidShare`). */
export const BREAKAGES = [
  'unknown-type',
  'missing-field',
  'extra-field',
  'wrong-field-type',
  'oversize-string',
  'bad-instant',
  'bad-sender',
  'not-an-object',
] as const;

/** One of {@link BREAKAGES}. */
export type Breakage = (typeof BREAKAGES)[number];

/** Length of the strings sent by `oversize-string`: beyond any sane limit on an id or a text. */
export const OVERSIZE = 10_001;

const BAD_INSTANTS: readonly unknown[] = [
  '2026-03-01',
  'yesterday',
  '2026-02-30T09:00:00Z',
  '2026-03-01T09:00:00',
  1_772_326_800_000,
  '',
];

const BAD_SENDERS = (role: unknown): readonly unknown[] => [
  null,
  String(role),
  {},
  { id: '', role },
  { id: 'someone', role: 'landlord' },
  { role },
];

const EXTRA_KEYS = ['unexpected', '__proto__', 'constructor'] as const;

/** A broken copy of `event`, and the field it names (for the report). */
export interface Broken {
  readonly input: unknown;
  /** What was broken, e.g. `missing field "at"`. */
  readonly note: string;
  /** `TYPE.field` when an oversize string went into a string field. */
  readonly oversize?: string;
}

/**
 * Breaks `event` in the way `kind` names; `pick` chooses among the candidates of that kind (the
 * field, the replacement). `known` tells a catalog's types apart from unknown ones.
 */
export function breakInput(
  event: Readonly<Record<string, unknown>>,
  kind: Breakage,
  pick: number,
  known: (type: string) => boolean,
): Broken {
  const keys = Object.keys(event);
  const choose = <T>(items: readonly T[]): T => items[pick % items.length] as T;
  const type = String(event.type);
  switch (kind) {
    case 'unknown-type': {
      const candidates: unknown[] = [
        `${type}_TYPO`,
        type.toLowerCase(),
        'xstate.init',
        '*',
        '',
        42,
      ];
      const value = choose(candidates.filter((c) => typeof c !== 'string' || !known(c)));
      return { input: { ...event, type: value }, note: `type ${JSON.stringify(value)}` };
    }
    case 'missing-field': {
      const key = choose(keys);
      const input = { ...event };
      delete input[key];
      return { input, note: `missing field "${key}"` };
    }
    case 'extra-field': {
      const key = choose(EXTRA_KEYS);
      // A computed key makes an own property, even for __proto__ (as JSON.parse would).
      return { input: { ...event, [key]: { role: 'system' } }, note: `extra field "${key}"` };
    }
    case 'wrong-field-type': {
      const key = choose(keys);
      const value = wrongType(event[key]);
      return {
        input: { ...event, [key]: value },
        note: `field "${key}" as ${describeKind(value)}`,
      };
    }
    case 'oversize-string': {
      const long = '长'.repeat(OVERSIZE);
      const fields = keys.filter((k) => k !== 'type' && k !== 'at' && typeof event[k] === 'string');
      const field = choose([...fields, 'by.id']);
      if (field === 'by.id') {
        const by = event.by;
        const sender = typeof by === 'object' && by !== null ? by : {};
        return {
          input: { ...event, by: { ...sender, id: long } },
          note: `a ${OVERSIZE}-character by.id`,
          oversize: `${type}.by.id`,
        };
      }
      return {
        input: { ...event, [field]: long },
        note: `a ${OVERSIZE}-character "${field}"`,
        oversize: `${type}.${field}`,
      };
    }
    case 'bad-instant': {
      const at = choose(BAD_INSTANTS);
      return { input: { ...event, at }, note: `at ${JSON.stringify(at)}` };
    }
    case 'bad-sender': {
      const role = (event.by as { role?: unknown } | undefined)?.role;
      const by = choose(BAD_SENDERS(role));
      return { input: { ...event, by }, note: `by ${JSON.stringify(by)}` };
    }
    case 'not-an-object': {
      const value = choose<unknown>([null, undefined, 42, type, [event], true]);
      return { input: value, note: `not an object: ${describeKind(value)}` };
    }
  }
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return {};
  return 'x';
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
