// Fuzz: 100,000 random inputs through dispatch in many short runs with fixed seeds.
import { describe, it } from 'vitest';
import { formationEvents } from '../src/formation/catalog.js';
import { formationMachine } from '../src/formation/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { FORMATION_INPUT } from './support/fixtures.js';
import { expectSoundFuzz, fuzzMachine } from './support/fuzz.js';

describe('formation fuzz', () => {
  it('takes 100000 random inputs without an uncaught exception or an unexplained refusal', () => {
    const report = fuzzMachine({
      machine: formationMachine,
      catalog: formationEvents,
      inputs: [FORMATION_INPUT],
      next: randomCommitteeInput,
      run: 250,
    });
    expectSoundFuzz(report, ['voting', 'standIn']);
  }, 120_000);
});
