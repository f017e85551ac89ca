// Type tests: each machine takes its own events, starts from its own input and keeps its own
// context; another machine's events and inputs do not compile.
import { describe, expectTypeOf, it } from 'vitest';
import { type ContextFrom, createActor, type EventFromLogic, type InputFrom } from 'xstate';
import {
  type CommitteeContext,
  type ElectionEvent,
  type FormationContext,
  type FormationEvent,
  type FormationInput,
  type FormationMilestone,
  type formationEvents,
  formationMachine,
  type GroupEvent,
  type MeetingsContext,
  type MeetingsEvent,
  type MeetingsInput,
  type MeetingsMilestone,
  type MembershipContext,
  type MembershipEvent,
  type MembershipInput,
  type MembershipMilestone,
  type meetingsEvents,
  meetingsMachine,
  type membershipEvents,
  membershipMachine,
  type ReElectionContext,
  type ReElectionEvent,
  type ReElectionInput,
  type ReElectionMilestone,
  type reElectionEvents,
  reElectionMachine,
  type SeatingEvent,
  type StandInContext,
  type StandInEvent,
  type StandInInput,
  type standInEvents,
  standInMachine,
} from '../src/index.js';

type Types<E> = E extends { readonly type: infer T } ? T : never;
const START = '2026-03-02T09:00:00+08:00';

/** The event types only `Other` has: not `Own`'s, and not the clock every machine takes. */
type OnlyIn<Other, Own> = Exclude<Types<Other>, Types<Own> | 'TICK'>;

describe('the meetings machine', () => {
  type Event = EventFromLogic<typeof meetingsMachine>;

  it('takes the events of its catalog, and no other machine’s', () => {
    expectTypeOf<Event>().toEqualTypeOf<MeetingsEvent>();
    expectTypeOf<Types<Event>>().toEqualTypeOf<
      | 'CALL_MEETING'
      | 'HOLD_MEETING'
      | 'DECIDE'
      | 'CLOSE_MEETING'
      | 'POST_DECISION'
      | 'PROPOSE_INTERIM_MEETING'
      | 'REFUSE_TO_CONVENE'
      | 'REQUEST_CONVENER'
      | 'NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE'
      | 'KEEP_SEAL'
      | 'APPOINT_SECRETARY'
      | 'HOLD_RECEPTION_DAY'
      | 'ATTEND_THREE_PARTY_MEETING'
      | 'DESIGNATE_CONVENER'
      | 'TICK'
    >();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof meetingsEvents.events>();
    type Others = FormationEvent | ReElectionEvent | MembershipEvent | StandInEvent;
    expectTypeOf<Extract<Event, { type: Exclude<Types<Others>, 'TICK'> }>>().toBeNever();
    expectTypeOf<Extract<Event, { type: 'HOLD_MEETING' }>['attended']>().toEqualTypeOf<string[]>();
    const actor = createActor(meetingsMachine, {
      input: {
        procedure: 'meetings',
        complexId: 'c',
        floorArea: 1,
        startAt: START,
        members: ['o1'],
      },
    });
    // @ts-expect-error a formation event is not the meetings machine's
    actor.send({ type: 'NOMINATE', at: START, by: { id: 'o1', role: 'owner' }, candidateId: 'o1' });
  });

  it('starts from its own input, and keeps its own context', () => {
    expectTypeOf<InputFrom<typeof meetingsMachine>>().toEqualTypeOf<MeetingsInput>();
    expectTypeOf<MeetingsInput['procedure']>().toEqualTypeOf<'meetings'>();
    expectTypeOf<ContextFrom<typeof meetingsMachine>>().toEqualTypeOf<MeetingsContext>();
    expectTypeOf<keyof MeetingsContext['milestones']>().toEqualTypeOf<MeetingsMilestone>();
    expectTypeOf<MeetingsContext>().not.toHaveProperty('election');
    createActor(meetingsMachine, {
      // @ts-expect-error a formation input does not start the meetings machine
      input: { procedure: 'formation', complexId: 'c', floorArea: 1, startAt: START },
    });
  });
});

