// Path tests with xstate/graph: every state and every transition of each machine is reached.

import { shanghai } from '@jiayuan/core';
import { machineStatePaths } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { formationEvents } from '../src/formation/catalog.js';
import { formationMachine } from '../src/formation/machine.js';
import { meetingsEvents } from '../src/meetings/catalog.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { membershipEvents } from '../src/membership/catalog.js';
import { membershipMachine } from '../src/membership/machine.js';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { BEIJING_FORMATION_INPUT } from './support/beijing-run.js';
import {
  FORMATION_INPUT,
  MEETINGS_INPUT,
  MEETINGS_WITH_OFFICERS,
  MEMBERSHIP_INPUT,
  RE_ELECTION_INPUT,
} from './support/fixtures.js';
import { definedTransitions, exploreCommitteeMachine } from './support/paths.js';

// A profile without the joint review (SH-6 expired) takes the direct listing branch.
const noReview = {
  ...shanghai,
  formation: {
    ...shanghai.formation,
    candidateJointReview: { ...shanghai.formation.candidateJointReview, value: false },
  },
};
// A profile allowing an even committee: the only way exactly half can remain (SH 32 gap).
const even = {
  ...shanghai,
  formation: {
    ...shanghai.formation,
    committeeSize: {
      ...shanghai.formation.committeeSize,
      value: { min: 4, max: null, odd: false },
    },
  },
};
const evenMembership = {
  ...MEMBERSHIP_INPUT,
  profile: even,
  seats: 4,
  members: ['o1', 'o2', 'o3', 'o4'],
  substitutes: [],
} as typeof MEMBERSHIP_INPUT;

// A profile without the term-end audit posting (national, Beijing): the audit region skips.
const noAudit = {
  ...RE_ELECTION_INPUT,
  profile: {
    ...shanghai,
    disclosure: {
      ...shanghai.disclosure,
      auditPosting: { period: null, cite: ['CC-277'] },
      termEndAuditWithin: { period: null, cite: ['CC-277'] },
    },
  },
} as typeof RE_ELECTION_INPUT;

describe.each([
  ['formation', formationMachine, formationEvents, [FORMATION_INPUT, BEIJING_FORMATION_INPUT]],
  ['re-election', reElectionMachine, reElectionEvents, [RE_ELECTION_INPUT, noAudit]],
  ['membership', membershipMachine, membershipEvents, [MEMBERSHIP_INPUT, evenMembership]],
  ['meetings', meetingsMachine, meetingsEvents, [MEETINGS_INPUT, MEETINGS_WITH_OFFICERS]],
] as const)('%s paths', { timeout: 30_000 }, (_name, machine, catalog, inputs) => {
  const explored = inputs.flatMap((input) => [
    exploreCommitteeMachine(machine, catalog, input),
    exploreCommitteeMachine(machine, catalog, { ...input, profile: input.profile ?? noReview }),
  ]);
  const taken = new Set(explored.flatMap((e) => [...e.taken]));
  const reached = new Set(explored.flatMap((e) => e.coverage.states));
  const coverage = {
    states: [...reached],
    unreached: machineStatePaths(machine).filter((s) => s !== '' && !reached.has(s)),
  };

  it('reaches every state of the definition', () => {
    expect(coverage.states.filter((s) => s !== '')).toEqual(
      expect.arrayContaining(machineStatePaths(machine).filter((s) => s !== '')),
    );
    expect(coverage.unreached).toEqual([]);
  });

  it('takes every transition of the definition', () => {
    const all = definedTransitions(machine);
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.filter((t) => !taken.has(t))).toEqual([]);
  });
});
