import { dispatch, isRejectionCode, specOf } from '@jiayuan/core';
import { assertInvariants, type Invariant } from '@jiayuan/testing';
import type { SnapshotFrom } from 'xstate';
import { matterEvents } from '../matter/catalog.js';
import type { MatterInput } from '../matter/context.js';
import { LEVEL_ORDER, nextLevel } from '../matter/levels.js';
import { matterMachine } from '../matter/machine.js';
import { type MatterEventsOptions, matterEventsArbitrary } from './arbitraries.js';

type Snap = SnapshotFrom<typeof matterMachine>;

const roleOf = (input: unknown): unknown =>
  Reflect.get(Reflect.get(input as object, 'by') ?? {}, 'role');

/** The matter machine's invariants. */
export const matterInvariants: readonly Invariant<Snap>[] = [
  {
    name: 'one level at a time, never skipping',
    check({ context }) {
      const first = context.escalations[0]?.from;
      for (const [i, e] of context.escalations.entries()) {
        if (nextLevel(e.from) !== e.to) return `escalation ${i} skips from ${e.from} to ${e.to}`;
        const prev = context.escalations[i - 1];
        if (prev !== undefined && prev.to !== e.from)
          return `escalation ${i} starts from ${e.from}, not ${prev.to}`;
      }
      const last = context.escalations.at(-1);
      if (last !== undefined && last.to !== context.level)
        return `at ${context.level} but escalated to ${last.to}`;
      if (first !== undefined && LEVEL_ORDER.indexOf(first) > LEVEL_ORDER.indexOf(context.level))
        return 'went down';
      return true;
    },
  },
  {
    name: 'meetings held by level order',
    check({ context }) {
      const order = context.meetings.map((m) => LEVEL_ORDER.indexOf(m.level));
      return order.every((x, i) => i === 0 || x >= (order[i - 1] ?? 0));
    },
  },
  {
    name: 'resolved iff an outcome is recorded',
    check(s) {
      return (s.status === 'done') === (s.context.outcome !== null);
    },
  },
  {
    name: 'dispatch contract',
    check(snapshot, previous, step) {
      if (step.index === 0) return true;
      const result = step.result as { ok: boolean; rejection?: { code: string } };
      if (result.ok) {
        const type = Reflect.get(step.input as object, 'type');
        const spec = typeof type === 'string' ? specOf(matterEvents, type) : undefined;
        return spec?.roles.some((r) => r === roleOf(step.input))
          ? true
          : 'accepted from a wrong role';
      }
      if (!isRejectionCode(result.rejection?.code)) return 'refusal without a known code';
      return snapshot === previous ? true : 'a refused input changed the snapshot';
    },
  },
];

/** Options of {@link matterProperty}. */
export interface MatterPropertyOptions {
  readonly machine?: typeof matterMachine;
  readonly input: MatterInput;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly persistence?: boolean;
  readonly events?: Omit<MatterEventsOptions, 'start'>;
}

/** Property-tests a matter machine with the host's profile: see {@link matterInvariants}. */
export function matterProperty(options: MatterPropertyOptions): void {
  assertInvariants(options.machine ?? matterMachine, {
    input: options.input,
    events: matterEventsArbitrary({ ...options.events, start: options.input.raisedAt }),
    invariants: matterInvariants,
    send: (actor, input) => dispatch(actor, input),
    persistence: options.persistence ?? true,
    numRuns: options.numRuns ?? 100,
    ...(options.seed === undefined ? {} : { parameters: { seed: options.seed } }),
  });
}
