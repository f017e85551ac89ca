// Fuzz: 100,000 inputs through dispatch, in runs of 50 with fixed seeds, on @jiayuan/testing's
// one driver with the coverage payloads (coverageProperty): both kinds of unit, five starting
// censuses, runs with and without closing the unit; the dispatch contract, the coverage
// invariants and a persistence round trip in every run.
import { REJECTION_CODES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { coverageProperty } from '../../src/testing/index.js';
import { input } from '../support.js';

const TOTAL_EVENTS = 100_000;
const RUN = 50;
const KINDS = ['owners-committee', 'firm-project'] as const;
const CENSUSES = [0, 1, 2, 3, 4].map((i) => ({ headcount: 10, full: i, probationary: i % 3 }));

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, and keeps every invariant', {
    timeout: 300_000,
  }, () => {
    const variants = KINDS.flatMap((kind) => CENSUSES.map((census) => ({ kind, census })));
    const all = variants.map(({ kind, census }, i) =>
      coverageProperty({
        input: input({ kind, census }),
        numRuns: TOTAL_EVENTS / RUN / variants.length,
        seed: 20260302 + i,
        events: {
          minLength: RUN,
          maxLength: RUN,
          invalidShare: 0.25,
          includeClose: i % 2 === 0,
        },
      }),
    );
    const sent = all.reduce((n, s) => n + s.events, 0);
    const accepted = all.reduce((n, s) => n + s.accepted, 0);
    const codes = new Set(all.flatMap((s) => Object.keys(s.refusals)));
    const states = [...new Set(all.flatMap((s) => s.states))].sort();
    expect(sent).toBe(TOTAL_EVENTS);
    for (const code of codes) expect(REJECTION_CODES).toContain(code);
    expect(codes.has('machine-error')).toBe(false);
    // The stream exercised the refusals a host meets and made real progress.
    for (const code of [
      'unknown-event',
      'invalid-event',
      'not-permitted',
      'out-of-order',
      'rule-violated',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(accepted).toBeGreaterThan(TOTAL_EVENTS / 10);
    // Every resting state was visited (assess is transient): eight open leaves and closed.
    expect(states).toEqual([
      'closed',
      'open.branch.committee',
      'open.branch.secretary',
      'open.branchDue',
      'open.instructor',
      'open.jointBranch',
      'open.organisationDue',
      'open.uncovered',
      'open.workGroup',
    ]);
    console.info(`fuzz: ${sent} inputs, ${accepted} accepted`, JSON.stringify([...codes]));
  });
});
