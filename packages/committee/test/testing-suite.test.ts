// The exported suites (`@jiayuan/committee/testing`, on @jiayuan/testing's one driver) pass on
// the shipped machines and catch a host's `provide()`d machine that breaks a rule.
import { withCatalog } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { assertEvent, assign } from 'xstate';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { standInEvents } from '../src/stand-in/catalog.js';
import { standInMachine } from '../src/stand-in/machine.js';
import { checkStandInMachine } from '../src/testing/stand-in.js';
import { checkCommitteeMachine } from '../src/testing/suite.js';
import { RE_ELECTION_INPUT } from './support/fixtures.js';
import { BJ_INPUT, SH_INPUT } from './support/stand-in-fixtures.js';

describe('checkStandInMachine', () => {
  it.each([
    ['shanghai', SH_INPUT],
    ['beijing', BJ_INPUT],
  ])('passes on the shipped machine (%s)', (_name, input) => {
    expect(() =>
      checkStandInMachine(standInMachine, standInEvents, { input, numRuns: 25, seed: 5 }),
    ).not.toThrow();
  });

  it('catches a machine that seats one member more than the street office formed', () => {
    const broken = withCatalog(
      standInMachine.provide({
        actions: {
          // The host's formation effect seats someone the street office did not name.
          formStandIn: assign(({ context, event }) => {
            assertEvent(event, 'FORM_STAND_IN');
            return {
              term: context.term + 1,
              formedAt: event.at,
              members: [...event.members, { id: 'x', seat: 'other' as const, chair: false }],
            };
          }),
        },
      }),
      standInEvents,
    );
    expect(() =>
      checkStandInMachine(broken, standInEvents, { input: BJ_INPUT, numRuns: 50, seed: 5 }),
    ).toThrow(/composition/);
  });
});

describe('checkCommitteeMachine', () => {
  it('catches a re-election machine whose freeze lets a frozen matter through (TERM-3)', {
    timeout: 60_000,
  }, () => {
    const broken = withCatalog(
      reElectionMachine.provide({ guards: { freeze: () => true } }),
      reElectionEvents,
    );
    expect(() =>
      checkCommitteeMachine(broken, {
        input: RE_ELECTION_INPUT,
        numRuns: 200,
        maxLength: 150,
        seed: 3,
      }),
    ).toThrow(/freeze respected/);
  });

  it('catches a re-election machine that lets the developer into the group (TERM-2)', () => {
    const broken = withCatalog(
      reElectionMachine.provide({
        actions: {
          // The host's group effect seats a developer representative the street office did not name.
          formGroup: assign(({ event }) => {
            assertEvent(event, 'FORM_GROUP');
            const members = [
              ...event.members,
              { id: 'dev', seat: 'developer' as const, leader: false },
            ];
            return {
              group: {
                kind: 're-election' as const,
                formedAt: event.at,
                members,
                residentsCommittees: event.residentsCommittees,
                trainings: [],
                memberObjections: [],
              },
            };
          }),
        },
      }),
      reElectionEvents,
    );
    expect(() =>
      checkCommitteeMachine(broken, { input: RE_ELECTION_INPUT, numRuns: 50, seed: 3 }),
    ).toThrow(/group composition/);
  });
});
