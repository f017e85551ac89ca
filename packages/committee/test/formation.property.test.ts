// Property tests of the formation machine with the exported suite (committeeProperty, on
// @jiayuan/testing's one driver): the dispatch contract and the committee invariants at every
// step; one run in each persists, restores from JSON and goes on beside the uninterrupted actor,
// which must agree to the end.
import { describe, expect, it } from 'vitest';
import { formationMachine } from '../src/formation/machine.js';
import { committeeProperty } from '../src/testing/suite.js';
import { FORMATION_INPUT } from './support/fixtures.js';

describe('formation properties', { timeout: 60_000 }, () => {
  it('keeps every invariant; persist → JSON → restore → continue equals the uninterrupted run', () => {
    const stats = committeeProperty(formationMachine, {
      input: FORMATION_INPUT,
      numRuns: 40,
      maxEvents: 120,
      seed: 7,
      continuation: true,
    });
    expect(stats.roundTrips).toBe(stats.runs);
    // The runs get somewhere: a property over refusals alone would prove little.
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
  });
});
