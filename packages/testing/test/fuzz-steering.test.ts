// The driver's steering options — type weights, instants read from the snapshot, senders with an
// id — and the continuation check after a persistence round trip.
import { type JointLevel, withCatalog } from '@jiayuan/core';
import { LEVEL_RULES, type MatterInput, matterMachine } from '@jiayuan/joint-meeting';
import { describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { FuzzFailure, fuzzMachine, type Invariant } from '../src/index.js';
import { noteEvents } from './fixtures/broken-machines.js';

const T0 = '2026-03-02T09:00:00+08:00';
const DAY = 86_400_000;
const INPUT: MatterInput = { matterId: 'm1', complexId: 'c1', subject: '电梯', raisedAt: T0 };

/** An invariant that keeps every valid input it sees in `into`. */
function recorder(into: Record<string, unknown>[]): Invariant<never> {
  return {
    name: 'records',
    check(_s, _p, step) {
      if (typeof step.input === 'object' && step.input !== null) {
        into.push(step.input as Record<string, unknown>);
      }
      return true;
    },
  };
}

describe('fuzzMachine steering', () => {
  it('never chooses a type that weighs 0, and does with its default weight', {
    timeout: 60_000,
  }, () => {
    const base = { input: INPUT, start: T0, numRuns: 100, seed: 21, invalidShare: 0 };
    const weighed = fuzzMachine(matterMachine, { ...base, weights: { REQUEST_MEDIATION: 0 } });
    expect(weighed.acceptedTypes.REQUEST_MEDIATION).toBeUndefined();
    const plain = fuzzMachine(matterMachine, base);
    expect(plain.acceptedTypes.REQUEST_MEDIATION ?? 0).toBeGreaterThan(0);
  });

  it('dates events at an instant of the snapshot and a second either side of it', {
    timeout: 60_000,
  }, () => {
    const instant = Date.parse(T0) + 10 * DAY;
    const seen: Record<string, unknown>[] = [];
    fuzzMachine(matterMachine, {
      input: INPUT,
      start: T0,
      numRuns: 50,
      maxEvents: 10,
      seed: 5,
      instants: () => [new Date(instant).toISOString()],
      instantShare: 1,
      outOfOrderShare: 0,
      invalidShare: 0,
      invariants: [recorder(seen)],
    });
    const offsets = new Set(seen.map((input) => Date.parse(String(input.at)) - instant));
    expect([...offsets].filter((ms) => Math.abs(ms) <= 1000).sort((a, b) => a - b)).toEqual([
      -1000, 0, 1000,
    ]);
    // Once the clock is past the instant, a step moves by its own gap instead.
    expect([...offsets].some((ms) => ms > 1000)).toBe(true);
  });

  it('takes a sender’s role and id from the sender function, with the payload to match', {
    timeout: 60_000,
  }, () => {
    const seen: Record<string, unknown>[] = [];
    fuzzMachine(matterMachine, {
      input: INPUT,
      start: T0,
      numRuns: 50,
      seed: 8,
      wrongRoleShare: 0,
      invalidShare: 0,
      senders: {
        HOLD_MEETING: (s, _n, payload) => ({
          role: LEVEL_RULES[s.context.level as JointLevel].convener,
          id: `convener-of-${(payload.participants as unknown[]).length}`,
        }),
      },
      invariants: [recorder(seen)],
    });
    const meetings = seen.filter((input) => input.type === 'HOLD_MEETING');
    expect(meetings.length).toBeGreaterThan(0);
    for (const input of meetings) {
      const by = input.by as { id: string };
      expect(by.id).toBe(`convener-of-${(input.participants as unknown[]).length}`);
    }
  });
});

describe('fuzzMachine continuation', () => {
  // Each note takes its number from a counter outside the machine: a restored actor and the one
  // it was persisted from, going on side by side, number the same notes differently.
  let written = 0;
  const impure = withCatalog(
    setup({
      types: {
        context: {} as { open: boolean; notes: number },
        events: {} as { type: 'OPEN' | 'NOTE'; at: string; by: { id: string; role: string } },
      },
    }).createMachine({
      id: 'impure',
      context: { open: false, notes: 0 },
      on: {
        OPEN: { actions: assign({ open: true }) },
        NOTE: {
          actions: assign({
            notes: () => {
              written += 1;
              return written;
            },
          }),
        },
      },
    }),
    noteEvents,
  );
  const options = {
    input: undefined,
    start: T0,
    numRuns: 50,
    minEvents: 4,
    seed: 3,
    wrongRoleShare: 0,
    invalidShare: 0,
  };

  it('passes without it: each actor alone is consistent', { timeout: 30_000 }, () => {
    expect(fuzzMachine(impure, options).roundTrips).toBe(50);
  });

  it('finds that the restored run ends elsewhere than the uninterrupted one', {
    timeout: 30_000,
  }, () => {
    let failure: unknown;
    try {
      fuzzMachine(impure, { ...options, continuation: true });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(FuzzFailure);
    expect((failure as FuzzFailure).reason).toMatch(
      /^the restored actor ends elsewhere than the uninterrupted one/,
    );
  });

  it('checks weights and the instant share', { timeout: 10_000 }, () => {
    expect(() => fuzzMachine(impure, { ...options, weights: { OPEN: -1 } })).toThrow(
      /weights\.OPEN/,
    );
    expect(() => fuzzMachine(impure, { ...options, weights: { CLOSE: 1 } })).toThrow(
      /weights: "CLOSE" is not an event of the catalog/,
    );
    expect(() => fuzzMachine(impure, { ...options, weights: { OPEN: 0, NOTE: 0 } })).toThrow(
      /at least one event type/,
    );
    expect(() => fuzzMachine(impure, { ...options, instantShare: 1.5 })).toThrow(/instantShare/);
  });
});
