// Type tests of the public API (each machine's own types: machines.test-d.ts).
import type {
  DeadlineEntry,
  EventCatalog,
  FreezeMatter,
  OwnedCatalog,
  RuleFailure,
} from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import {
  type AbsenceShare,
  absenceShares,
  type CommitteeEmitted,
  type CommitteeInputError,
  type CommitteeInputErrorCode,
  checkQuorum,
  checkReElectionGroup,
  committeeDeadlines,
  decisionPasses,
  electionEntries,
  formationEvents,
  formationMachine,
  formationSetup,
  frozenMatters,
  isFrozen,
  MEMBERSHIP_GROUNDS,
  type MembershipGround,
  meetingsEvents,
  membershipEvents,
  reElectionEvents,
  reElectionMachine,
  reElectionSetup,
  type StandInInputError,
  type StandInInputErrorCode,
  standInEvents,
  type Verdict,
} from '../src/index.js';
import { type CommitteeSuiteOptions, checkCommitteeMachine } from '../src/testing/index.js';

describe('catalogs', () => {
  it('each machine owns its catalog', () => {
    expectTypeOf(formationEvents).toExtend<OwnedCatalog>();
    expectTypeOf(reElectionEvents).toExtend<OwnedCatalog>();
    expectTypeOf(membershipEvents).toExtend<OwnedCatalog>();
    expectTypeOf(meetingsEvents).toExtend<OwnedCatalog>();
    expectTypeOf(standInEvents).toExtend<EventCatalog>();
  });

  it('the shared election is a catalog fragment for the group that runs it', () => {
    expectTypeOf(electionEntries<'committee'>)
      .returns.toHaveProperty('NOMINATE')
      .toHaveProperty('roles')
      .toEqualTypeOf<
        readonly ['owner', 'residential-party-organisation', 'residents-committee', 'committee']
      >();
  });

  it('hosts provide() the rules by their ids', () => {
    formationMachine.provide({
      guards: { 'trained-first': () => true, 'candidate-is-owner': () => true },
    });
    reElectionMachine.provide({ guards: { freeze: () => true, 'audit-scope': () => true } });
    expectTypeOf(formationSetup.extend).toBeFunction();
    expectTypeOf(reElectionSetup.extend).toBeFunction();
  });
});

describe('inputs', () => {
  it('a refused start input carries a code', () => {
    expectTypeOf<CommitteeInputError['code']>().toEqualTypeOf<CommitteeInputErrorCode>();
    expectTypeOf<CommitteeInputErrorCode>().toEqualTypeOf<'wrong-procedure' | 'invalid-input'>();
    expectTypeOf<StandInInputError['code']>().toEqualTypeOf<StandInInputErrorCode>();
  });
});

describe('membership', () => {
  it('lists the six grounds and computes absences', () => {
    expectTypeOf(MEMBERSHIP_GROUNDS).items.toEqualTypeOf<MembershipGround>();
    expectTypeOf(absenceShares).returns.toEqualTypeOf<Record<string, AbsenceShare>>();
  });
});

describe('meetings', () => {
  it('answers quorum with a verdict', () => {
    expectTypeOf(checkQuorum).returns.toEqualTypeOf<Verdict>();
    expectTypeOf(decisionPasses).returns.toEqualTypeOf<boolean>();
  });
});

describe('freeze and deadlines', () => {
  it('read snapshots', () => {
    type Snap = SnapshotFrom<typeof reElectionMachine>;
    expectTypeOf(isFrozen).toBeCallableWith({} as Snap);
    expectTypeOf(frozenMatters).returns.toEqualTypeOf<FreezeMatter[]>();
    expectTypeOf(committeeDeadlines).returns.toEqualTypeOf<DeadlineEntry[]>();
  });

  it('rules answer with a verdict; announcements are typed', () => {
    expectTypeOf(checkReElectionGroup).returns.toEqualTypeOf<Verdict>();
    expectTypeOf<Verdict>().toEqualTypeOf<true | RuleFailure>();
    expectTypeOf<CommitteeEmitted['what']>().toExtend<string>();
    expectTypeOf<'anything'>().not.toExtend<CommitteeEmitted['what']>();
  });
});

describe('testing subpath', () => {
  it('checks a machine against its own input type', () => {
    expectTypeOf(checkCommitteeMachine<typeof reElectionMachine>)
      .parameter(1)
      .toEqualTypeOf<CommitteeSuiteOptions<typeof reElectionMachine>>();
  });
});
