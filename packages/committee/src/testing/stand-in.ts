import type { EventCatalog } from '@jiayuan/core';
import {
  type FuzzStats,
  fromSnapshot,
  fuzzMachine,
  type Invariant,
  type PayloadSource,
} from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyMachineSnapshot, AnyStateMachine, InputFrom } from 'xstate';
import { standInEvents } from '../stand-in/catalog.js';
import type { StandInContext, StandInMember } from '../stand-in/context.js';
import type { StandInInput } from '../stand-in/input.js';
import { standInMachine } from '../stand-in/machine.js';
import { checkComposition, STAND_IN_FILING_DOCUMENTS } from '../stand-in/rules.js';
import { type ClockedSnapshot, clockForward } from './invariants.js';

const DAY = 86_400_000;

function contextOf(snapshot: AnyMachineSnapshot): StandInContext {
  return snapshot.context as StandInContext;
}

/** A lawful 物业治理委员会: led by the street office, three owners, the residents' committee. */
export const SH_MEMBERS: StandInMember[] = [
  { id: 's-street', seat: 'street', chair: true },
  { id: 's-o1', seat: 'owner', chair: false },
  { id: 's-o2', seat: 'owner', chair: false },
  { id: 's-o3', seat: 'owner', chair: false },
  { id: 's-rc', seat: 'residents-committee', chair: false },
];

/** A lawful 物业管理委员会: seven, four owners, chaired by the residents' committee (BJ 54). */
export const BJ_MEMBERS: StandInMember[] = [
  { id: 'b-rc', seat: 'residents-committee', chair: true },
  { id: 'b-o1', seat: 'owner', chair: false },
  { id: 'b-o2', seat: 'owner', chair: false },
  { id: 'b-o3', seat: 'owner', chair: false },
  { id: 'b-o4', seat: 'owner', chair: false },
  { id: 'b-occ', seat: 'occupier', chair: false },
  { id: 'b-street', seat: 'street', chair: false },
];

/** The lawful roster for the profile's kind of body. */
export function lawfulMembers(context: StandInContext): StandInMember[] {
  return context.profile.term.standIn.value.kind === 'governance-committee'
    ? SH_MEMBERS
    : BJ_MEMBERS;
}

/** The item of `list` that `n` chooses. */
function nth<T>(list: readonly T[], n: number): T | undefined {
  return list[n % list.length];
}

/** The items `n` keeps, each with about `tenths`/10 chance, independently of the others. */
function someOf<T>(list: readonly T[], n: number, tenths: number): T[] {
  return list.filter((_, i) => (Math.imul(n + 1, 2_654_435_761 + i * 40_503) >>> 0) % 10 < tenths);
}

// Rosters that break one composition rule each (for either kind of body).
function brokenMembers(n: number, lawful: readonly StandInMember[]): unknown {
  const variants: unknown[] = [
    lawful.slice(1), // no chair, one fewer
    lawful.map((m) => ({ ...m, chair: m.seat === 'owner' })), // owners chair
    lawful.map((m) => ({ ...m, chair: m.seat === 'owner' && m.id.endsWith('1') })), // an owner chairs
    lawful.filter((m) => m.seat !== 'owner'), // no owners
    [...lawful, { id: lawful[1]?.id ?? 'x', seat: 'owner', chair: false }], // duplicate
    [...lawful, { id: 'extra', seat: 'occupier', chair: false }], // even size
    [...lawful.slice(0, 5), { id: 'n1', seat: 'occupier' }, { id: 'n2', seat: 'other' }],
    [{ id: 'x', seat: 'developer', chair: true }], // not a seat
    [],
  ];
  return nth(variants, n);
}

const ids = (s: AnyMachineSnapshot) => contextOf(s).members.map((m) => m.id);
const decisionIds = fc.constantFrom('d-0', 'd-1', 'd-2', 'd-3', 'd-4', 'd-5');

/**
 * Payloads of the stand-in's events for `fuzzMachine`, by event type: the lawful roster of the
 * profile's body (now and then one that breaks a composition rule), filing documents, members
 * who sit consenting and present around the quorum (BJ 57 ¶2).
 */
export const STAND_IN_PAYLOADS: Readonly<Record<string, PayloadSource>> = {
  FORM_STAND_IN: {
    members: fromSnapshot((s, n) =>
      n % 10 < 7 ? lawfulMembers(contextOf(s)) : brokenMembers(n >> 4, lawfulMembers(contextOf(s))),
    ),
  },
  FILE_STAND_IN: {
    documents: fc.oneof(
      { arbitrary: fc.constant([...STAND_IN_FILING_DOCUMENTS]), weight: 4 },
      { arbitrary: fc.subarray([...STAND_IN_FILING_DOCUMENTS]), weight: 1 },
    ),
  },
  HOLD_DELIBERATION: {
    deliberationId: fc.constantFrom('del-0', 'del-1', 'del-2', 'del-3', 'del-4', 'del-5'),
  },
  COORDINATE_MATTER: { matterId: fc.constantFrom('m-0', 'm-1', 'm-2', 'm-3', 'm-4', 'm-5') },
  DECIDE_MATTER: fc.record(
    {
      decisionId: decisionIds,
      consenting: fromSnapshot((s, n) =>
        n % 10 === 0 ? ['stranger', ...someOf(ids(s), n >> 4, 5)] : someOf(ids(s), n, 6),
      ),
      // BJ 57 ¶2: around the quorum — all, most, or a few of the members present.
      present: fromSnapshot((s, n) => someOf(ids(s), n >> 2, nth([10, 8, 5], n) ?? 10)),
    },
    { requiredKeys: ['decisionId', 'consenting'] },
  ),
  POST_STAND_IN_DECISION: { decisionId: decisionIds },
};