describe('the membership machine', () => {
  type Event = EventFromLogic<typeof membershipMachine>;

  it('takes its own events and the shared election’s, and no other machine’s', () => {
    expectTypeOf<Event>().toEqualTypeOf<MembershipEvent>();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof membershipEvents.events>();
    expectTypeOf<Extract<Event, ElectionEvent>>().toEqualTypeOf<ElectionEvent>();
    type Others = FormationEvent | ReElectionEvent | MeetingsEvent | StandInEvent;
    expectTypeOf<Extract<Event, { type: OnlyIn<Others, MembershipEvent> }>>().toBeNever();
    expectTypeOf<Extract<Event, { type: 'FORM_GROUP' | 'CALL_MEETING' }>>().toBeNever();
    expectTypeOf<Extract<Event, { type: 'PROPOSE_REMOVAL' }>['ground']>().toEqualTypeOf<
      'unable-to-serve' | 'refuses-to-convene' | 'absent' | 'breaks-undertaking'
    >();
    const actor = createActor(membershipMachine, {
      input: {
        procedure: 'membership',
        complexId: 'c',
        floorArea: 1,
        startAt: START,
        seats: 5,
        members: ['o1'],
        roll: { complexId: 'c', owners: [], units: [] },
      },
    });
    // @ts-expect-error a meetings event is not the membership machine's
    actor.send({ type: 'CALL_MEETING', at: START, by: { id: 'c', role: 'committee' }, kind: 'x' });
  });

  it('starts from its own input, and keeps its own context', () => {
    expectTypeOf<InputFrom<typeof membershipMachine>>().toEqualTypeOf<MembershipInput>();
    expectTypeOf<MembershipInput>().toHaveProperty('seats').toEqualTypeOf<number>();
    expectTypeOf<ContextFrom<typeof membershipMachine>>().toEqualTypeOf<MembershipContext>();
    expectTypeOf<keyof MembershipContext['milestones']>().toEqualTypeOf<MembershipMilestone>();
    expectTypeOf<MembershipContext>().not.toHaveProperty('meeting');
    expectTypeOf<MembershipContext>().not.toHaveProperty('group');
    createActor(membershipMachine, {
      // @ts-expect-error a meetings input does not start the membership machine
      input: { procedure: 'meetings', complexId: 'c', floorArea: 1, startAt: START, members: [] },
    });
  });
});

describe('the formation machine', () => {
  type Event = EventFromLogic<typeof formationMachine>;

  it('takes its own events, the election’s, the group’s, the seating’s and the clock', () => {
    expectTypeOf<Event>().toEqualTypeOf<FormationEvent>();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof formationEvents.events>();
    expectTypeOf<Extract<Event, ElectionEvent>>().toEqualTypeOf<ElectionEvent>();
    expectTypeOf<Extract<Event, GroupEvent>>().toEqualTypeOf<GroupEvent>();
    expectTypeOf<Extract<Event, SeatingEvent>>().toEqualTypeOf<SeatingEvent>();
  });

  it('takes no event only another machine has', () => {
    type Others = ReElectionEvent | MembershipEvent | MeetingsEvent | StandInEvent;
    expectTypeOf<Extract<Event, { type: OnlyIn<Others, FormationEvent> }>>().toBeNever();
    expectTypeOf<Extract<Event, { type: 'REPORT_TERM_END' | 'CALL_ASSEMBLY' }>>().toBeNever();
    const actor = createActor(formationMachine, {
      input: { procedure: 'formation', complexId: 'c', floorArea: 1, startAt: START },
    });
    // @ts-expect-error a re-election event is not the formation machine's
    actor.send({ type: 'REPORT_TERM_END', at: START, by: { id: 'c', role: 'committee' } });
  });

  it('starts from its own input, and keeps its own context', () => {
    expectTypeOf<InputFrom<typeof formationMachine>>().toEqualTypeOf<FormationInput>();
    expectTypeOf<FormationInput['procedure']>().toEqualTypeOf<'formation'>();
    expectTypeOf<ContextFrom<typeof formationMachine>>().toEqualTypeOf<FormationContext>();
    expectTypeOf<keyof FormationContext['milestones']>().toEqualTypeOf<FormationMilestone>();
    expectTypeOf<FormationContext>().not.toHaveProperty('termEndsAt');
    expectTypeOf<FormationContext>().not.toHaveProperty('endings');
    createActor(formationMachine, {
      input: {
        // @ts-expect-error a re-election input does not start the formation machine
        procedure: 're-election',
        complexId: 'c',
        floorArea: 1,
        startAt: START,
        termEndsOn: '2026-12-31',
        members: ['o1'],
      },
    });
  });
});

