// The exported suite on the meeting under shanghai (the default) and national (the Civil Code,
// the PMR and the SPC interpretation alone: no SH 69 part's decisions of its own, no e-voting
// unless adopted, CC 278 ¶2's bars): the dispatch contract and the invariants hold, and the
// runs reach the count under each.
import { national, type Profile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { assemblyProperty } from '../../src/testing/index.js';
import { meetingInput } from './support.js';

describe.each([
  ['shanghai', shanghai],
  ['national', national],
] as const)(
  'assembly invariants over random streams under %s (with persistence round trips)',
  {
    timeout: 60_000,
  },
  (_id, profile: Profile) => {
    const reached = new Set<string>();
    it('hold for a regular meeting', () => {
      const stats = assemblyProperty({ input: meetingInput({ profile }), numRuns: 120, seed: 21 });
      for (const s of stats.states) reached.add(s);
    });
    it('hold for an interim meeting with e-voting adopted', () => {
      const stats = assemblyProperty({
        input: meetingInput({ kind: 'interim', electronicAdopted: true, profile }),
        numRuns: 120,
        seed: 22,
      });
      for (const s of stats.states) reached.add(s);
    });
    it('hold for a meeting started under rules of procedure (e-voting, SPC 9 co-owner reading)', () => {
      const stats = assemblyProperty({
        input: meetingInput({
          profile,
          rules: {
            version: 2,
            settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true },
          },
        }),
        numRuns: 120,
        seed: 23,
      });
      for (const s of stats.states) reached.add(s);
    });
    // A property over runs that never reach the count would prove nothing about it.
    it('the runs reach the count and the decision', () => {
      expect([...reached]).toEqual(expect.arrayContaining(['counted', 'decided', 'voting']));
    });
  },
);