/** The pending deadlines' due times of a stand-in snapshot: instants worth dating an event at. */
export function standInInstants(snapshot: AnyMachineSnapshot): string[] {
  return Object.values(contextOf(snapshot).deadlines)
    .filter((d) => d.status === 'pending')
    .map((d) => d.due.dueAt);
}

/** A stand-in snapshot as the invariants read it. */
export interface StandInSnapshotLike extends ClockedSnapshot {
  readonly context: StandInContext;
}

/** A formed body is always lawfully composed under the profile (BJ 54; SH-36 (十八)). */
export const compositionHolds: Invariant<StandInSnapshotLike> = {
  name: 'composition',
  check({ context }) {
    if (context.members.length === 0) return context.formedAt === null || 'formed without members';
    const verdict = checkComposition(context.profile, context.members);
    return verdict === true || verdict.message.en;
  },
};

/**
 * The invariants every stand-in machine keeps. The dispatch contract is `fuzzMachine`'s own
 * check; `_catalog` is ignored and kept for callers of the earlier signature.
 */
export function standInInvariants(_catalog?: EventCatalog): Invariant<StandInSnapshotLike>[] {
  return [compositionHolds, clockForward];
}

/** Options of {@link standInProperty}. */
export interface StandInPropertyOptions {
  /** The host's machine (e.g. `standInMachine.provide(...)`); default the shipped one. */
  readonly machine?: typeof standInMachine;
  readonly input: StandInInput;
  /** Runs to try. Default 50. */
  readonly numRuns?: number;
  /** Fewest inputs per run. Default 0. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 80. */
  readonly maxEvents?: number;
  readonly seed?: number;
  /** Whether each run round-trips its snapshot through JSON once. Default true. */
  readonly persistence?: boolean;
  /**
   * Whether the run also goes on with the actor it persisted, which must agree with the restored
   * one to the end (see `fuzzMachine`'s `continuation`). Default false.
   */
  readonly continuation?: boolean;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<StandInSnapshotLike>[];
}

/**
 * Property-tests a stand-in machine (the shipped one, or a host's `provide()`d copy with its own
 * profile) through `@jiayuan/testing`'s `fuzzMachine`: events from the catalog's zod schemas,
 * with {@link STAND_IN_PAYLOADS}, dated now and then at the pending deadlines, dissolution kept
 * rare so that runs go deep. Checks the dispatch contract (roles, codes, untouched state on
 * refusal, `snapshot.can` agreeing with `dispatch`, persistence round trips) and
 * {@link standInInvariants}: the body lawfully composed under the profile, a forward clock.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function standInProperty(options: StandInPropertyOptions): FuzzStats {
  return fuzzMachine(options.machine ?? standInMachine, {
    input: options.input,
    start: options.input.startAt,
    numRuns: options.numRuns ?? 50,
    minEvents: options.minEvents ?? 0,
    maxEvents: options.maxEvents ?? 80,
    maxStepMs: 4 * DAY,
    persistence: options.persistence ?? true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    payloads: STAND_IN_PAYLOADS,
    // Dissolution ends the process and is open in every state.
    weights: {
      ...Object.fromEntries(standInEvents.types.map((t) => [t, 30])),
      DISSOLVE_STAND_IN: 1,
    },
    instants: standInInstants,
    continuation: options.continuation ?? false,
    invariants: [
      ...standInInvariants(),
      ...((options.invariants ?? []) as readonly Invariant<never>[]),
    ],
  });
}

/** Options of {@link checkStandInMachine}. */
export interface StandInSuiteOptions<TMachine extends AnyStateMachine> {
  readonly input: InputFrom<TMachine>;
  /** Runs to try. Default 50. */
  readonly numRuns?: number;
  /** Most inputs per run. Default 80. */
  readonly maxLength?: number;
  readonly seed?: number;
  /** Whether each run round-trips its snapshot through JSON once. Default true. */
  readonly persistence?: boolean;
}

/**
 * {@link standInProperty} under its earlier name and arguments (`machine`, its catalog, and
 * `maxLength` for `maxEvents`); the catalog is the machine's own.
 *
 * @throws {FuzzFailure} naming the property, the step and the decoded inputs when one fails.
 */
export function checkStandInMachine<TMachine extends AnyStateMachine>(
  machine: TMachine,
  _catalog: EventCatalog,
  options: StandInSuiteOptions<TMachine>,
): FuzzStats {
  return standInProperty({
    machine: machine as unknown as typeof standInMachine,
    input: options.input as StandInInput,
    ...(options.numRuns === undefined ? {} : { numRuns: options.numRuns }),
    ...(options.maxLength === undefined ? {} : { maxEvents: options.maxLength }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.persistence === undefined ? {} : { persistence: options.persistence }),
  });
}
