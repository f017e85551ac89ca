import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonCertainlyWithin } from '../../src/dispatch/json-size.js';

// dispatch's size check trusts this bound in place of JSON.stringify for events under their
// limit, so it must never say "within" for a value whose JSON is longer.
const jsonLength = (value: unknown): number => {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
};

const exotic = fc.anything({
  maxDepth: 4,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withBigInt: true,
  withUnicodeString: true,
});
const strings = fc.string({
  unit: fc.constantFrom('a', '"', '\\', '\n', '\u0000', '\u001f', '\ud800', '中'),
});

describe('jsonCertainlyWithin', () => {
  it('never calls a value within a limit its JSON exceeds', () => {
    fc.assert(
      fc.property(
        fc.oneof(exotic, fc.jsonValue(), fc.array(strings)),
        fc.nat(400),
        (value, limit) => {
          if (jsonCertainlyWithin(value, limit))
            expect(jsonLength(value)).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('settles a small event under a large limit, and is exact at the worst case of each kind', () => {
    const event = { type: 'X', by: { role: 'owner', id: 'o1' }, at: '2026-03-01T09:00:00+08:00' };
    expect(jsonCertainlyWithin(event, 4_194_304)).toBe(true);
    // Every code unit escaped to six characters, every number at its longest.
    expect(jsonLength('\u0000\u001f\ud800')).toBe(3 * 6 + 2);
    expect(jsonCertainlyWithin('\u0000\u001f\ud800', 20)).toBe(true);
    expect(jsonLength(-1.7976931348623157e308)).toBe(24);
    expect(jsonLength([undefined])).toBe(6);
    expect(jsonCertainlyWithin([undefined], 8)).toBe(true);
  });

  it('leaves to the exact length what JSON writes otherwise: toJSON, boxed values, cycles', () => {
    expect(jsonCertainlyWithin({ toJSON: () => 'x'.repeat(100) }, 1_000)).toBe(false);
    expect(jsonCertainlyWithin(Object(1e300), 1_000)).toBe(false);
    expect(jsonCertainlyWithin(new Date(0), 1_000)).toBe(false);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(jsonCertainlyWithin(cycle, 1_000_000)).toBe(false);
  });
});
