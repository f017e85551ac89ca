import { type JointLevel, REJECTION_CODES } from '@jiayuan/core';
import {
  LEVEL_ORDER,
  LEVEL_RULES,
  type MatterInput,
  matterMachine,
  nextLevel,
} from '@jiayuan/joint-meeting';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { FuzzFailure, type FuzzOptions, fromSnapshot, fuzzMachine } from '../src/index.js';
import {
  dateMachine,
  impureGuardMachine,
  throwingMachine,
  unguardedMachine,
} from './fixtures/broken-machines.js';

const T0 = '2026-03-02T09:00:00+08:00';
const DAY = 86_400_000;

const matterInput = fc.record({
  matterId: fc.constant('m1'),
  complexId: fc.constant('c1'),
  subject: fc.constant('电梯维修资金使用争议'),
  raisedAt: fc.constant(T0),
  level: fc.constantFrom<JointLevel>(...LEVEL_ORDER),
}) satisfies fc.Arbitrary<MatterInput>;

function convener(snapshot: AnyMachineSnapshot, n: number): string {
  return n % 4 === 0
    ? 'committee-chair'
    : LEVEL_RULES[snapshot.context.level as JointLevel].convener;
}

/**
 * The matter machine's options: meetings with the level's participants, escalations to the next
 * level, and the level's convener sending, each most of the time.
 */
const matterOptions: FuzzOptions<typeof matterMachine> = {
  input: matterInput,
  start: T0,
  maxStepMs: 20 * DAY,
  senders: { HOLD_MEETING: convener, RESOLVE: convener, ESCALATE: convener },
  payloads: {
    HOLD_MEETING: {
      participants: fromSnapshot((snapshot, n) =>
        n % 5 === 0 ? [] : [...LEVEL_RULES[snapshot.context.level as JointLevel].required],
      ),
    },
    ESCALATE: {
      toLevel: fromSnapshot((snapshot, n) =>
        n % 5 === 0 ? LEVEL_ORDER[n % 4] : (nextLevel(snapshot.context.level) ?? 'district'),
      ),
    },
  },
};

/** Runs `fuzz` and returns the failure it must throw. */
function failureOf(fuzz: () => unknown): FuzzFailure {
  try {
    fuzz();
  } catch (error) {
    if (error instanceof FuzzFailure) return error;
    throw error;
  }
  throw new Error('the fuzz driver found nothing');
}

describe('fuzzMachine on the joint-meeting matter machine', () => {
  it('keeps the dispatch contract and reaches every state', { timeout: 60_000 }, () => {
    const stats = fuzzMachine(matterMachine, { ...matterOptions, numRuns: 300, seed: 7 });
    expect(stats.runs).toBe(300);
    expect(stats.roundTrips).toBe(300);
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
    for (const code of Object.keys(stats.refusals)) expect(REJECTION_CODES).toContain(code);
    expect(stats.refusals['machine-error']).toBeUndefined();
    for (const code of [
      'unknown-event',
      'invalid-event',
      'not-permitted',
      'out-of-order',
      'rule-violated',
      'process-ended',
    ] as const) {
      expect(stats.refusals[code], code).toBeGreaterThan(0);
    }
    expect(stats.states).toEqual(['open.atLevel', 'open.mediation', 'resolved']);
    expect(Object.keys(stats.acceptedTypes).sort()).toEqual([
      'ESCALATE',
      'HOLD_MEETING',
      'MEDIATION_CONCLUDED',
      'REQUEST_MEDIATION',
      'RESOLVE',
      'TICK',
    ]);
    expect(stats.rules).toContain('required-participants');
  });

  it('checks the host’s invariants and prints the events that break one', {
    timeout: 60_000,
  }, () => {
    const failure = failureOf(() =>
      fuzzMachine(matterMachine, {
        ...matterOptions,
        numRuns: 200,
        maxEvents: 12,
        seed: 11,
        invariants: [{ name: 'never resolved', check: (s) => s.status !== 'done' }],
      }),
    );
    expect(failure.reason).toBe('invariant "never resolved" failed: returned false');
    const last = failure.steps.at(-1);
    expect(last?.verdict).toMatch(/^accepted → resolved \(done\)$/);
    expect(failure.message).toContain('never resolved');
    expect(failure.message).toMatch(/replay with \{ seed: 11, path: '[\d:]+' \}/);
  });

  it('catches an action that throws, on a provided machine', { timeout: 60_000 }, () => {
    const broken = matterMachine.provide({
      actions: {
        recordMeeting: () => {
          throw new Error('minutes store is down');
        },
      },
    });
    const failure = failureOf(() =>
      fuzzMachine(broken, { ...matterOptions, numRuns: 200, seed: 3 }),
    );
    expect(failure.reason).toMatch(/machine-error: .*minutes store is down/);
    const last = failure.steps.at(-1);
    expect(last?.input).toMatchObject({ type: 'HOLD_MEETING' });
    expect(last?.verdict).toMatch(/^refused machine-error/);
  });
});

