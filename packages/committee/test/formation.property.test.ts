// Property tests of the formation machine with the exported invariant suite.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { formationEvents } from '../src/formation/catalog.js';
import { formationMachine } from '../src/formation/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { checkCommitteeMachine } from '../src/testing/suite.js';
import { FORMATION_INPUT } from './support/fixtures.js';

describe('formation properties', { timeout: 30_000 }, () => {
  it('keeps every committee invariant and survives persist → JSON → restore', () => {
    checkCommitteeMachine(formationMachine, { input: FORMATION_INPUT, numRuns: 40, seed: 7 });
  });

  it('persist → JSON → restore → continue equals the uninterrupted run', () => {
    for (let run = 0; run < 20; run++) {
      const seeds = Array.from({ length: 120 }, (_, i) => run * 1000 + i);
      const cut = 30 + run;
      const whole = createActor(formationMachine, { input: FORMATION_INPUT }).start();
      let split = createActor(formationMachine, { input: FORMATION_INPUT }).start();
      seeds.forEach((seed, i) => {
        const input = randomCommitteeInput(whole.getSnapshot(), formationEvents, seed);
        dispatch(whole, input);
        if (i === cut) {
          const json = JSON.parse(JSON.stringify(split.getPersistedSnapshot()));
          split.stop();
          split = createActor(formationMachine, { input: FORMATION_INPUT, snapshot: json }).start();
        }
        dispatch(split, input);
      });
      expect(split.getPersistedSnapshot()).toEqual(whole.getPersistedSnapshot());
    }
  });
});
