// Fuzz: 100,000 inputs through dispatch in runs of 200 with fixed seeds, on @jiayuan/testing's one
// driver with the committee's payloads (committeeProperty): the dispatch contract, the committee
// invariants and a persistence round trip in every run.
import { describe, it } from 'vitest';
import { reElectionMachine } from '../src/reelection/machine.js';
import { committeeProperty } from '../src/testing/suite.js';
import { RE_ELECTION_INPUT } from './support/fixtures.js';
import { expectSoundFuzz, FUZZ_EVENTS } from './support/fuzz.js';

// The leaf states the earlier generator reached in 100,000 inputs.
const REACHED = [
  'awaitingGroup.onRequest',
  'awaitingGroup.onTime',
  'awaitingGroup.overdue',
  'awaitingReport.onTime',
  'awaitingReport.overdue',
  'underway.audit.awaitingElection',
  'underway.election.frozen.assembly.called',
  'underway.election.frozen.assembly.jointReview',
  'underway.election.frozen.assembly.listed',
  'underway.election.frozen.assembly.nominating',
  'underway.election.frozen.assembly.voting',
  'underway.election.frozen.drafts',
  'underway.election.frozen.roll',
  'underway.records.due.onTime',
  'underway.records.due.overdue',
  'underway.records.due.pressed',
  'underway.records.withAuthority.holding',
  'underway.term.expired',
  'underway.term.running',
  'underway.term.standIn',
];

describe('reelection fuzz', () => {
  it('takes 100000 inputs without an uncaught exception, a broken contract or invariant', {
    timeout: 300_000,
  }, () => {
    const inputs = [RE_ELECTION_INPUT];
    const all = inputs.map((input, i) =>
      committeeProperty(reElectionMachine, {
        input,
        numRuns: FUZZ_EVENTS / inputs.length / 200,
        minEvents: 200,
        maxEvents: 200,
        seed: 3036 + i,
      }),
    );
    expectSoundFuzz(all, REACHED);
  });
});
