// Random inputs through dispatch on the disclosure calendar, with the one fuzz driver of
// @jiayuan/testing (events from the catalog's schemas; the dispatch contract on every step).
import { describe, expect, it } from 'vitest';
import type { DisclosureContext } from '../../src/index.js';
import { disclosureProperty } from '../../src/testing/index.js';
import { dInput } from './support.js';

describe('disclosure fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 180_000 }, () => {
    for (const feeModel of ['commission', 'lump-sum'] as const) {
      // Fund-accounts postings seen listing at least one drawing (SH 66 ¶2).
      const listing = new Set<string>();
      const stats = disclosureProperty({
        input: dInput({ feeModel }),
        invariants: [
          {
            name: 'counts postings that list drawings',
            check: ({ context }: { context: DisclosureContext }) => {
              for (const o of context.obligations) {
                if ((o.drawings?.length ?? 0) > 0) listing.add(`${o.id}@${o.publishedAt}`);
              }
              return true;
            },
          } as never,
        ],
        numRuns: 2_000,
        minEvents: 25,
        maxEvents: 25,
        seed: feeModel === 'commission' ? 515151 : 515152,
      });
      expect(stats.events).toBe(50_000);
      expect(stats.refusals['machine-error']).toBeUndefined();
      for (const code of ['invalid-event', 'not-permitted', 'out-of-order', 'rule-violated']) {
        expect(stats.refusals[code as keyof typeof stats.refusals] ?? 0).toBeGreaterThan(0);
      }
      // A run ends at CLOSE_CALENDAR; what follows is refused as process-ended.
      expect(stats.accepted).toBeGreaterThan(stats.events / 10);
      expect(stats.refusals['process-ended'] ?? 0).toBeGreaterThan(0);
      expect(stats.states).toContain('closed');
      expect(stats.rules).toEqual(
        expect.arrayContaining([
          'duty-applies',
          'publisher-of-duty',
          'evidence-required',
          'drawings-listed',
          'drawing-once',
          'drawing-not-ahead',
        ]),
      );
      expect(stats.acceptedTypes.RECORD_FUND_DRAWING ?? 0).toBeGreaterThan(1_000);
      // 62 (commission) and 72 (lump sum) at these seeds: one fund posting per half-year at most.
      expect(listing.size).toBeGreaterThan(30);
    }
  });
});
