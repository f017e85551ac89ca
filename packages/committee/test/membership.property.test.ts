// Property tests of the formation machine with the exported invariant suite.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { membershipEvents } from '../src/membership/catalog.js';
import { membershipMachine } from '../src/membership/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { checkCommitteeMachine } from '../src/testing/suite.js';
import { MEMBERSHIP_INPUT, MEMBERSHIP_WITH_OFFICERS } from './support/fixtures.js';

describe('membership properties', { timeout: 30_000 }, () => {
  it('keeps every committee invariant and survives persist → JSON → restore', () => {
    checkCommitteeMachine(membershipMachine, {
      input: MEMBERSHIP_WITH_OFFICERS,
      numRuns: 40,
      seed: 13,
    });
  });

  it('persist → JSON → restore → continue equals the uninterrupted run', () => {
    for (let run = 0; run < 20; run++) {
      const seeds = Array.from({ length: 120 }, (_, i) => run * 1000 + i);
      const cut = 30 + run;
      const whole = createActor(membershipMachine, { input: MEMBERSHIP_INPUT }).start();
      let split = createActor(membershipMachine, { input: MEMBERSHIP_INPUT }).start();
      seeds.forEach((seed, i) => {
        const input = randomCommitteeInput(whole.getSnapshot(), membershipEvents, seed);
        dispatch(whole, input);
        if (i === cut) {
          const json = JSON.parse(JSON.stringify(split.getPersistedSnapshot()));
          split.stop();
          split = createActor(membershipMachine, {
            input: MEMBERSHIP_INPUT,
            snapshot: json,
          }).start();
        }
        dispatch(split, input);
      });
      expect(split.getPersistedSnapshot()).toEqual(whole.getPersistedSnapshot());
    }
  });
});

describe('membership invariants', { timeout: 30_000 }, () => {
  it('members never exceed the seats, and every ending is recorded once', () => {
    for (let run = 0; run < 30; run++) {
      const actor = createActor(membershipMachine, { input: MEMBERSHIP_INPUT }).start();
      for (let i = 0; i < 150; i++) {
        dispatch(actor, randomCommitteeInput(actor.getSnapshot(), membershipEvents, run * 700 + i));
        const c = actor.getSnapshot().context;
        expect(c.members.length).toBeLessThanOrEqual(c.seats ?? 0);
        const ended = c.endings.map((e) => e.memberId);
        expect(new Set(ended).size).toBe(ended.length);
        expect(c.members.some((m) => ended.includes(m.id))).toBe(false);
      }
    }
  });
});
