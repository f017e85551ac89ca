import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import {
  allowedEvents,
  DISPATCH_REJECTION_CODES,
  dispatch,
  GUARD_RULE_ID,
} from '../../src/dispatch/index.js';
import { ROLES } from '../../src/roles.js';
import { type NoticeEvent, noticeEvents, noticeMachine, START } from './notice.js';

const HOUR_MS = 3_600_000;

const RIGHT_ROLE: Readonly<Record<string, string>> = {
  POST: 'committee',
  AMEND: 'committee-chair',
  OBJECT: 'owner',
  CLOSE: 'street-office',
  TICK: 'system',
};

const payloadArb: Readonly<Record<string, fc.Arbitrary<Record<string, unknown>>>> = {
  POST: fc.record({
    windowDays: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 10 }) },
      { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double()) },
    ),
  }),
  AMEND: fc.record({ text: fc.string({ maxLength: 4 }) }),
  OBJECT: fc.record({ reason: fc.string({ minLength: 1, maxLength: 4 }) }),
  CLOSE: fc.constant({}),
  TICK: fc.constant({}),
};

/** An event whose `at` is a step (in hours, mostly forward) from a running clock. */
interface EventDraft {
  readonly kind: 'event';
  readonly type: string;
  readonly stepHours: number;
  readonly atStyle: 'Z' | '+08:00' | 'junk';
  readonly role: string;
  readonly payload: Record<string, unknown>;
  readonly extra: Record<string, unknown> | null;
}
type Draft = EventDraft | { readonly kind: 'raw'; readonly value: unknown };

const eventDraftArb: fc.Arbitrary<Draft> = fc
  .constantFrom('POST', 'AMEND', 'OBJECT', 'CLOSE', 'TICK')
  .chain((type) =>
    fc.record({
      kind: fc.constant('event' as const),
      type: fc.constant(type),
      stepHours: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 72 }) },
        { weight: 1, arbitrary: fc.integer({ min: -48, max: -1 }) },
      ),
      atStyle: fc.constantFrom<EventDraft['atStyle']>('Z', 'Z', 'Z', '+08:00', '+08:00', 'junk'),
      role: fc.oneof(
        { weight: 6, arbitrary: fc.constant(RIGHT_ROLE[type] ?? 'system') },
        { weight: 2, arbitrary: fc.constantFrom<string>(...ROLES) },
        { weight: 1, arbitrary: fc.constant('mayor') },
      ),
      payload: payloadArb[type] ?? fc.constant({}),
      // Now and then an unknown payload key, which the strict schemas refuse.
      extra: fc.oneof(
        { weight: 15, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.record({ note: fc.string() }) },
      ),
    }),
  );

const draftArb: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 14, arbitrary: eventDraftArb },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      value: fc.oneof(
        fc.record({ type: fc.constantFrom('NOPE', 'xstate.init', 'toString') }),
        fc.anything(),
        // Oversized: a type, a sender id or a whole event past the default limits.
        fc.constantFrom(
          { type: 'T'.repeat(65) },
          { type: 'OBJECT', at: START, by: { id: 'x'.repeat(129), role: 'owner' }, reason: 'r' },
          {
            type: 'OBJECT',
            at: START,
            by: { id: 'o', role: 'owner' },
            reason: 'r'.repeat(4_200_000),
          },
        ),
      ),
    }),
  },
);

function materialise(draft: Draft, clock: { ms: number }): unknown {
  if (draft.kind === 'raw') return draft.value;
  clock.ms += draft.stepHours * HOUR_MS;
  const iso = new Date(clock.ms).toISOString();
  const at =
    draft.atStyle === 'junk'
      ? iso.slice(0, 10)
      : draft.atStyle === 'Z'
        ? iso
        : new Date(clock.ms + 8 * HOUR_MS).toISOString().replace(/\.\d{3}Z$/, '+08:00');
  return {
    type: draft.type,
    at,
    by: { id: `${draft.role}-1`, role: draft.role },
    ...draft.payload,
    ...(draft.extra ?? {}),
  };
}

const persisted = (actor: AnyActorRef): string => JSON.stringify(actor.getPersistedSnapshot());

describe('dispatch, property', { timeout: 30_000 }, () => {
  it('accepts exactly what a twin actor applies, and leaves the actor untouched otherwise', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(draftArb, { minLength: 1, maxLength: 40 }), (drafts) => {
        const actor = createActor(noticeMachine).start();
        const twin = createActor(noticeMachine).start();
        const clock = { ms: Date.parse(START) };
        for (const draft of drafts) {
          const input = materialise(draft, clock);
          const before = actor.getSnapshot();
          const beforeJson = persisted(actor);
          const result = dispatch(actor, input);
          seen.add(result.ok ? 'ok' : result.rejection.code);
          if (result.ok) {
            expect(result.snapshot).toBe(actor.getSnapshot());
            expect(allowedEvents(before, noticeEvents, result.event.by)).toContain(
              result.event.type,
            );
            twin.send(result.event);
            expect(persisted(actor)).toBe(persisted(twin));
            continue;
          }
          const { rejection } = result;
          if (rejection.rule) seen.add(`rule:${rejection.rule.id}`);
          expect(DISPATCH_REJECTION_CODES).toContain(rejection.code);
          expect(rejection.code).not.toBe('machine-error');
          expect(actor.getSnapshot()).toBe(before);
          expect(persisted(actor)).toBe(beforeJson);
          expect(rejection.message['zh-CN']).not.toBe('');
          expect(rejection.message.en).not.toBe('');
          expect(rejection.allowed).toEqual(
            rejection.code === 'process-ended' ? [] : allowedEvents(before, noticeEvents),
          );
          // Where the state or a guard refused, xstate alone would have dropped the event silently.
          const stateOrGuard =
            rejection.code === 'not-allowed-now' ||
            (rejection.code === 'rule-violated' && rejection.rule?.id === GUARD_RULE_ID);
          if (stateOrGuard) {
            expect(rejection.allowed.includes(rejection.type ?? '')).toBe(
              rejection.code !== 'not-allowed-now',
            );
            const probe = createActor(noticeMachine, {
              snapshot: actor.getPersistedSnapshot(),
            }).start();
            // It passed its schema (both codes come after validation), so it is a notice event.
            probe.send(input as NoticeEvent);
            expect(persisted(probe)).toBe(beforeJson);
            probe.stop();
          }
        }
        expect(persisted(actor)).toBe(persisted(twin));
        actor.stop();
        twin.stop();
      }),
      { numRuns: 200 },
    );
    // The inputs reach every check, so the property is not vacuous.
    expect([...seen].sort()).toEqual(
      [
        'ok',
        ...DISPATCH_REJECTION_CODES.filter((code) => code !== 'machine-error'),
        'rule:objection-within-window',
        `rule:${GUARD_RULE_ID}`,
      ].sort(),
    );
  });
});
