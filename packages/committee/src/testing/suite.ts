import { catalogOf, dispatch } from '@jiayuan/core';
import { assertInvariants } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyStateMachine, InputFrom } from 'xstate';
import { randomCommitteeInput } from './generator.js';
import { committeeInvariants, type DispatchStep } from './invariants.js';

/** Options of {@link checkCommitteeMachine}. */
export interface CommitteeSuiteOptions<TMachine extends AnyStateMachine> {
  /** The machine's input (its profile, complex, …). */
  readonly input: InputFrom<TMachine>;
  /** Random streams to try. Default 50. */
  readonly numRuns?: number;
  /** Longest stream. Default 80. */
  readonly maxLength?: number;
  /** fast-check seed, for a reproducible run. */
  readonly seed?: number;
  /** Whether to check the persist → JSON → restore → persist round trip at every step. Default true. */
  readonly persistence?: boolean;
}

/**
 * Property-tests a committee machine (the shipped one, or a host's `provide()`d copy with its
 * own profile): random streams of plausible and broken events go through core's `dispatch`, and
 * after every step the committee invariants must hold — no committee without a passing
 * election, lawful group composition and seats, the TERM-3 freeze, a forward clock, refusals
 * with codes and nothing accepted from a role the catalog does not permit — and the snapshot
 * must survive a JSON round trip.
 *
 * @throws the fast-check report naming the invariant, step and input when one fails.
 */
export function checkCommitteeMachine<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CommitteeSuiteOptions<TMachine>,
): void {
  const catalog = catalogOf(machine);
  if (catalog === undefined) throw new Error('checkCommitteeMachine: the machine has no catalog');
  assertInvariants(machine, {
    input: options.input,
    events: fc.array(fc.nat(), { maxLength: options.maxLength ?? 80 }),
    send: (actor, seed: number): DispatchStep => {
      const input = randomCommitteeInput(actor.getSnapshot(), catalog, seed);
      return { input, result: dispatch(actor, input, { catalog }) };
    },
    invariants: committeeInvariants(catalog),
    persistence: options.persistence ?? true,
    numRuns: options.numRuns ?? 50,
    ...(options.seed === undefined ? {} : { parameters: { seed: options.seed } }),
  });
}
