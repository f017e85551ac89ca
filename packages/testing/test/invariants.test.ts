import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, createActor } from 'xstate';
import {
  assertInvariants,
  checkInvariants,
  eventStreamArbitrary,
  findNonJson,
  type Invariant,
  InvariantViolation,
  invalidInputKind,
} from '../src/index.js';
import {
  dateInContextMachine,
  type ToyEvent,
  throwingMachine,
  toyVoteMachine,
} from './fixtures/machines.js';

type ToySnapshot = ReturnType<typeof toyVoteMachine.transition>;

const AT = '2026-03-01T00:00:00Z';
// Ballots weigh most so that runs get far enough into a vote to matter.
const toyEvent: fc.Arbitrary<ToyEvent> = fc.oneof(
  { arbitrary: fc.constant<ToyEvent>({ type: 'OPEN', at: AT }), weight: 2 },
  {
    arbitrary: fc
      .constantFrom('agree', 'disagree')
      .map((choice): ToyEvent => ({ type: 'BALLOT', at: AT, choice })),
    weight: 6,
  },
  { arbitrary: fc.constant<ToyEvent>({ type: 'CLOSE', at: AT }), weight: 1 },
  { arbitrary: fc.constant<ToyEvent>({ type: 'RESET', at: AT }), weight: 1 },
);
const toyEvents = fc.array(toyEvent, { maxLength: 25 });

const countsNonNegative: Invariant<ToySnapshot> = {
  name: 'counts are never negative',
  check: (s) => s.context.agree >= 0 && s.context.disagree >= 0,
};
const decidedMeansMajority: Invariant<ToySnapshot> = {
  name: 'decided only with more agree than disagree',
  check: (s) =>
    !s.matches('decided') || s.context.agree > s.context.disagree || `agree ${s.context.agree}`,
};
// Deliberately false: ballots can push the count past 2.
const fewAgree: Invariant<ToySnapshot> = {
  name: 'never more than two agree',
  check: (s) => s.context.agree <= 2,
};

