import { type FuzzStats, fromSnapshot, fuzzMachine, type Invariant } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AssemblyInput } from '../meeting/context.js';
import { assemblyMachine } from '../meeting/machine.js';
import { assemblyInvariants } from './invariants.js';
import {
  callPayload,
  challengePayloads,
  noticedMeetingAt,
  proposedUnits,
  sheet,
  transferPayload,
} from './meeting-payloads.js';
import { MEETING_SENDERS, meetingInstants, meetingWeights } from './meeting-steering.js';

/** Options of {@link assemblyProperty}. */
export interface AssemblyPropertyOptions {
  /** The host's machine (e.g. `assemblyMachine.provide(...)`); default the shipped one. */
  readonly machine?: typeof assemblyMachine;
  readonly input: AssemblyInput;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly persistence?: boolean;
  /** Fewest inputs per run. Default 10. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 40. */
  readonly maxEvents?: number;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<never>[];
}

const DAY = 86_400_000;

/**
 * Property-tests an assembly machine with the host's roll and profile through
 * `@jiayuan/testing`'s `fuzzMachine`: the dispatch contract (roles, codes, untouched state on
 * refusal, `snapshot.can` agreeing with `dispatch`, persistence round trips) and
 * {@link assemblyInvariants}.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function assemblyProperty(options: AssemblyPropertyOptions): FuzzStats {
  return fuzzMachine(options.machine ?? assemblyMachine, {
    input: options.input,
    start: options.input.startedAt,
    numRuns: options.numRuns ?? 100,
    minEvents: options.minEvents ?? 10,
    maxEvents: options.maxEvents ?? 40,
    // Short steps, with jumps to the instants of the window: a run gets through it.
    maxStepMs: 3 * DAY,
    allowedShare: 0.9,
    invalidShare: 0.06,
    wrongRoleShare: 0.08,
    persistence: options.persistence ?? true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    weights: meetingWeights(options.input.kind),
    senders: MEETING_SENDERS,
    instants: meetingInstants,
    instantShare: 0.3,
    // Payloads drawn per type for a run: sheets vary with those already cast besides.
    poolSize: 6,
    payloads: {
      PROPOSE_INTERIM: { units: fromSnapshot(proposedUnits) },
      ORDER_CALL: { period: fc.integer({ min: 1, max: 15 }).map((days) => ({ days })) },
      NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: {
        meetingAt: fromSnapshot(noticedMeetingAt),
      },
      CALL_ASSEMBLY: callPayload,
      CAST_BALLOT: { sheet: fromSnapshot(sheet) },
      RECORD_TRANSFER: transferPayload,
      ...challengePayloads,
    },
    invariants: [...assemblyInvariants, ...(options.invariants ?? [])],
  });
}
