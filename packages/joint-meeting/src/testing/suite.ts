import { type FuzzStats, fromSnapshot, fuzzMachine, type Invariant } from '@jiayuan/testing';
import type { AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import type { MatterContext, MatterInput } from '../matter/context.js';
import { LEVEL_ORDER, LEVEL_RULES, nextLevel } from '../matter/levels.js';
import { matterMachine } from '../matter/machine.js';

type Snap = SnapshotFrom<typeof matterMachine>;

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
];

/** Options of {@link matterProperty}. */
export interface MatterPropertyOptions {
  /** The host's machine (e.g. `matterMachine.provide(...)`); default the shipped one. */
  readonly machine?: typeof matterMachine;
  readonly input: MatterInput;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly persistence?: boolean;
  /** Fewest inputs per run. Default 0. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 25. */
  readonly maxEvents?: number;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<never>[];
}

// The catalog permits four conveners; the current level wants its own (and now and then not).
function convener(snapshot: AnyMachineSnapshot, n: number): string {
  const level = (snapshot.context as MatterContext).level;
  return n % 4 === 0 ? 'committee-chair' : LEVEL_RULES[level].convener;
}

/**
 * Property-tests a matter machine with the host's profile through `@jiayuan/testing`'s
 * `fuzzMachine`: the dispatch contract (roles, codes, untouched state on refusal, `snapshot.can`
 * agreeing with `dispatch`, persistence round trips) and {@link matterInvariants}.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function matterProperty(options: MatterPropertyOptions): FuzzStats {
  return fuzzMachine(options.machine ?? matterMachine, {
    input: options.input,
    start: options.input.raisedAt,
    numRuns: options.numRuns ?? 100,
    minEvents: options.minEvents ?? 0,
    maxEvents: options.maxEvents ?? 25,
    maxStepMs: 20 * 86_400_000,
    persistence: options.persistence ?? true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    senders: { HOLD_MEETING: convener, RESOLVE: convener, ESCALATE: convener },
    payloads: {
      HOLD_MEETING: {
        participants: fromSnapshot((s, n) =>
          n % 5 === 0 ? [] : [...LEVEL_RULES[(s.context as MatterContext).level].required],
        ),
      },
      ESCALATE: {
        toLevel: fromSnapshot((s, n) => {
          const level = (s.context as MatterContext).level;
          return n % 5 === 0 ? (LEVEL_ORDER[n % 4] ?? level) : (nextLevel(level) ?? 'district');
        }),
      },
    },
    invariants: [...matterInvariants, ...(options.invariants ?? [])],
  });
}