describe('the re-election machine', () => {
  type Event = EventFromLogic<typeof reElectionMachine>;

  it('takes its own events, the election’s, the group’s, the seating’s and the clock', () => {
    expectTypeOf<Event>().toEqualTypeOf<ReElectionEvent>();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof reElectionEvents.events>();
    expectTypeOf<Extract<Event, ElectionEvent>>().toEqualTypeOf<ElectionEvent>();
    expectTypeOf<Extract<Event, GroupEvent>>().toEqualTypeOf<GroupEvent>();
    expectTypeOf<Extract<Event, SeatingEvent>>().toEqualTypeOf<SeatingEvent>();
    expectTypeOf<Extract<Event, { type: 'CALL_ASSEMBLY' }>['topic']>().toEqualTypeOf<
      'hire-dismiss-firm' | 'fee-change' | 'major-repair' | 'other-major' | 'routine'
    >();
  });

  it('takes no event only another machine has', () => {
    type Others = FormationEvent | MembershipEvent | MeetingsEvent | StandInEvent;
    expectTypeOf<Extract<Event, { type: OnlyIn<Others, ReElectionEvent> }>>().toBeNever();
    expectTypeOf<Extract<Event, { type: 'TRAIN_GROUP' | 'RECORD_DELIVERY' }>>().toBeNever();
    const actor = createActor(reElectionMachine, {
      input: {
        procedure: 're-election',
        complexId: 'c',
        floorArea: 1,
        startAt: START,
        termEndsOn: '2026-12-31',
        members: ['o1'],
      },
    });
    // @ts-expect-error a formation event is not the re-election machine's
    actor.send({ type: 'POST_ROSTER', at: START, by: { id: 'g', role: 'preparatory-group' } });
  });

  it('starts from its own input, and keeps its own context', () => {
    expectTypeOf<InputFrom<typeof reElectionMachine>>().toEqualTypeOf<ReElectionInput>();
    expectTypeOf<ReElectionInput['procedure']>().toEqualTypeOf<'re-election'>();
    expectTypeOf<ReElectionInput>().toHaveProperty('termEndsOn').toEqualTypeOf<string>();
    expectTypeOf<ContextFrom<typeof reElectionMachine>>().toEqualTypeOf<ReElectionContext>();
    expectTypeOf<keyof ReElectionContext['milestones']>().toEqualTypeOf<ReElectionMilestone>();
    expectTypeOf<ReElectionContext>().not.toHaveProperty('delivery');
    createActor(reElectionMachine, {
      // @ts-expect-error a formation input does not start the re-election machine
      input: { procedure: 'formation', complexId: 'c', floorArea: 1, startAt: START },
    });
  });
});

describe('the stand-in machine', () => {
  type Event = EventFromLogic<typeof standInMachine>;

  it('takes the events of its catalog, and no committee machine’s but the clock', () => {
    expectTypeOf<Event>().toEqualTypeOf<StandInEvent>();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof standInEvents.events>();
    type Others = FormationEvent | ReElectionEvent | MembershipEvent | MeetingsEvent;
    expectTypeOf<Extract<Event, { type: Exclude<Types<Others>, 'TICK'> }>>().toBeNever();
    const actor = createActor(standInMachine, {
      input: { complexId: 'c', startAt: START, reason: 'formation' },
    });
    // @ts-expect-error a formation event is not the stand-in's
    actor.send({ type: 'RECORD_STAND_IN', at: START, by: { id: 's', role: 'street-office' } });
  });

  it('starts from its own input, and keeps its own context', () => {
    expectTypeOf<InputFrom<typeof standInMachine>>().toEqualTypeOf<StandInInput>();
    expectTypeOf<ContextFrom<typeof standInMachine>>().toEqualTypeOf<StandInContext>();
    createActor(standInMachine, {
      // @ts-expect-error a formation input does not start the stand-in
      input: { procedure: 'formation', complexId: 'c', floorArea: 1, startAt: START },
    });
  });
});

describe('the committee contexts', () => {
  it('are the union of the four machines’ own', () => {
    expectTypeOf<CommitteeContext>().toEqualTypeOf<
      FormationContext | ReElectionContext | MembershipContext | MeetingsContext
    >();
    expectTypeOf<CommitteeContext['procedure']>().toEqualTypeOf<
      'formation' | 're-election' | 'membership' | 'meetings'
    >();
  });
});