describe('assertInvariants', () => {
  it('passes true invariants on a real actor, persisting and restoring every step', () => {
    expect(() =>
      assertInvariants(toyVoteMachine, {
        events: toyEvents,
        invariants: [countsNonNegative, decidedMeansMajority],
        numRuns: 100,
      }),
    ).not.toThrow();
  });

  it('throws on a broken invariant, naming it, the step and a shrunk counterexample', () => {
    expect(() =>
      assertInvariants(toyVoteMachine, { events: toyEvents, invariants: [fewAgree], numRuns: 200 }),
    ).toThrow(/invariant "never more than two agree" failed at step \d+ after input/);

    const details = checkInvariants(toyVoteMachine, {
      events: toyEvents,
      invariants: [countsNonNegative, fewAgree],
      numRuns: 200,
    });
    expect(details.failed).toBe(true);
    const error = details.errorInstance;
    expect(error).toBeInstanceOf(InvariantViolation);
    if (!(error instanceof InvariantViolation)) return;
    expect(error.invariant).toBe('never more than two agree');
    // Shrunk to the shortest failing run: open, then three agreeing ballots.
    const [events] = details.counterexample ?? [[]];
    expect(events.map((e) => e.type)).toEqual(['OPEN', 'BALLOT', 'BALLOT', 'BALLOT']);
    expect(error.step).toBe(4);
  });

  it('gives invariants the previous snapshot and what send returned', () => {
    // A dispatch-like sender: refuses what the machine cannot take now, leaving state untouched.
    const dispatch = (actor: Actor<typeof toyVoteMachine>, input: unknown) => {
      const event = input as ToyEvent;
      if (invalidInputKind(input) !== undefined || !actor.getSnapshot().can(event)) {
        return { ok: false as const };
      }
      actor.send(event);
      return { ok: true as const };
    };
    const catalog = {
      OPEN: fc.constant({}),
      BALLOT: fc.record({ choice: fc.constantFrom('agree', 'disagree') }),
      CLOSE: fc.constant({}),
    };
    const seenRefusal = { value: false };
    assertInvariants(toyVoteMachine, {
      events: eventStreamArbitrary(catalog, { invalidShare: 0.3, roles: ['owner'] }),
      send: dispatch,
      invariants: [
        {
          name: 'a refusal leaves the snapshot as it was',
          check: (s, prev, step) => {
            if (step.index === 0) return prev === undefined;
            const result = step.result as { ok: boolean };
            if (result.ok) return true;
            seenRefusal.value = true;
            return (
              JSON.stringify(s.value) === JSON.stringify(prev?.value) && s.context === prev?.context
            );
          },
        },
        {
          name: 'broken inputs are refused',
          check: (_s, _p, step) =>
            invalidInputKind(step.input) === undefined ||
            (step.result as { ok: boolean }).ok === false,
        },
      ],
    });
    expect(seenRefusal.value).toBe(true);
  });

  it('accepts an actor factory', () => {
    let made = 0;
    assertInvariants(
      ({ snapshot }) => {
        made++;
        return createActor(toyVoteMachine, snapshot ? { snapshot } : {});
      },
      { events: toyEvents, invariants: [countsNonNegative], numRuns: 20 },
    );
    expect(made).toBeGreaterThan(20);
  });

  it('flags a persisted snapshot that is not plain JSON', () => {
    const details = checkInvariants(dateInContextMachine, {
      events: fc.array(fc.constant({ type: 'OPEN' as const }), { minLength: 1, maxLength: 3 }),
      invariants: [{ name: 'anything', check: () => true }],
      numRuns: 10,
    });
    expect(details.failed).toBe(true);
    expect(details.errorInstance).toBeInstanceOf(InvariantViolation);
    expect(String(details.errorInstance)).toMatch(
      /"persistence" failed at step 1.*context\.openedAt is a Date/,
    );
  });

  it('can skip the persistence check', () => {
    expect(() =>
      assertInvariants(dateInContextMachine, {
        events: fc.array(fc.constant({ type: 'OPEN' as const }), { maxLength: 3 }),
        invariants: [{ name: 'anything', check: () => true }],
        persistence: false,
        numRuns: 10,
      }),
    ).not.toThrow();
  });

  it('reports an actor that fails instead of crashing the test run', () => {
    const details = checkInvariants(throwingMachine, {
      events: fc.array(fc.constantFrom({ type: 'OK' as const }, { type: 'BOOM' as const }), {
        maxLength: 6,
      }),
      invariants: [{ name: 'anything', check: () => true }],
      numRuns: 50,
    });
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/"actor error" failed at step 1 .*kaboom/);
    expect(details.counterexample?.[0]).toEqual([{ type: 'BOOM' }]);
  });

  it('treats a throwing check as a breach and refuses duplicate names', () => {
    const details = checkInvariants(toyVoteMachine, {
      events: toyEvents,
      invariants: [
        {
          name: 'throws',
          check: () => {
            throw new Error('oops');
          },
        },
      ],
      numRuns: 5,
    });
    expect(String(details.errorInstance)).toMatch(
      /"throws" failed at step 0 \(initial snapshot\): check threw: oops/,
    );
    expect(() =>
      assertInvariants(toyVoteMachine, { events: toyEvents, invariants: [fewAgree, fewAgree] }),
    ).toThrow(/unique/);
  });
});

describe('findNonJson', () => {
  it('accepts plain JSON and names the first value that is not', () => {
    expect(findNonJson({ a: [1, 'x', null, { b: true }], c: undefined })).toBeUndefined();
    expect(findNonJson({ a: [1, undefined] })).toBe('$.a[1] is undefined');
    expect(findNonJson({ a: Number.NaN })).toBe('$.a is NaN');
    expect(findNonJson({ m: new Map() })).toMatch(/\$\.m is a Map/);
    expect(findNonJson({ f: () => 1 })).toBe('$.f is a function');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(findNonJson(cyclic)).toBe('$.self is a cycle');
  });
});
