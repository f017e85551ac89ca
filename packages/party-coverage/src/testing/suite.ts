import { assertInvariants } from '@jiayuan/testing';
import type { CoverageInput } from '../machine/input.js';
import { coverageMachine } from '../machine/machine.js';
import { type CoverageEventsOptions, coverageEventsArbitrary } from './arbitraries.js';
import { coverageInvariants, sendThroughDispatch } from './invariants.js';

/** Options of {@link coverageProperty}. */
export interface CoveragePropertyOptions {
  /** The host's machine, e.g. `coverageMachine.provide({ … })`. Default the shipped machine. */
  readonly machine?: typeof coverageMachine;
  /** The input (unit, census, the host's profile). */
  readonly input: CoverageInput;
  readonly numRuns?: number;
  readonly seed?: number;
  /** Persist → JSON → restore → persist after every step. Default true. */
  readonly persistence?: boolean;
  readonly events?: Omit<CoverageEventsOptions, 'start' | 'unitId'>;
}

/**
 * Property-tests a coverage machine with the host's profile and implementations: random input
 * streams go through `dispatch`, and after every step the {@link coverageInvariants} hold and the
 * snapshot survives a JSON round trip. Throws fast-check's report on the first breach.
 */
export function coverageProperty(options: CoveragePropertyOptions): void {
  const machine = options.machine ?? coverageMachine;
  assertInvariants(machine, {
    input: options.input,
    events: coverageEventsArbitrary({
      ...options.events,
      start: options.input.startedAt,
      unitId: options.input.unitId,
    }),
    invariants: coverageInvariants,
    send: sendThroughDispatch,
    persistence: options.persistence ?? true,
    numRuns: options.numRuns ?? 100,
    ...(options.seed === undefined ? {} : { parameters: { seed: options.seed } }),
  });
}
