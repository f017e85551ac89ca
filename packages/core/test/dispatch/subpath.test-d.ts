// `@jiayuan/core/dispatch` declares `dispatch` over CatalogShape, without zod's types; these
// hold its results equal to the root entry's for a catalog of zod schemas, so the narrower
// declarations cannot drift from the root's.
import * as root from '@jiayuan/core';
import * as sub from '@jiayuan/core/dispatch';
import { describe, expectTypeOf, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import type { z } from 'zod';
import type { ActorRefSchema, RoleSchema } from '../../src/roles.js';
import { noticeEvents, noticeMachine, noticeSetup } from './notice.js';

const actor = createActor(noticeMachine);

describe('@jiayuan/core/dispatch', () => {
  it('returns the root entry’s result type for a machine typed by withCatalog', () => {
    expectTypeOf(sub.dispatch(actor, {})).toEqualTypeOf(root.dispatch(actor, {}));
    expectTypeOf(sub.dispatch(actor, {})).toEqualTypeOf<
      root.DispatchResult<SnapshotFrom<typeof noticeMachine>, root.EventOf<typeof noticeEvents>>
    >();
    expectTypeOf(sub.dispatchOrThrow(actor, {})).toEqualTypeOf(root.dispatchOrThrow(actor, {}));
  });

  it('reads the catalog the root entry reads: the mark left by withCatalog', () => {
    expectTypeOf<sub.CatalogFrom<typeof actor>>().toEqualTypeOf<root.CatalogFrom<typeof actor>>();
    expectTypeOf<sub.EventOf<typeof noticeEvents>>().toEqualTypeOf<
      root.EventOf<typeof noticeEvents>
    >();
    const result = sub.dispatch(actor, {});
    if (result.ok) {
      expectTypeOf(result.event.type).toEqualTypeOf<
        'POST' | 'AMEND' | 'OBJECT' | 'CLOSE' | 'TICK'
      >();
    }
  });

  it('takes an explicit catalog of zod schemas, and any envelope from an untyped machine', () => {
    const bare = createActor(
      noticeSetup.createMachine({
        context: { now: '', windowEnds: null, objections: 0, text: '' },
      }),
    );
    expectTypeOf(sub.dispatch(bare, {}, { catalog: noticeEvents })).toEqualTypeOf(
      root.dispatch(bare, {}, { catalog: noticeEvents }),
    );
    const untyped = sub.dispatch(bare, {});
    if (untyped.ok) expectTypeOf(untyped.event).toEqualTypeOf<root.EventEnvelope>();
    expectTypeOf<root.EventCatalog>().toExtend<sub.CatalogShape>();
    expectTypeOf<z.ZodType>().toExtend<sub.SchemaShape>();
    // @ts-expect-error a catalog needs its entries' schemas
    sub.dispatch(bare, {}, { catalog: { events: { A: { roles: ['owner'] } }, types: ['A'] } });
  });

  it('declares the root entry’s rejections, with roles and senders written without zod', () => {
    expectTypeOf<sub.Rejection>().toEqualTypeOf<root.Rejection>();
    expectTypeOf<sub.RejectionCode>().toEqualTypeOf<root.RejectionCode>();
    expectTypeOf<sub.ActorRef>().toEqualTypeOf<z.output<typeof ActorRefSchema>>();
    expectTypeOf<sub.Role>().toEqualTypeOf<z.output<typeof RoleSchema>>();
    expectTypeOf(sub.RejectionError).toEqualTypeOf(root.RejectionError);
  });
});
