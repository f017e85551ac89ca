// 100,000 inputs through dispatch on the assembly meeting — half to regular meetings, half to
// interim ones — with the one fuzz driver of @jiayuan/testing (events from the catalog's
// schemas; the dispatch contract on every step).
import type { FuzzStats } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { assemblyProperty } from '../../src/testing/index.js';
import { meetingInput } from './support.js';

// The regular meetings are started under rules of procedure that adopt e-voting and SPC 9's
// co-owner reading (VOTE-14, VOTE-7); the interim ones under none.
const RULES = { version: 1, settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true } };

const run = (kind: 'regular' | 'interim', seed: number): FuzzStats =>
  assemblyProperty({
    input: meetingInput(kind === 'regular' ? { kind, rules: RULES } : { kind }),
    numRuns: 1_000,
    minEvents: 50,
    maxEvents: 50,
    seed,
  });

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 300_000 }, () => {
    const all = [run('regular', 161616), run('interim', 161617)];
    expect(all.reduce((n, s) => n + s.events, 0)).toBe(100_000);
    for (const stats of all) {
      expect(stats.refusals['machine-error']).toBeUndefined();
      for (const code of ['invalid-event', 'not-permitted', 'out-of-order', 'rule-violated']) {
        expect(stats.refusals[code as keyof typeof stats.refusals] ?? 0).toBeGreaterThan(0);
      }
      expect(stats.accepted).toBeGreaterThan(stats.events / 10);
      // 'settled' needs a year of ticks; the path test reaches it. 'revoked' (the authority's
      // revocation, PMR 19 ¶2) is reached when a run gets past the count.
      expect(stats.states).toEqual(
        expect.arrayContaining(['counted', 'decided', 'noticed', 'preparing', 'voting']),
      );
      expect(
        stats.states.filter(
          (s) => !['counted', 'decided', 'noticed', 'preparing', 'voting', 'revoked'].includes(s),
        ),
      ).toEqual([]);
      expect(stats.unboundedStrings).toEqual([]);
    }
    const casts = all.map((s) => s.acceptedTypes.CAST_BALLOT ?? 0);
    expect(casts[0]).toBeGreaterThan(casts[1]!);
    // 57 + 12 with these seeds since the regular meetings run under rules of procedure adopting
    // e-voting and the agenda may carry a rules item (RECORD_TRANSFER: 137 and 138 accepted).
    expect(casts[0]! + casts[1]!).toBeGreaterThan(50);
    const transfers = all.map((s) => s.acceptedTypes.RECORD_TRANSFER ?? 0);
    expect(Math.min(...transfers)).toBeGreaterThan(50);
  });
});
