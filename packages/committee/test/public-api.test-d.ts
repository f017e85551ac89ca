// Type tests of the public API.
import type { DeadlineEntry, EventCatalog, FreezeMatter, RuleFailure } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ContextFrom, EventFromLogic, InputFrom, SnapshotFrom } from 'xstate';
import {
  type AbsenceShare,
  absenceShares,
  type CallAssemblyEvent,
  type CommitteeContext,
  type CommitteeEvent,
  checkQuorum,
  checkReElectionGroup,
  committeeDeadlines,
  decisionPasses,
  type FormationContext,
  type FormationInput,
  formationEvents,
  type formationMachine,
  frozenMatters,
  isFrozen,
  MEMBERSHIP_GROUNDS,
  type MeetingsContext,
  type MeetingsInput,
  type MembershipContext,
  type MembershipEvent,
  type MembershipGround,
  type MembershipInput,
  type meetingsMachine,
  type membershipMachine,
  type ReElectionInput,
  reElectionEvents,
  type reElectionMachine,
  type Verdict,
} from '../src/index.js';
import { type CommitteeSuiteOptions, checkCommitteeMachine } from '../src/testing/index.js';

describe('machines', () => {
  it('share the committee context and events', () => {
    expectTypeOf<ContextFrom<typeof reElectionMachine>>().toEqualTypeOf<CommitteeContext>();
    expectTypeOf<ContextFrom<typeof formationMachine>>().toEqualTypeOf<FormationContext>();
    expectTypeOf<EventFromLogic<typeof reElectionMachine>>().toEqualTypeOf<CommitteeEvent>();
  });

  it('take either procedure as input', () => {
    expectTypeOf<InputFrom<typeof reElectionMachine>>().toEqualTypeOf<ReElectionInput>();
    expectTypeOf<ReElectionInput['procedure']>().toEqualTypeOf<'re-election'>();
    expectTypeOf<FormationInput['procedure']>().toEqualTypeOf<'formation'>();
    expectTypeOf<ReElectionInput>().toHaveProperty('termEndsOn').toEqualTypeOf<string>();
  });

  it('name their events', () => {
    expectTypeOf<CallAssemblyEvent['type']>().toEqualTypeOf<'CALL_ASSEMBLY'>();
    expectTypeOf<Extract<CommitteeEvent, { type: 'REPORT_TERM_END' }>>().toHaveProperty('at');
    expectTypeOf(reElectionEvents).toExtend<EventCatalog>();
    expectTypeOf(formationEvents).toExtend<EventCatalog>();
  });
});

describe('membership', () => {
  it('takes the sitting committee as input', () => {
    expectTypeOf<MembershipInput['procedure']>().toEqualTypeOf<'membership'>();
    expectTypeOf<MembershipInput>().toHaveProperty('seats').toEqualTypeOf<number>();
    expectTypeOf<ContextFrom<typeof membershipMachine>>().toEqualTypeOf<MembershipContext>();
  });
  it('lists the six grounds and computes absences', () => {
    expectTypeOf(MEMBERSHIP_GROUNDS).items.toEqualTypeOf<MembershipGround>();
    expectTypeOf(absenceShares).returns.toEqualTypeOf<Record<string, AbsenceShare>>();
    expectTypeOf<Extract<MembershipEvent, { type: 'PROPOSE_REMOVAL' }>['ground']>().toEqualTypeOf<
      'unable-to-serve' | 'refuses-to-convene' | 'absent' | 'breaks-undertaking'
    >();
  });
});

describe('meetings', () => {
  it('takes the members and answers quorum with a verdict', () => {
    expectTypeOf<MeetingsInput['procedure']>().toEqualTypeOf<'meetings'>();
    expectTypeOf<ContextFrom<typeof meetingsMachine>>().toEqualTypeOf<MeetingsContext>();
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

  it('rules answer with a verdict', () => {
    expectTypeOf(checkReElectionGroup).returns.toEqualTypeOf<Verdict>();
    expectTypeOf<Verdict>().toEqualTypeOf<true | RuleFailure>();
  });
});

describe('testing subpath', () => {
  it('checks a machine against its own input type', () => {
    expectTypeOf(checkCommitteeMachine<typeof reElectionMachine>)
      .parameter(1)
      .toEqualTypeOf<CommitteeSuiteOptions<typeof reElectionMachine>>();
    expectTypeOf<
      CommitteeSuiteOptions<typeof meetingsMachine>['input']
    >().toEqualTypeOf<MeetingsInput>();
  });
});
