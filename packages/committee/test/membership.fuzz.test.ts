// Fuzz: 100,000 inputs through dispatch in runs of 100 with fixed seeds, on @jiayuan/testing's one
// driver with the committee's payloads (committeeProperty): the dispatch contract, the committee
// invariants and a persistence round trip in every run.
import { describe, it } from 'vitest';
import { membershipMachine } from '../src/membership/machine.js';
import { committeeProperty } from '../src/testing/suite.js';
import { MEMBERSHIP_INPUT, MEMBERSHIP_WITH_OFFICERS } from './support/fixtures.js';
import { expectSoundFuzz, FUZZ_EVENTS } from './support/fuzz.js';

// The leaf states the earlier generator reached in 100,000 inputs.
const REACHED = ['byElection.nominating', 'earlyReElection', 'removalVote', 'sitting', 'vacant'];

describe('membership fuzz', () => {
  it('takes 100000 inputs without an uncaught exception, a broken contract or invariant', {
    timeout: 300_000,
  }, () => {
    const inputs = [MEMBERSHIP_INPUT, MEMBERSHIP_WITH_OFFICERS];
    const all = inputs.map((input, i) =>
      committeeProperty(membershipMachine, {
        input,
        numRuns: FUZZ_EVENTS / inputs.length / 100,
        minEvents: 100,
        maxEvents: 100,
        seed: 4046 + i,
      }),
    );
    expectSoundFuzz(all, REACHED);
  });
});
