// The budget of the fuzz driver: 100,000 events through dispatch on the matter machine (4,000
// runs of 25), with every contract check, a persistence round trip per run and shrinking armed.
// The target on the shared 2-core build machine is 10 s; the time is printed, not asserted.
import type { JointLevel } from '@jiayuan/core';
import { LEVEL_ORDER, LEVEL_RULES, matterMachine, nextLevel } from '@jiayuan/joint-meeting';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { fromSnapshot, fuzzMachine } from '../src/index.js';

const T0 = '2026-03-02T09:00:00+08:00';

function convener(snapshot: AnyMachineSnapshot, n: number): string {
  return n % 4 === 0
    ? 'committee-chair'
    : LEVEL_RULES[snapshot.context.level as JointLevel].convener;
}

describe('fuzzMachine: 100,000 events on the matter machine', () => {
  it('keeps the dispatch contract on every one', { timeout: 180_000 }, () => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const stats = fuzzMachine(matterMachine, {
      input: fc.record({
        matterId: fc.constant('m1'),
        complexId: fc.constant('c1'),
        subject: fc.constant('电梯维修资金使用争议'),
        raisedAt: fc.constant(T0),
        level: fc.constantFrom<JointLevel>(...LEVEL_ORDER),
      }),
      start: T0,
      numRuns: 4000,
      minEvents: 25,
      maxEvents: 25,
      maxStepMs: 20 * 86_400_000,
      seed: 20260302,
      senders: { HOLD_MEETING: convener, RESOLVE: convener, ESCALATE: convener },
      payloads: {
        HOLD_MEETING: {
          participants: fromSnapshot((s, n) =>
            n % 5 === 0 ? [] : [...LEVEL_RULES[s.context.level as JointLevel].required],
          ),
        },
        ESCALATE: {
          toLevel: fromSnapshot((s, n) =>
            n % 5 === 0 ? LEVEL_ORDER[n % 4] : (nextLevel(s.context.level) ?? 'district'),
          ),
        },
      },
    });
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - wall) / 1000;
    console.info(
      `fuzzMachine: ${stats.events} events in ${seconds.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; ${stats.accepted} accepted`,
      stats.refusals,
    );
    expect(stats.events).toBe(100_000);
    expect(stats.roundTrips).toBe(4000);
    expect(stats.states).toEqual(['open.atLevel', 'open.mediation', 'resolved']);
  });
});
