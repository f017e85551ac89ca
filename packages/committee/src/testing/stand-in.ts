import { allowedEvents, dispatch, type EventCatalog, ROLES, specOf } from '@jiayuan/core';
import { assertInvariants, type Invariant } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyMachineSnapshot, AnyStateMachine, InputFrom } from 'xstate';
import { PROGRESS_STEPS } from '../stand-in/catalog.js';
import type { StandInContext, StandInMember } from '../stand-in/context.js';
import { checkComposition, STAND_IN_FILING_DOCUMENTS } from '../stand-in/rules.js';
import {
  type ClockedSnapshot,
  clockForward,
  type DispatchStep,
  dispatchHonest,
} from './invariants.js';
import { pick, prng } from './random.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const iso = (ms: number) => new Date(ms).toISOString();

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

function subset<T>(rand: () => number, list: readonly T[], p: number): T[] {
  return list.filter(() => rand() < p);
}

// Rosters that break one composition rule each (for either kind of body).
function brokenMembers(rand: () => number, lawful: readonly StandInMember[]): unknown {
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
  return pick(rand, variants);
}

function payloadFor(type: string, rand: () => number, c: StandInContext) {
  const ids = c.members.map((m) => m.id);
  switch (type) {
    case 'FORM_STAND_IN':
      return { members: rand() < 0.7 ? lawfulMembers(c) : brokenMembers(rand, lawfulMembers(c)) };
    case 'FILE_STAND_IN':
      return {
        documents:
          rand() < 0.8
            ? [...STAND_IN_FILING_DOCUMENTS]
            : subset(rand, STAND_IN_FILING_DOCUMENTS, 0.6),
      };
    case 'HOLD_DELIBERATION':
      return { deliberationId: `del-${Math.floor(rand() * 6)}`, topic: '议题' };
    case 'COORDINATE_MATTER':
      return { matterId: `m-${Math.floor(rand() * 6)}`, matter: '事项' };
    case 'DECIDE_MATTER':
      return {
        decisionId: `d-${Math.floor(rand() * 6)}`,
        consenting: rand() < 0.9 ? subset(rand, ids, 0.6) : ['stranger', ...subset(rand, ids, 0.5)],
        // BJ 57 ¶2: around the quorum — all, most, or a few of the members present.
        ...(rand() < 0.9 ? { present: subset(rand, ids, pick(rand, [1, 0.8, 0.5])) } : {}),
      };
    case 'POST_STAND_IN_DECISION':
      return { decisionId: `d-${Math.floor(rand() * 6)}` };
    case 'RECORD_PROGRESS':
      return rand() < 0.5
        ? { step: pick(rand, PROGRESS_STEPS) }
        : { step: pick(rand, PROGRESS_STEPS), note: '已召开动员会' };
    case 'DISSOLVE_STAND_IN':
      return { reference: `备案-${Math.floor(rand() * 100)}` };
    default:
      return {};
  }
}

function timeFor(rand: () => number, c: StandInContext): number {
  const now = Date.parse(c.now);
  const r = rand();
  if (r < 0.55) return now + Math.floor(rand() * 2 * DAY);
  if (r < 0.75) {
    const dues = Object.values(c.deadlines)
      .filter((d) => d.status === 'pending')
      .map((d) => Date.parse(d.due.dueAt));
    return dues.length > 0 ? pick(rand, dues) + pick(rand, [-MIN, 0, MIN]) : now + DAY;
  }
  if (r < 0.92) return now + (10 + Math.floor(rand() * 400)) * DAY;
  return now - (1 + Math.floor(rand() * 5)) * DAY;
}

/**
 * A plausible, sometimes broken, input for the stand-in machine in `snapshot`, from `seed`:
 * mostly an event the state allows from a permitted sender with a sensible payload, sometimes a
 * wrong role, a malformed payload, an unknown type or an event out of order. Deterministic.
 */
export function randomStandInInput(
  snapshot: AnyMachineSnapshot,
  catalog: EventCatalog,
  seed: number,
): Record<string, unknown> {
  const rand = prng(seed);
  const c = contextOf(snapshot);
  const allowed = allowedEvents(snapshot, catalog);
  let type =
    rand() < 0.02
      ? 'NOT_AN_EVENT'
      : allowed.length > 0 && rand() < 0.8
        ? pick(rand, allowed)
        : pick(rand, catalog.types);
  // Dissolution ends the process and is open in every state: kept rare, so runs go deep.
  if (type === 'DISSOLVE_STAND_IN' && rand() < 0.97) {
    const others = allowed.filter((t) => t !== type);
    type = others.length > 0 ? pick(rand, others) : 'TICK';
  }
  const spec = specOf(catalog, type);
  const role = spec !== undefined && rand() < 0.9 ? pick(rand, spec.roles) : pick(rand, ROLES);
  const atMs = timeFor(rand, c);
  // Past the year 9999 the calendar refuses; keep the clock in range.
  const input: Record<string, unknown> = {
    type,
    at: iso(Math.min(atMs, Date.UTC(9000, 0, 1))),
    by: { id: `${role}-1`, role },
    ...payloadFor(type, rand, c),
  };
  if (rand() < 0.05) {
    const victim = pick(rand, Object.keys(input));
    if (rand() < 0.5) delete input[victim];
    else input[victim] = pick(rand, [null, 42, '', 'garbage', [], {}]);
  }
  return input;
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

/** The invariants every stand-in machine keeps, for a catalog. */
export function standInInvariants(catalog: EventCatalog): Invariant<StandInSnapshotLike>[] {
  return [compositionHolds, clockForward, dispatchHonest(catalog)];
}

/** Options of {@link checkStandInMachine}. */
export interface StandInSuiteOptions<TMachine extends AnyStateMachine> {
  readonly input: InputFrom<TMachine>;
  /** Random streams to try. Default 50. */
  readonly numRuns?: number;
  /** Longest stream. Default 80. */
  readonly maxLength?: number;
  readonly seed?: number;
  /** Whether to check the persist → JSON → restore round trip at every step. Default true. */
  readonly persistence?: boolean;
}

/**
 * Property-tests a stand-in machine (the shipped one, or a host's `provide()`d copy with its own
 * profile): random streams of plausible and broken inputs go through core's `dispatch`, and after
 * every step the body must be lawfully composed under the profile, the clock must not go back,
 * every refusal must carry a code and nothing may be accepted from a role the catalog does not
 * permit; each snapshot must survive a JSON round trip.
 *
 * @throws the fast-check report naming the invariant, step and input when one fails.
 */
export function checkStandInMachine<TMachine extends AnyStateMachine>(
  machine: TMachine,
  catalog: EventCatalog,
  options: StandInSuiteOptions<TMachine>,
): void {
  assertInvariants(machine, {
    input: options.input,
    events: fc.array(fc.nat(), { maxLength: options.maxLength ?? 80 }),
    send: (actor, seed: number): DispatchStep => {
      const input = randomStandInInput(actor.getSnapshot(), catalog, seed);
      return { input, result: dispatch(actor, input, { catalog }) };
    },
    invariants: standInInvariants(catalog),
    persistence: options.persistence ?? true,
    numRuns: options.numRuns ?? 50,
    ...(options.seed === undefined ? {} : { parameters: { seed: options.seed } }),
  });
}