describe('fuzzMachine on broken machines', () => {
  it('an accepted event from a role the catalog forbids, shrunk to that one event', {
    timeout: 30_000,
  }, () => {
    const failure = failureOf(() =>
      fuzzMachine(unguardedMachine, { input: undefined, start: T0, numRuns: 200, seed: 1 }),
    );
    expect(failure.reason).toMatch(
      /^accepted (OPEN|NOTE) from role ".+", which the catalog does not permit \(permitted: (committee|owner)\)$/,
    );
    expect(failure.steps).toHaveLength(1);
    const [step] = failure.steps;
    expect(step?.verdict).toMatch(/^accepted/);
    // Decoded: the type, the time, the sender and the payload, then the verdict; no fast-check internals.
    expect(failure.message).toMatch(/✗ {2}1\. (OPEN|NOTE) {2}at \S+ {2}by [a-z-]+ [a-z-]+-\d/);
    expect(failure.message).toMatch(/\n {8}→ accepted\n?/);
    expect(failure.message).not.toContain('"steer"');
    expect(failure.message).toMatch(/fuzzMachine\(unguarded\): accepted/);
  });

  it('replays the shrunk counterexample from the seed and path it prints', {
    timeout: 30_000,
  }, () => {
    const options = { input: undefined, start: T0, numRuns: 200, seed: 9 };
    const first = failureOf(() => fuzzMachine(unguardedMachine, options));
    const again = failureOf(() =>
      fuzzMachine(unguardedMachine, { ...options, seed: first.seed, path: first.path }),
    );
    expect(again.reason).toBe(first.reason);
    expect(again.steps).toEqual(first.steps);
  });

  it('an action that throws on the third note, shrunk to three notes', { timeout: 30_000 }, () => {
    const failure = failureOf(() =>
      fuzzMachine(throwingMachine, {
        input: undefined,
        start: T0,
        numRuns: 300,
        seed: 2,
        wrongRoleShare: 0,
      }),
    );
    expect(failure.reason).toMatch(/^machine-error: .*disk full/);
    const valid = failure.steps.filter((s) => s.made === 'valid' || s.made.startsWith('dated'));
    expect(failure.steps.map((s) => (s.input as { type: string }).type)).toEqual([
      'NOTE',
      'NOTE',
      'NOTE',
    ]);
    expect(valid).toHaveLength(3);
    expect(failure.message).toContain('refused machine-error');
  });

  it('a guard that is not pure: snapshot.can disagrees with dispatch', { timeout: 30_000 }, () => {
    const failure = failureOf(() =>
      fuzzMachine(impureGuardMachine(), {
        input: undefined,
        start: T0,
        numRuns: 100,
        seed: 4,
        wrongRoleShare: 0,
      }),
    );
    expect(failure.reason).toBe(
      'dispatch accepted the event, but snapshot.can(event) before the step was false',
    );
    expect(failure.steps).toHaveLength(1);
  });

  it('a context that is not plain JSON fails the persistence round trip', {
    timeout: 30_000,
  }, () => {
    const failure = failureOf(() =>
      fuzzMachine(dateMachine, {
        input: undefined,
        start: T0,
        numRuns: 20,
        seed: 5,
        wrongRoleShare: 0,
      }),
    );
    expect(failure.reason).toMatch(
      /^getPersistedSnapshot\(\) is not plain JSON: .*since is a Date/,
    );
    expect(failure.steps).toHaveLength(0);
    expect(failure.message).toContain('(no input was sent)');
    // Without the round trip, the same machine passes.
    const stats = fuzzMachine(dateMachine, {
      input: undefined,
      start: T0,
      numRuns: 20,
      seed: 5,
      wrongRoleShare: 0,
      persistence: false,
    });
    expect(stats.roundTrips).toBe(0);
  });
});

describe('fuzzMachine options', () => {
  it('are checked with messages that name them', { timeout: 10_000 }, () => {
    const base = { input: undefined, start: T0 };
    expect(() => fuzzMachine(unguardedMachine, { ...base, start: 'today' })).toThrow(/start/);
    expect(() => fuzzMachine(unguardedMachine, { ...base, invalidShare: 2 })).toThrow(
      /invalidShare/,
    );
    expect(() => fuzzMachine(unguardedMachine, { ...base, maxEvents: -1 })).toThrow(/maxEvents/);
    expect(() =>
      fuzzMachine(unguardedMachine, { ...base, payloads: { CLOSE: fc.constant({}) } }),
    ).toThrow(/payloads: "CLOSE" is not an event of the catalog/);
    expect(() =>
      fuzzMachine(unguardedMachine, { ...base, senders: { CLOSE: () => 'committee' } }),
    ).toThrow(/senders: "CLOSE" is not an event of the catalog/);
    expect(() =>
      fuzzMachine(unguardedMachine, {
        ...base,
        payloads: { NOTE: { txt: fc.constant('x') } },
      }),
    ).toThrow(/override "txt" names no field/);
  });
});
