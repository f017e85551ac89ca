// Property tests of the stand-in machine for both profiles with the exported suite
// (standInProperty, on @jiayuan/testing's one driver): random streams of plausible and broken
// inputs through core's dispatch keep the dispatch contract (nothing accepted from a role the
// catalog does not permit — the owners' committee it stands in for among them), the composition
// lawful and the clock forward; one run in each persists, restores from JSON and goes on beside
// the uninterrupted actor, which must agree to the end.
import { describe, expect, it } from 'vitest';
import type { StandInInput } from '../src/stand-in/input.js';
import { standInProperty } from '../src/testing/stand-in.js';
import { BJ_INPUT, BJ_NO_ASSEMBLY_INPUT, SH_INPUT } from './support/stand-in-fixtures.js';

describe.each([
  ['shanghai', SH_INPUT],
  ['beijing (assembly formed)', BJ_INPUT],
  ['beijing (no assembly)', BJ_NO_ASSEMBLY_INPUT],
] as const)('stand-in properties: %s', { timeout: 60_000 }, (_name, input: StandInInput) => {
  it('composition, clock and the dispatch contract hold; persist → restore → continue agrees', () => {
    const stats = standInProperty({
      input,
      numRuns: 60,
      maxEvents: 100,
      seed: 2026,
      continuation: true,
    });
    expect(stats.roundTrips).toBe(stats.runs);
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
    expect(stats.refusals['not-permitted'] ?? 0).toBeGreaterThan(0);
  });
});
