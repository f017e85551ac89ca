import { describe, expectTypeOf, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import {
  allowedEvents,
  type DispatchResult,
  defineCatalog,
  defineRule,
  dispatch,
  dispatchOrThrow,
  type EventEnvelope,
  type EventInputOf,
  type EventOf,
  type EventTypeOf,
  eventSchema,
  type REJECTION_CODES,
  type Rejection,
  type RejectionCode,
  withCatalog,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import type { ActorRef } from '../../src/roles.js';
import { noticeEvents, noticeMachine, noticeSetup } from './notice.js';

const d = bilingual('测试', 'test');
const bareNotice = () =>
  noticeSetup.createMachine({ context: { now: '', windowEnds: null, objections: 0, text: '' } });

describe('eventSchema', () => {
  it('infers the envelope and the payload', () => {
    const schema = eventSchema('VOTE', { choice: z.enum(['yes', 'no']) });
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<{
      type: 'VOTE';
      at: string;
      by: ActorRef;
      choice: 'yes' | 'no';
    }>();
  });
});

describe('defineCatalog', () => {
  it('infers the event types and events of a catalog', () => {
    expectTypeOf<EventTypeOf<typeof noticeEvents>>().toEqualTypeOf<
      'POST' | 'AMEND' | 'OBJECT' | 'CLOSE' | 'TICK'
    >();
    type Post = Extract<EventOf<typeof noticeEvents>, { type: 'POST' }>;
    expectTypeOf<Post['windowDays']>().toEqualTypeOf<number>();
    expectTypeOf<Post['by']>().toEqualTypeOf<ActorRef>();
    expectTypeOf<EventInputOf<typeof noticeEvents>['type']>().toEqualTypeOf<
      'POST' | 'AMEND' | 'OBJECT' | 'CLOSE' | 'TICK'
    >();
  });

  it('types a rule with the event it is given', () => {
    defineRule({
      id: 'r',
      citations: ['CC-278-2'],
      check: (_snapshot: unknown, event: { readonly reason: string }) => {
        expectTypeOf(event.reason).toEqualTypeOf<string>();
        return event.reason.length > 0;
      },
    });
  });

  it('refuses an unknown role, a missing title and a bad rule verdict', () => {
    defineCatalog({
      // @ts-expect-error 'mayor' is not a role
      A: { roles: ['mayor'], title: d, description: d },
    });
    // @ts-expect-error title is required
    defineCatalog({ A: { roles: ['owner'], description: d } });
    defineRule({
      id: 'r',
      citations: [],
      // @ts-expect-error a failure needs a bilingual message
      check: () => ({ ok: false, message: 'no' }),
    });
  });
});

describe('dispatch', () => {
  const actor = createActor(noticeMachine);

  it('narrows the result on ok', () => {
    const result = dispatch(actor, { type: 'TICK' });
    if (result.ok) {
      expectTypeOf(result.snapshot).toEqualTypeOf<SnapshotFrom<typeof noticeMachine>>();
      expectTypeOf(result.event).toEqualTypeOf<EventOf<typeof noticeEvents>>();
      expectTypeOf(result.event.type).toEqualTypeOf<
        'POST' | 'AMEND' | 'OBJECT' | 'CLOSE' | 'TICK'
      >();
      // @ts-expect-error no rejection on success
      void result.rejection;
    } else {
      expectTypeOf(result.rejection).toEqualTypeOf<Rejection>();
      expectTypeOf(result.rejection.code).toEqualTypeOf<RejectionCode>();
      // @ts-expect-error no snapshot on a rejection
      void result.snapshot;
    }
  });

  it('takes the event types from withCatalog, or from an explicit catalog', () => {
    const provided = noticeMachine.provide({});
    const result = dispatch(createActor(provided), {}, { catalog: noticeEvents });
    expectTypeOf(result).toEqualTypeOf<
      DispatchResult<SnapshotFrom<typeof provided>, EventOf<typeof noticeEvents>>
    >();
    const untyped = dispatch(createActor(bareNotice()), {});
    if (untyped.ok) expectTypeOf(untyped.event).toEqualTypeOf<EventEnvelope>();
  });

  it('dispatchOrThrow returns the accepted result only', () => {
    expectTypeOf(dispatchOrThrow(actor, {}).event.type).toEqualTypeOf<
      'POST' | 'AMEND' | 'OBJECT' | 'CLOSE' | 'TICK'
    >();
  });

  it('takes any input: hosts pass untrusted data', () => {
    expectTypeOf(dispatch).parameter(1).toEqualTypeOf<unknown>();
  });

  it('keeps withCatalog returning a usable machine', () => {
    const machine = withCatalog(bareNotice(), noticeEvents);
    expectTypeOf(createActor(machine).getSnapshot().context.objections).toEqualTypeOf<number>();
  });
});

describe('allowedEvents and codes', () => {
  it('returns the catalog event types', () => {
    expectTypeOf(allowedEvents(createActor(noticeMachine), noticeEvents)).toEqualTypeOf<
      EventTypeOf<typeof noticeEvents>[]
    >();
    expectTypeOf(allowedEvents(createActor(noticeMachine))).toEqualTypeOf<string[]>();
  });

  it('derives RejectionCode from REJECTION_CODES', () => {
    expectTypeOf<(typeof REJECTION_CODES)[number]>().toEqualTypeOf<RejectionCode>();
    expectTypeOf<RejectionCode>().toExtend<string>();
  });
});

describe('eventSchema without payload', () => {
  it('is the envelope alone', () => {
    const schema = eventSchema('TICK');
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<{
      type: 'TICK';
      at: string;
      by: ActorRef;
    }>();
  });
});
