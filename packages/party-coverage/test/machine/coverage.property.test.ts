import { defineProfile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { coverageProperty } from '../../src/testing/index.js';
import { input } from '../support.js';

describe('coverage invariants over random event streams', { timeout: 30_000 }, () => {
  it('hold for an owners’ committee under the Shanghai profile; persist → restore → continue agrees', () => {
    const stats = coverageProperty({ input: input(), numRuns: 150, seed: 42, continuation: true });
    expect(stats.roundTrips).toBe(stats.runs);
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
  });

  it('hold for a firm project starting with members', () => {
    coverageProperty({
      input: input({
        unitId: 'p1',
        kind: 'firm-project',
        census: { headcount: 30, full: 2, probationary: 1 },
      }),
      numRuns: 100,
      seed: 7,
    });
  });

  it('hold under a host profile without work groups and a smaller joint-branch limit', () => {
    const profile = defineProfile({
      ...shanghai,
      id: 'host',
      party: {
        ...shanghai.party,
        workGroupAllowed: { value: false, cite: ['JA-2-2-1'] },
        jointBranchMaxUnits: { value: 3, cite: ['PARTY-BRANCH-5'] },
      },
    });
    coverageProperty({ input: input({ profile }), numRuns: 80, seed: 3 });
  });
});
