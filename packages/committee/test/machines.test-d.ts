// Type tests: each machine takes its own events, starts from its own input and keeps its own
// context; another machine's events and inputs do not compile.
import { describe, expectTypeOf, it } from 'vitest';
import { type ContextFrom, createActor, type EventFromLogic, type InputFrom } from 'xstate';
import {
  type CommitteeEvent,
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
  type ReElectionOwnEvent,
  type SeatingEvent,
  type StandInContext,
  type StandInEvent,
  type StandInInput,
  type standInEvents,
  standInMachine,
} from '../src/index.js';

type Types<E> = E extends { readonly type: infer T } ? T : never;
const START = '2026-03-02T09:00:00+08:00';

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
      | 'DESIGNATE_CONVENER'
      | 'TICK'
    >();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof meetingsEvents.events>();
    expectTypeOf<Extract<Event, { type: Exclude<Types<CommitteeEvent>, 'TICK'> }>>().toBeNever();
    expectTypeOf<Extract<Event, { type: Exclude<Types<MembershipEvent>, 'TICK'> }>>().toBeNever();
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
    expectTypeOf<Extract<Event, { type: Exclude<Types<MeetingsEvent>, 'TICK'> }>>().toBeNever();
    expectTypeOf<
      Extract<
        Event,
        { type: Exclude<Types<ReElectionOwnEvent>, 'TICK'> | 'FORM_GROUP' | 'RECORD_DELIVERY' }
      >
    >().toBeNever();
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

describe('the stand-in machine', () => {
  type Event = EventFromLogic<typeof standInMachine>;

  it('takes the events of its catalog, and no committee machine’s but the clock', () => {
    expectTypeOf<Event>().toEqualTypeOf<StandInEvent>();
    expectTypeOf<Types<Event>>().toEqualTypeOf<keyof typeof standInEvents.events>();
    expectTypeOf<
      Extract<
        Event,
        { type: Exclude<Types<MembershipEvent | MeetingsEvent | CommitteeEvent>, 'TICK'> }
      >
    >().toBeNever();
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
    type Others = Exclude<
      Types<MembershipEvent | MeetingsEvent | StandInEvent | ReElectionOwnEvent>,
      Types<ElectionEvent> | 'TICK' | 'OWNERS_REQUEST'
    >;
    expectTypeOf<Extract<Event, { type: Others }>>().toBeNever();
    const actor = createActor(formationMachine, {
      input: { procedure: 'formation', complexId: 'c', floorArea: 1, startAt: START },
    });
    // @ts-expect-error a re-election event is not the formation machine's
    actor.send({ type: 'REPORT_TERM_END', at: START, by: { id: 'c', role: 'committee' } });
  });

  it('starts from its own input, and keeps its own context', () => {
    expectTypeOf<InputFrom<typeof formationMachine>>().toEqualTypeOf<FormationInput>();
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
