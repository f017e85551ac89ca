// Fuzz: 100,000 inputs per machine through dispatch (20,000 for the early-stage hiring), in runs
// of 50 with fixed seeds, on @jiayuan/testing's one driver with the package's payloads
// (firmProperty): the dispatch contract, the firm invariants and a persistence round trip in
// every run. Each reaches at least the leaf states the earlier generator reached.
import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { firmProperty } from '../src/testing/index.js';
import { baseInput, hiringInput, termInput } from './support.js';

// Per machine: input, runs of 50 inputs, and the leaf states the earlier generator reached.
const machines = [
  [
    'dismissal',
    dismissalMachine,
    baseInput(),
    2_000,
    ['idle', 'proposed', 'vote.called', 'vote.voting', 'withdrawn'],
  ],
  [
    'hiring',
    hiringMachine,
    hiringInput(),
    2_000,
    ['plan.drafted', 'plan.drafting', 'plan.vote.called'],
  ],
  [
    'hiring (early stage)',
    hiringMachine,
    hiringInput({ stage: 'early-stage' }),
    400,
    ['contracting', 'selection'],
  ],
  [
    'contract term',
    contractTermMachine,
    termInput('2026-09-30T16:00:00.000Z'),
    2_000,
    [
      'exit.handover.pending',
      'exit.service.oldFirmServing',
      'exit.service.successorServing',
      'exit.service.temporaryRequested',
      'firmLeaving',
      'holdover',
      'holdoverEnding',
      'inTerm',
      'renewalVote.called',
      'renewalVote.voting',
      'replacementDecided',
      'replacementNotified',
    ],
  ],
] as const;

describe('fuzz: 100,000 inputs per machine through dispatch', () => {
  for (const [name, machine, input, runs, reached] of machines) {
    it(name, { timeout: 300_000 }, () => {
      const stats = firmProperty({
        machine,
        input,
        numRuns: runs,
        minEvents: 50,
        maxEvents: 50,
        seed: 4,
      });
      expect(stats.events).toBe(runs * 50);
      console.info(name, JSON.stringify(stats.refusals), 'accepted', stats.accepted, stats.states);
      expect(stats.accepted).toBeGreaterThan(stats.events / 50);
      expect(Object.keys(stats.refusals).length).toBeGreaterThanOrEqual(4);
      expect(stats.states).toEqual(expect.arrayContaining([...reached]));
    });
  }
});
