// Fuzz: 100,000 random inputs through dispatch in many short runs with fixed seeds.
import { describe, it } from 'vitest';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { RE_ELECTION_INPUT } from './support/fixtures.js';
import { expectSoundFuzz, fuzzMachine } from './support/fuzz.js';

describe('re-election fuzz', () => {
  it('takes 100000 random inputs without an uncaught exception or an unexplained refusal', () => {
    const report = fuzzMachine({
      machine: reElectionMachine,
      catalog: reElectionEvents,
      inputs: [RE_ELECTION_INPUT],
      next: randomCommitteeInput,
      run: 250,
    });
    expectSoundFuzz(report, ['voting', 'audit']);
  }, 180_000);
});
