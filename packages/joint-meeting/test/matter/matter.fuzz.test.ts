// 100,000 inputs through dispatch on the matter machine, with the one fuzz driver of
// @jiayuan/testing (events from the catalog's schemas; the dispatch contract on every step).
import { describe, expect, it } from 'vitest';
import { matterProperty } from '../../src/testing/index.js';
import { input } from '../support.js';

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 180_000 }, () => {
    const stats = matterProperty({
      input: input(),
      numRuns: 2_000,
      minEvents: 50,
      maxEvents: 50,
      seed: 424242,
    });
    expect(stats.events).toBe(100_000);
    expect(stats.refusals['machine-error']).toBeUndefined();
    for (const code of ['invalid-event', 'not-permitted', 'out-of-order', 'rule-violated']) {
      expect(stats.refusals[code as keyof typeof stats.refusals] ?? 0).toBeGreaterThan(0);
    }
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
    expect(stats.states).toEqual(['open.atLevel', 'open.mediation', 'resolved']);
    expect(stats.unboundedStrings).toEqual([]);
  });
});
