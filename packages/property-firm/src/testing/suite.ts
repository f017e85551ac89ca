import {
  catalogOf,
  dispatch,
  type EventCatalog,
  isRejectionCode,
  type RejectionCode,
  RollSchema,
  specOf,
} from '@jiayuan/core';
import { assertInvariants } from '@jiayuan/testing';
import fc from 'fast-check';
import { type AnyStateMachine, createActor, type InputFrom } from 'xstate';
import type { CommonInput } from '../shared/input.js';
import { firmEvents } from './events.js';
import { type FirmInvariantSnapshot, firmInvariants } from './invariants.js';

/** Options of {@link runFirmSuite} and {@link fuzzFirmMachine}. */
export interface FirmSuiteOptions<TMachine extends AnyStateMachine> {
  /** The machine under test, with its catalog attached (`withCatalog`), possibly `provide()`d. */
  readonly machine: TMachine;
  /** Its input (the host's profile, roll, …). */
  readonly input: CommonInput & InputFrom<TMachine>;
  /** Number of random streams. Default 100 (suite) / 2,000 (fuzz). */
  readonly numRuns?: number;
  /** Longest stream. Default 40 (suite); the fuzz sends streams of exactly this length (default 50). */
  readonly maxLength?: number;
  /** fast-check seed, for reproducible runs. */
  readonly seed?: number;
  /** Check the persist → JSON → restore round trip after every step. Default true (suite). */
  readonly persistence?: boolean;
}

function catalogFor(machine: AnyStateMachine): EventCatalog {
  const catalog = catalogOf(machine);
  if (catalog === undefined)
    throw new Error('the machine has no catalog: wrap it with withCatalog');
  return catalog;
}

/**
 * Runs the property-firm invariants over random event streams sent through `dispatch`, with
 * the persist → JSON → restore round trip checked after every step. Throws the first breach,
 * shrunk, with fast-check's seed and path.
 */
export function runFirmSuite<TMachine extends AnyStateMachine>(
  options: FirmSuiteOptions<TMachine>,
): void {
  const catalog = catalogFor(options.machine);
  assertInvariants(options.machine, {
    input: options.input,
    events: firmEvents({
      catalog,
      roll: RollSchema.parse(options.input.roll),
      start: options.input.startedAt,
      maxLength: options.maxLength ?? 40,
    }),
    invariants: firmInvariants<FirmInvariantSnapshot>(catalog) as never,
    send: (actor, input) => dispatch(actor, input),
    persistence: options.persistence ?? true,
    numRuns: options.numRuns ?? 100,
    ...(options.seed === undefined ? {} : { parameters: { seed: options.seed } }),
  });
}

/** What {@link fuzzFirmMachine} saw. */
export interface FuzzReport {
  readonly events: number;
  readonly accepted: number;
  readonly refused: Readonly<Partial<Record<RejectionCode, number>>>;
  /** Exceptions that escaped `dispatch` (must be 0). */
  readonly uncaught: readonly string[];
  /** Accepted events whose sender's role the catalog does not permit (must be 0). */
  readonly roleBreaches: readonly string[];
  /** Refusals without a known code (must be 0). */
  readonly unknownCodes: number;
}

/**
 * Sends many random streams through `dispatch` (valid, malformed, wrong role, out of order,
 * after deadlines), without the round-trip check, and reports what happened.
 */
export function fuzzFirmMachine<TMachine extends AnyStateMachine>(
  options: FirmSuiteOptions<TMachine>,
): FuzzReport {
  const catalog = catalogFor(options.machine);
  const streams = fc.sample(
    firmEvents({
      catalog,
      roll: RollSchema.parse(options.input.roll),
      start: options.input.startedAt,
      minLength: options.maxLength ?? 50,
      maxLength: options.maxLength ?? 50,
    }),
    {
      numRuns: options.numRuns ?? 2_000,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
  );
  let events = 0;
  let accepted = 0;
  let unknownCodes = 0;
  const refused: Partial<Record<RejectionCode, number>> = {};
  const uncaught: string[] = [];
  const roleBreaches: string[] = [];
  for (const stream of streams) {
    const actor = createActor(options.machine, { input: options.input });
    actor.start();
    for (const input of stream) {
      events += 1;
      try {
        const result = dispatch(actor, input);
        if (result.ok) {
          accepted += 1;
          const spec = specOf(catalog, String(input.type));
          const role = (input.by as { role?: string } | undefined)?.role;
          if (
            spec === undefined ||
            role === undefined ||
            !(spec.roles as readonly string[]).includes(role)
          ) {
            roleBreaches.push(`${String(input.type)} by ${String(role)}`);
          }
        } else if (isRejectionCode(result.rejection.code)) {
          refused[result.rejection.code] = (refused[result.rejection.code] ?? 0) + 1;
        } else {
          unknownCodes += 1;
        }
      } catch (error) {
        uncaught.push(error instanceof Error ? error.message : String(error));
      }
    }
    actor.stop();
  }
  return { events, accepted, refused, uncaught, roleBreaches, unknownCodes };
}
