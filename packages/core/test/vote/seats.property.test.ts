import { fillSeats } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const results = fc.uniqueArray(
  fc.record({
    candidateId: fc.string({ minLength: 1, maxLength: 4 }),
    passed: fc.boolean(),
    agreeArea: fc.integer({ min: 0, max: 50 }),
    agreeHeadcount: fc.integer({ min: 0, max: 5 }),
  }),
  { selector: (c) => c.candidateId, maxLength: 12 },
);

describe('fillSeats (property)', () => {
  it('seats no more than the seats, only passed candidates, each once, none behind an unseated one', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(results, fc.integer({ min: 1, max: 12 }), (list, seats) => {
        const seated = fillSeats(list, seats);
        expect(seated.length).toBeLessThanOrEqual(seats);
        expect(new Set(seated).size).toBe(seated.length);
        const byId = new Map(list.map((c) => [c.candidateId, c]));
        for (const id of seated) expect(byId.get(id)?.passed).toBe(true);
        // Every passed candidate left out has no more support than every one seated.
        for (const out of list.filter((c) => c.passed && !seated.includes(c.candidateId))) {
          for (const id of seated) {
            const s = byId.get(id)!;
            const ahead =
              out.agreeArea > s.agreeArea ||
              (out.agreeArea === s.agreeArea && out.agreeHeadcount > s.agreeHeadcount);
            expect(ahead).toBe(false);
          }
        }
        // Fewer passed than seats: all of them are seated.
        const passed = list.filter((c) => c.passed).length;
        if (passed <= seats) expect(seated.length).toBe(passed);
      }),
      { numRuns: 500 },
    );
  });
});
