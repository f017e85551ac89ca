// 100,000 inputs through dispatch on the assembly meeting, with the one fuzz driver of
// @jiayuan/testing (events from the catalog's schemas; the dispatch contract on every step).
import { describe, expect, it } from 'vitest';
import { assemblyProperty } from '../../src/testing/index.js';
import { meetingInput } from './support.js';

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 300_000 }, () => {
    const stats = assemblyProperty({
      input: meetingInput({ kind: 'interim' }),
      numRuns: 2_000,
      minEvents: 50,
      maxEvents: 50,
      seed: 161616,
    });
    expect(stats.events).toBe(100_000);
    expect(stats.refusals['machine-error']).toBeUndefined();
    for (const code of ['invalid-event', 'not-permitted', 'out-of-order', 'rule-violated']) {
      expect(stats.refusals[code as keyof typeof stats.refusals] ?? 0).toBeGreaterThan(0);
    }
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
    // 'settled' needs a year of ticks; the path test reaches it.
    expect(stats.states).toEqual(['counted', 'decided', 'noticed', 'preparing', 'voting']);
    expect(stats.acceptedTypes.CAST_BALLOT ?? 0).toBeGreaterThan(50);
    expect(stats.unboundedStrings).toEqual([]);
  });
});
