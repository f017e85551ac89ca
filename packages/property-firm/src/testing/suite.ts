import { catalogOf, type EventCatalog, type RejectionCode, RollSchema } from '@jiayuan/core';
import { type FuzzStats, fuzzMachine, type Invariant } from '@jiayuan/testing';
import type { AnyStateMachine, InputFrom } from 'xstate';
import type { CommonInput } from '../shared/input.js';
import { type FirmInvariantSnapshot, firmInvariants } from './invariants.js';
import { ballotCaster, firmFuzzPayloads, firmInstants } from './payloads.js';

const DAY = 86_400_000;

/** Options of {@link firmProperty}. */
export interface FirmPropertyOptions<TMachine extends AnyStateMachine> {
  /** The machine under test, its catalog attached, possibly `provide()`d. */
  readonly machine: TMachine;
  /** Its input (the host's profile, roll, …). */
  readonly input: CommonInput & InputFrom<TMachine>;
  /** Runs to try. Default 100. */
  readonly numRuns?: number;
  /** Fewest inputs per run. Default 0. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 40. */
  readonly maxEvents?: number;
  /** fast-check seed, for reproducible runs. */
  readonly seed?: number;
  /** Whether each run round-trips its snapshot through JSON once. Default true. */
  readonly persistence?: boolean;
  /**
   * Whether the run also goes on with the actor it persisted, which must agree with the restored
   * one to the end (see `fuzzMachine`'s `continuation`). Default false.
   */
  readonly continuation?: boolean;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<FirmInvariantSnapshot>[];
}

function catalogFor(machine: AnyStateMachine): EventCatalog {
  const catalog = catalogOf(machine);
  if (catalog === undefined)
    throw new Error('the machine has no catalog: wrap it with withCatalog');
  return catalog;
}

/**
 * Property-tests a property-firm machine (hiring, dismissal or contract term; the shipped one or
 * a host's `provide()`d copy with its own profile and roll) through `@jiayuan/testing`'s
 * `fuzzMachine`: events from the catalog's zod schemas, with the payloads of `firmFuzzPayloads`
 * (ballots of the roll's units by their owners, notices around the profile's periods), dated
 * now and then at the deadlines, the assembly's window and the contract's end. Checks the
 * dispatch contract (roles, codes, untouched state on refusal, `snapshot.can` agreeing with
 * `dispatch`, persistence round trips) and {@link firmInvariants}.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks; Error when the
 *   machine has no catalog.
 */
export function firmProperty<TMachine extends AnyStateMachine>(
  options: FirmPropertyOptions<TMachine>,
): FuzzStats {
  const catalog = catalogFor(options.machine);
  const payloads = firmFuzzPayloads(RollSchema.parse(options.input.roll));
  return fuzzMachine(options.machine, {
    input: options.input,
    start: options.input.startedAt,
    numRuns: options.numRuns ?? 100,
    minEvents: options.minEvents ?? 0,
    maxEvents: options.maxEvents ?? 40,
    maxStepMs: 5 * DAY,
    persistence: options.persistence ?? true,
    continuation: options.continuation ?? false,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    payloads: Object.fromEntries(
      Object.entries(payloads).filter(([type]) => Object.hasOwn(catalog.events, type)),
    ),
    ...(Object.hasOwn(catalog.events, 'CAST_BALLOT')
      ? { senders: { CAST_BALLOT: ballotCaster(catalog.events.CAST_BALLOT?.roles ?? []) } }
      : {}),
    instants: firmInstants,
    invariants: [
      ...firmInvariants<FirmInvariantSnapshot>(),
      ...(options.invariants ?? []),
    ] as readonly Invariant<never>[],
  });
}

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
  /** Round-trip the snapshot through JSON once per run. Default true (suite), false (fuzz). */
  readonly persistence?: boolean;
}

/**
 * {@link firmProperty} under its earlier name and options (`maxLength` for `maxEvents`).
 *
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function runFirmSuite<TMachine extends AnyStateMachine>(
  options: FirmSuiteOptions<TMachine>,
): FuzzStats {
  return firmProperty({
    machine: options.machine,
    input: options.input,
    maxEvents: options.maxLength ?? 40,
    ...(options.numRuns === undefined ? {} : { numRuns: options.numRuns }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.persistence === undefined ? {} : { persistence: options.persistence }),
  });
}

/** What {@link fuzzFirmMachine} saw. */
export interface FuzzReport {
  readonly events: number;
  readonly accepted: number;
  readonly refused: Readonly<Partial<Record<RejectionCode, number>>>;
  /** Exceptions that escaped `dispatch`: always empty (the driver throws on the first). */
  readonly uncaught: readonly string[];
  /** Accepted events from a role the catalog does not permit: always empty (it throws). */
  readonly roleBreaches: readonly string[];
  /** Refusals without a known code: always 0 (it throws). */
  readonly unknownCodes: number;
}

/**
 * Many streams of exactly `maxLength` inputs through {@link firmProperty}, reported as before.
 *
 * @deprecated Use {@link firmProperty}: it returns the driver's statistics (states reached,
 *   refusals by code, rules), and throws a shrunk counterexample on the first breach where this
 *   used to count breaches.
 */
export function fuzzFirmMachine<TMachine extends AnyStateMachine>(
  options: FirmSuiteOptions<TMachine>,
): FuzzReport {
  const length = options.maxLength ?? 50;
  const stats = firmProperty({
    machine: options.machine,
    input: options.input,
    numRuns: options.numRuns ?? 2_000,
    minEvents: length,
    maxEvents: length,
    persistence: options.persistence ?? false,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  return {
    events: stats.events,
    accepted: stats.accepted,
    refused: stats.refusals,
    uncaught: [],
    roleBreaches: [],
    unknownCodes: 0,
  };
}
