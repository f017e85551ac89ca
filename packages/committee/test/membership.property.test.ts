// Property tests of the membership machine with the exported suite (committeeProperty, on
// @jiayuan/testing's one driver): the dispatch contract and the committee invariants (members never more than the seats, every ending recorded once and the member gone) at every
// step; one run in each persists, restores from JSON and goes on beside the uninterrupted actor,
// which must agree to the end.
import { describe, expect, it } from 'vitest';
import { membershipMachine } from '../src/membership/machine.js';
import { committeeProperty } from '../src/testing/suite.js';
import { MEMBERSHIP_WITH_OFFICERS } from './support/fixtures.js';

describe('membership properties', { timeout: 60_000 }, () => {
  it('keeps every invariant; persist → JSON → restore → continue equals the uninterrupted run', () => {
    const stats = committeeProperty(membershipMachine, {
      input: MEMBERSHIP_WITH_OFFICERS,
      numRuns: 40,
      maxEvents: 120,
      seed: 13,
      continuation: true,
    });
    expect(stats.roundTrips).toBe(stats.runs);
    // The runs get somewhere: a property over refusals alone would prove little.
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
  });
});
