import { catalogOf, type EventCatalog } from '@jiayuan/core';
import { type FuzzStats, fuzzMachine, type Invariant, type Sender } from '@jiayuan/testing';
import type { AnyStateMachine, InputFrom } from 'xstate';
import { type CommitteeSnapshotLike, committeeInvariants } from './invariants.js';
import { COMMITTEE_PAYLOADS, committeeInstants, ownerNamedInPayload } from './payloads.js';

const DAY = 86_400_000;

/** Options of {@link committeeProperty}. */
export interface CommitteePropertyOptions<TMachine extends AnyStateMachine> {
  /** The machine's input (its profile, complex, …). */
  readonly input: InputFrom<TMachine>;
  /** Runs to try. Default 50. */
  readonly numRuns?: number;
  /** Fewest inputs per run. Default 0. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 80. */
  readonly maxEvents?: number;
  /** fast-check seed, for a reproducible run. */
  readonly seed?: number;
  /** Whether each run round-trips its snapshot through JSON once. Default true. */
  readonly persistence?: boolean;
  /**
   * Whether the run also goes on with the actor it persisted, which must agree with the restored
   * one to the end (see `fuzzMachine`'s `continuation`). Default false.
   */
  readonly continuation?: boolean;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<CommitteeSnapshotLike>[];
}

/** The types of `catalog` among the keys of `byType`, with their values. */
export function forCatalog<T>(
  catalog: EventCatalog,
  byType: Readonly<Record<string, T>>,
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(byType).filter(([type]) => Object.hasOwn(catalog.events, type)),
  );
}

function catalogFor(machine: AnyStateMachine, caller: string): EventCatalog {
  const catalog = catalogOf(machine);
  if (catalog === undefined) throw new Error(`${caller}: the machine has no catalog`);
  return catalog;
}

/**
 * Relative weights of the committee's events for `fuzzMachine` (10 for the others): the events
 * that end a process wherever it is (owners acting directly, an early re-election) weigh little,
 * so that runs go deep; those taken in many states that change little (guidance, assistance,
 * objections to a member) weigh less; those an election needs many of (nominations, vetting,
 * undertakings, ballots) weigh more.
 */
export const COMMITTEE_WEIGHTS: Readonly<Record<string, number>> = {
  OWNERS_ACT_DIRECTLY: 1,
  DECIDE_EARLY_RE_ELECTION: 1,
  RECORD_GUIDANCE: 3,
  ASSIST: 3,
  OBJECT_TO_MEMBER: 3,
  TICK: 5,
  NOMINATE: 40,
  VET_CANDIDATE: 25,
  SIGN_UNDERTAKING: 25,
  CAST_BALLOT: 60,
  REMOVAL_BALLOT: 40,
};

function weightsFor(catalog: EventCatalog): Record<string, number> {
  return Object.fromEntries(catalog.types.map((type) => [type, COMMITTEE_WEIGHTS[type] ?? 10]));
}

/** Senders of the events an owner sends in their own name (ballots, nominations). */
function ownSenders(catalog: EventCatalog): Record<string, Sender> {
  const types = ['CAST_BALLOT', 'REMOVAL_BALLOT', 'NOMINATE', 'SIGN_UNDERTAKING'];
  return Object.fromEntries(
    types
      .filter((type) => Object.hasOwn(catalog.events, type))
      .map((type) => [type, ownerNamedInPayload(catalog.events[type]?.roles ?? [])]),
  );
}

/**
 * Property-tests a committee machine (formation, re-election, membership or meetings; the
 * shipped one, or a host's `provide()`d copy with its own profile) through `@jiayuan/testing`'s
 * `fuzzMachine`: events from the catalog's zod schemas, with the payloads of
 * `COMMITTEE_PAYLOADS` where the roll, the ballot or the members matter, dated now and then at
 * the snapshot's deadlines. Checks the dispatch contract (roles, codes, untouched state on
 * refusal, `snapshot.can` agreeing with `dispatch`, persistence round trips) and
 * {@link committeeInvariants}: no committee without a passing election, lawful group
 * composition and seats, the TERM-3 freeze, membership consistent, a forward clock.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks; Error when the
 *   machine has no catalog.
 */
export function committeeProperty<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CommitteePropertyOptions<TMachine>,
): FuzzStats {
  const catalog = catalogFor(machine, 'committeeProperty');
  const input = options.input as { readonly startAt: string };
  return fuzzMachine(machine, {
    input: options.input,
    start: input.startAt,
    numRuns: options.numRuns ?? 50,
    minEvents: options.minEvents ?? 0,
    maxEvents: options.maxEvents ?? 80,
    maxStepMs: 4 * DAY,
    persistence: options.persistence ?? true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    payloads: forCatalog(catalog, COMMITTEE_PAYLOADS),
    senders: ownSenders(catalog),
    weights: weightsFor(catalog),
    instants: committeeInstants,
    continuation: options.continuation ?? false,
    invariants: [
      ...(committeeInvariants() as readonly Invariant<never>[]),
      ...((options.invariants ?? []) as readonly Invariant<never>[]),
    ],
  });
}

/** Options of {@link checkCommitteeMachine}. */
export interface CommitteeSuiteOptions<TMachine extends AnyStateMachine> {
  /** The machine's input (its profile, complex, …). */
  readonly input: InputFrom<TMachine>;
  /** Runs to try. Default 50. */
  readonly numRuns?: number;
  /** Most inputs per run. Default 80. */
  readonly maxLength?: number;
  /** fast-check seed, for a reproducible run. */
  readonly seed?: number;
  /** Whether each run round-trips its snapshot through JSON once. Default true. */
  readonly persistence?: boolean;
}

/**
 * {@link committeeProperty} under its earlier name and options (`maxLength` for `maxEvents`).
 *
 * @throws {FuzzFailure} naming the property, the step and the decoded inputs when one fails.
 */
export function checkCommitteeMachine<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CommitteeSuiteOptions<TMachine>,
): FuzzStats {
  return committeeProperty(machine, {
    input: options.input,
    ...(options.numRuns === undefined ? {} : { numRuns: options.numRuns }),
    ...(options.maxLength === undefined ? {} : { maxEvents: options.maxLength }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.persistence === undefined ? {} : { persistence: options.persistence }),
  });
}
