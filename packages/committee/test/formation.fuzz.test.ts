// Fuzz: 100,000 inputs through dispatch in runs of 200 with fixed seeds, on @jiayuan/testing's one
// driver with the committee's payloads (committeeProperty): the dispatch contract, the committee
// invariants and a persistence round trip in every run.
import { describe, it } from 'vitest';
import { formationMachine } from '../src/formation/machine.js';
import { committeeProperty } from '../src/testing/suite.js';
import { FORMATION_INPUT } from './support/fixtures.js';
import { expectSoundFuzz, FUZZ_EVENTS } from './support/fuzz.js';

// The leaf states the earlier generator reached in 100,000 inputs.
const REACHED = [
  'awaitingGroup.onTime',
  'awaitingGroup.overdue',
  'awaitingReport.onTime',
  'awaitingReport.overdue',
  'awaitingTrigger',
  'convening.firstMeeting.held',
  'convening.firstMeeting.onTime',
  'convening.firstMeeting.overdue',
  'convening.firstMeeting.standIn',
  'convening.work.assembly.called',
  'convening.work.assembly.jointReview',
  'convening.work.assembly.listed',
  'convening.work.assembly.nominating',
  'convening.work.assembly.voting',
  'convening.work.preparing.drafts',
  'convening.work.preparing.roll',
  'convening.work.preparing.roster',
  'ownersActDirectly',
];

describe('formation fuzz', () => {
  it('takes 100000 inputs without an uncaught exception, a broken contract or invariant', {
    timeout: 300_000,
  }, () => {
    const inputs = [FORMATION_INPUT];
    const all = inputs.map((input, i) =>
      committeeProperty(formationMachine, {
        input,
        numRuns: FUZZ_EVENTS / inputs.length / 200,
        minEvents: 200,
        maxEvents: 200,
        seed: 2026 + i,
      }),
    );
    expectSoundFuzz(all, REACHED);
  });
});
