import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../src/string-index.js';

describe('StringIndex', () => {
  it('numbers keys in insertion order and refuses duplicates', () => {
    const index = StringIndex.of(['u1', 'u2', 'u1', '']);
    expect(index.size).toBe(3);
    expect(index.get('u1')).toBe(0);
    expect(index.get('u2')).toBe(1);
    expect(index.get('')).toBe(2);
    expect(index.get('u3')).toBeUndefined();
    expect(index.add('u2')).toBe(false);
    expect(index.add('u3')).toBe(true);
    expect(index.keyAt(3)).toBe('u3');
  });

  it('agrees with a Map on any keys, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 6 }), { maxLength: 300 }),
        fc.array(fc.string()),
        (keys, probes) => {
          const index = new StringIndex(1);
          const map = new Map<string, number>();
          for (const k of keys) {
            expect(index.add(k)).toBe(!map.has(k));
            if (!map.has(k)) map.set(k, map.size);
          }
          expect(index.size).toBe(map.size);
          for (const k of [...keys, ...probes]) expect(index.get(k)).toBe(map.get(k));
        },
      ),
    );
  });
});
