// Property tests of the re-election machine with the exported invariant suite.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { FREEZE_TAG, freezeActive } from '../src/reelection/freeze.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { checkCommitteeMachine } from '../src/testing/suite.js';
import { RE_ELECTION_INPUT } from './support/fixtures.js';

describe('re-election properties', { timeout: 30_000 }, () => {
  it('keeps every committee invariant and survives persist → JSON → restore', () => {
    checkCommitteeMachine(reElectionMachine, { input: RE_ELECTION_INPUT, numRuns: 40, seed: 11 });
  });

  it('persist → JSON → restore → continue equals the uninterrupted run', () => {
    for (let run = 0; run < 20; run++) {
      const seeds = Array.from({ length: 120 }, (_, i) => run * 1000 + i);
      const cut = 30 + run;
      const whole = createActor(reElectionMachine, { input: RE_ELECTION_INPUT }).start();
      let split = createActor(reElectionMachine, { input: RE_ELECTION_INPUT }).start();
      seeds.forEach((seed, i) => {
        const input = randomCommitteeInput(whole.getSnapshot(), reElectionEvents, seed);
        dispatch(whole, input);
        if (i === cut) {
          const json = JSON.parse(JSON.stringify(split.getPersistedSnapshot()));
          split.stop();
          split = createActor(reElectionMachine, {
            input: RE_ELECTION_INPUT,
            snapshot: json,
          }).start();
        }
        dispatch(split, input);
      });
      expect(split.getPersistedSnapshot()).toEqual(whole.getPersistedSnapshot());
    }
  });

  it('the freeze tag is on exactly while the context says the freeze holds', () => {
    for (let run = 0; run < 30; run++) {
      const actor = createActor(reElectionMachine, { input: RE_ELECTION_INPUT }).start();
      for (let i = 0; i < 150; i++) {
        dispatch(actor, randomCommitteeInput(actor.getSnapshot(), reElectionEvents, run * 500 + i));
        const s = actor.getSnapshot();
        expect(s.hasTag(FREEZE_TAG)).toBe(freezeActive(s.context));
      }
    }
  });
});
