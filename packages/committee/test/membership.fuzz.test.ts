// Fuzz: 100,000 random inputs through dispatch in many short runs with fixed seeds.
import { describe, it } from 'vitest';
import { membershipEvents } from '../src/membership/catalog.js';
import { membershipMachine } from '../src/membership/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { MEMBERSHIP_INPUT, MEMBERSHIP_WITH_OFFICERS } from './support/fixtures.js';
import { expectSoundFuzz, fuzzMachine } from './support/fuzz.js';

describe('membership fuzz', () => {
  it('takes 100000 random inputs without an uncaught exception or an unexplained refusal', () => {
    const report = fuzzMachine({
      machine: membershipMachine,
      catalog: membershipEvents,
      inputs: [MEMBERSHIP_INPUT, MEMBERSHIP_WITH_OFFICERS],
      next: randomCommitteeInput,
      // Short runs: early re-election (a final state) comes quickly under random events.
      run: 40,
    });
    expectSoundFuzz(report, ['removalVote']);
  }, 120_000);
});
