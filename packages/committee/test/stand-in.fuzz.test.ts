// Fuzz: 100,000 inputs through dispatch in runs of 100 with fixed seeds, on @jiayuan/testing's
// one driver with the stand-in's payloads (standInProperty), alternating the Shanghai and Beijing
// profiles: the dispatch contract, the stand-in invariants and a persistence round trip in every run.
import { describe, expect, it } from 'vitest';
import { standInProperty } from '../src/testing/stand-in.js';
import { expectSoundFuzz } from './support/fuzz.js';
import { BJ_INPUT, BJ_NO_ASSEMBLY_INPUT, SH_INPUT } from './support/stand-in-fixtures.js';

// The leaf states the earlier generator reached in 100,000 inputs.
const REACHED = [
  'dissolved',
  'expired',
  'forming',
  'sitting.acting',
  'sitting.completion.onTime',
  'sitting.completion.overdue',
  'sitting.filing.onTime',
  'sitting.filing.overdue',
];

describe('stand-in fuzz', () => {
  it('takes 100000 inputs without an uncaught exception, a broken contract or invariant', {
    timeout: 300_000,
  }, () => {
    const inputs = [SH_INPUT, BJ_INPUT, BJ_NO_ASSEMBLY_INPUT];
    const runs = [334, 333, 333];
    const all = inputs.map((input, i) =>
      standInProperty({
        input,
        numRuns: runs[i] ?? 0,
        minEvents: 100,
        maxEvents: 100,
        seed: 6066 + i,
      }),
    );
    expectSoundFuzz(all, REACHED);
    // Each kind of rule breach comes up, and no guard refuses without its rule saying why.
    expect([...new Set(all.flatMap((s) => s.rules))].sort()).toEqual(
      [
        'governance-composition',
        'management-composition',
        'filing-papers',
        'within-term',
        'new-deliberation',
        'new-matter',
        'decisions-kept',
        'decision-signers',
        'posting-pending',
        'stand-in-quorum',
      ].sort(),
    );
  });
});
