// Property tests of the formation machine with the exported invariant suite.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { meetingsEvents } from '../src/meetings/catalog.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { checkCommitteeMachine } from '../src/testing/suite.js';
import { MEETINGS_WITH_OFFICERS } from './support/fixtures.js';

describe('meetings properties', { timeout: 30_000 }, () => {
  it('keeps every committee invariant and survives persist → JSON → restore', () => {
    checkCommitteeMachine(meetingsMachine, {
      input: MEETINGS_WITH_OFFICERS,
      numRuns: 40,
      seed: 17,
    });
  });

  it('persist → JSON → restore → continue equals the uninterrupted run', () => {
    for (let run = 0; run < 20; run++) {
      const seeds = Array.from({ length: 120 }, (_, i) => run * 1000 + i);
      const cut = 30 + run;
      const whole = createActor(meetingsMachine, { input: MEETINGS_WITH_OFFICERS }).start();
      let split = createActor(meetingsMachine, { input: MEETINGS_WITH_OFFICERS }).start();
      seeds.forEach((seed, i) => {
        const input = randomCommitteeInput(whole.getSnapshot(), meetingsEvents, seed);
        dispatch(whole, input);
        if (i === cut) {
          const json = JSON.parse(JSON.stringify(split.getPersistedSnapshot()));
          split.stop();
          split = createActor(meetingsMachine, {
            input: MEETINGS_WITH_OFFICERS,
            snapshot: json,
          }).start();
        }
        dispatch(split, input);
      });
      expect(split.getPersistedSnapshot()).toEqual(whole.getPersistedSnapshot());
    }
  });
});
