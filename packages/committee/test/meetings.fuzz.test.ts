// Fuzz: 100,000 random inputs through dispatch in many short runs with fixed seeds.
import { describe, it } from 'vitest';
import { meetingsEvents } from '../src/meetings/catalog.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { MEETINGS_INPUT, MEETINGS_WITH_OFFICERS } from './support/fixtures.js';
import { expectSoundFuzz, fuzzMachine } from './support/fuzz.js';

describe('meetings fuzz', () => {
  it('takes 100000 random inputs without an uncaught exception or an unexplained refusal', () => {
    const report = fuzzMachine({
      machine: meetingsMachine,
      catalog: meetingsEvents,
      inputs: [MEETINGS_INPUT, MEETINGS_WITH_OFFICERS],
      next: randomCommitteeInput,
      run: 250,
    });
    expectSoundFuzz(report, ['inSession', 'designated']);
  }, 180_000);
});
