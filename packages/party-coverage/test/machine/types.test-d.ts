import type { ActorRef, EventTypeOf } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createActor, type EventFromLogic, type InputFrom } from 'xstate';
import {
  aggregateCoverage,
  type CoverageAggregate,
  type CoverageEmitted,
  type CoverageEvent,
  type CoverageInput,
  type CoverageRecord,
  type CoverageState,
  type coverageEvents,
  coverageMachine,
  type Form,
  type Need,
  needOf,
} from '../../src/index.js';
import { expectedCoverageState } from '../../src/testing/index.js';

type CoverageType =
  | 'CENSUS_UPDATED'
  | 'APPROVE_BRANCH'
  | 'JOIN_JOINT_BRANCH'
  | 'JOINT_BRANCH_UNITS_CHANGED'
  | 'LEAVE_JOINT_BRANCH'
  | 'FORM_WORK_GROUP'
  | 'ASSIGN_INSTRUCTOR'
  | 'WITHDRAW_INSTRUCTOR'
  | 'BRANCH_RE_ELECTED'
  | 'CROSS_APPOINTMENT_RECORDED'
  | 'REVIEW'
  | 'ALLIANCE_JOINED'
  | 'DUAL_TRAINING_RECORDED'
  | 'ARTICLES_AMENDED'
  | 'UNIT_CLOSED'
  | 'TICK';

describe('public types', () => {
  it('catalog types and events line up', () => {
    expectTypeOf<EventTypeOf<typeof coverageEvents>>().toEqualTypeOf<CoverageEvent['type']>();
    expectTypeOf<Extract<CoverageEvent, { type: 'JOIN_JOINT_BRANCH' }>['units']>().toEqualTypeOf<
      string[]
    >();
  });

  it('the machine takes exactly its own events: no other procedure’s', () => {
    expectTypeOf<EventFromLogic<typeof coverageMachine>>().toEqualTypeOf<CoverageEvent>();
    expectTypeOf<CoverageEvent['type']>().toEqualTypeOf<CoverageType>();
    // Events of the joint-meeting matter, the firm dismissal and the committee election.
    expectTypeOf<
      Extract<CoverageEvent, { type: 'HOLD_MEETING' | 'PROPOSE_DISMISSAL' | 'OPEN_VOTING' }>
    >().toBeNever();
    expectTypeOf<Extract<CoverageEvent, { type: 'TICK' }>>().toEqualTypeOf<{
      type: 'TICK';
      at: string;
      by: ActorRef;
    }>();
  });

  it('its input is its own', () => {
    expectTypeOf<InputFrom<typeof coverageMachine>>().toEqualTypeOf<CoverageInput>();
    const matter = {
      matterId: 'm',
      complexId: 'c',
      subject: 's',
      raisedAt: '2026-03-02T09:00:00Z',
    };
    expectTypeOf(matter).not.toExtend<CoverageInput>();
    // @ts-expect-error a joint-meeting matter's input does not start a coverage process
    createActor(coverageMachine, { input: matter });
  });

  it('records, needs and states', () => {
    expectTypeOf<CoverageRecord['form']>().toEqualTypeOf<Form | null>();
    expectTypeOf(needOf).returns.toEqualTypeOf<Need>();
    expectTypeOf(aggregateCoverage).returns.toEqualTypeOf<CoverageAggregate>();
    expectTypeOf<
      Extract<CoverageEmitted, { type: 'form-required' }>['need']
    >().toEqualTypeOf<Need>();
    expectTypeOf(expectedCoverageState).returns.toEqualTypeOf<Exclude<CoverageState, 'closed'>>();
  });
});
