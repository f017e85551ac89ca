import { type FuzzStats, fuzzMachine, type Invariant } from '@jiayuan/testing';
import type fc from 'fast-check';
import type { CoverageInput } from '../machine/input.js';
import { coverageMachine } from '../machine/machine.js';
import type { CoverageSnapshot } from '../machine/state.js';
import { coveragePayloadsArbitrary } from './arbitraries.js';
import { coverageInvariants } from './invariants.js';

/** How {@link coverageProperty} draws its runs. */
export interface CoverageEventsOptions {
  /** Fewest inputs per run. Default 0. */
  readonly minLength?: number;
  /** Most inputs per run. Default 25. */
  readonly maxLength?: number;
  /** Share of inputs broken on purpose (unknown type, wrong field, …). Default 0.2. */
  readonly invalidShare?: number;
  /** Share of inputs dated before the clock (out of order). Default 0.05. */
  readonly outOfOrderShare?: number;
  /** Largest gap between events, in ms. Default 200 days, so branch terms run out. */
  readonly maxStepMs?: number;
  /** Whether runs may close the unit (which ends the process). Default true. */
  readonly includeClose?: boolean;
}

/** Options of {@link coverageProperty}. */
export interface CoveragePropertyOptions {
  /** The host's machine, e.g. `coverageMachine.provide({ … })`. Default the shipped machine. */
  readonly machine?: typeof coverageMachine;
  /** The input (unit, census, the host's profile). */
  readonly input: CoverageInput;
  readonly numRuns?: number;
  readonly seed?: number;
  /** Whether each run round-trips its snapshot through JSON once. Default true. */
  readonly persistence?: boolean;
  /**
   * Whether the run also goes on with the actor it persisted, which must agree with the restored
   * one to the end (see `fuzzMachine`'s `continuation`). Default false.
   */
  readonly continuation?: boolean;
  readonly events?: CoverageEventsOptions;
  /** Further invariants (the host's own), checked beside {@link coverageInvariants}. */
  readonly invariants?: readonly Invariant<CoverageSnapshot>[];
}

/**
 * Property-tests a coverage machine with the host's profile and implementations through
 * `@jiayuan/testing`'s `fuzzMachine`: events from the catalog's zod schemas, with the payloads of
 * {@link coveragePayloadsArbitrary} (censuses around the thresholds, joint-branch lists drawn
 * from the unit and its neighbours). Checks the dispatch contract (roles, codes, untouched state
 * on refusal, `snapshot.can` agreeing with `dispatch`, persistence round trips) and
 * {@link coverageInvariants}.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function coverageProperty(options: CoveragePropertyOptions): FuzzStats {
  const events = options.events ?? {};
  const payloads = coveragePayloadsArbitrary(options.input.unitId) as unknown as Readonly<
    Record<string, fc.Arbitrary<object>>
  >;
  return fuzzMachine(options.machine ?? coverageMachine, {
    input: options.input,
    start: options.input.startedAt,
    numRuns: options.numRuns ?? 100,
    minEvents: events.minLength ?? 0,
    maxEvents: events.maxLength ?? 25,
    invalidShare: events.invalidShare ?? 0.2,
    outOfOrderShare: events.outOfOrderShare ?? 0.05,
    maxStepMs: events.maxStepMs ?? 200 * 86_400_000,
    persistence: options.persistence ?? true,
    continuation: options.continuation ?? false,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    payloads,
    ...(events.includeClose === false ? { weights: { UNIT_CLOSED: 0 } } : {}),
    invariants: [...coverageInvariants, ...(options.invariants ?? [])],
  });
}
