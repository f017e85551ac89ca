// Shared test fixtures: a small roll, a lawful group, and an event builder.
import type { RollInput } from '@jiayuan/core';
import { type AnyActorRef, createActor } from 'xstate';
import { formationMachine } from '../../src/formation/machine.js';
import { meetingsMachine } from '../../src/meetings/machine.js';
import { membershipMachine } from '../../src/membership/machine.js';
import { reElectionMachine } from '../../src/reelection/machine.js';
import type {
  FormationInput,
  MeetingsInput,
  MembershipInput,
  ReElectionInput,
} from '../../src/shared/input.js';

/** An event envelope from `role` (id `${role}-1` unless given) at `at`, plus the payload. */
export function ev(
  type: string,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
  id = `${role}-1`,
): Record<string, unknown> {
  return { type, at, by: { id, role }, ...payload };
}

/** Ten owners o1…o10, one 100 m² flat each. */
export const ROLL: RollInput = {
  complexId: 'c1',
  owners: Array.from({ length: 10 }, (_, i) => ({ id: `o${i + 1}` })),
  units: Array.from({ length: 10 }, (_, i) => ({
    id: `u${i + 1}`,
    building: '1号楼',
    status: 'delivered' as const,
    owners: [`o${i + 1}`],
    areas: { register: 10_000 },
  })),
};

/** A lawful Shanghai preparatory group: 4 owners, developer, street (leader), residents' committee. */
export const GROUP = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-o4', seat: 'owner' },
  { id: 'g-dev', seat: 'developer' },
  { id: 'g-street', seat: 'street', leader: true },
  { id: 'g-rc', seat: 'residents-committee' },
];

/** Formation input: 20,000 m² complex starting 2026-03-02. */
export const FORMATION_INPUT: FormationInput = {
  procedure: 'formation',
  complexId: 'c1',
  floorArea: 2_000_000,
  startAt: '2026-03-02T09:00:00+08:00',
};

/** A started formation actor. */
export function startFormation(input: FormationInput = FORMATION_INPUT) {
  const actor = createActor(formationMachine, { input });
  actor.start();
  return actor;
}

/** The active state value as a dotted string. */
export function where(actor: AnyActorRef): string {
  const value: unknown = actor.getSnapshot().value;
  const flat = (v: unknown): string =>
    typeof v === 'string'
      ? v
      : Object.entries(v as Record<string, unknown>)
          .map(([k, child]) => `${k}.${flat(child)}`)
          .join(',');
  return flat(value);
}

/** A lawful Shanghai re-election group: 3 owners, street (leader), residents' committee. */
export const RE_GROUP = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-street', seat: 'street', leader: true },
  { id: 'g-rc', seat: 'residents-committee' },
];

/** Re-election input: a term ending 2026-12-31, the process starting 2026-06-01. */
export const RE_ELECTION_INPUT: ReElectionInput = {
  procedure: 're-election',
  complexId: 'c1',
  floorArea: 2_000_000,
  startAt: '2026-06-01T09:00:00+08:00',
  termEndsOn: '2026-12-31',
  members: ['o1', 'o2', 'o3', 'o4', 'o5'],
};

/** A started re-election actor. */
export function startReElection(input: ReElectionInput = RE_ELECTION_INPUT) {
  const actor = createActor(reElectionMachine, { input });
  actor.start();
  return actor;
}

/** Membership input: five seats, five members o1…o5, substitutes o6 then o7. */
export const MEMBERSHIP_INPUT: MembershipInput = {
  procedure: 'membership',
  complexId: 'c1',
  floorArea: 2_000_000,
  startAt: '2026-03-02T09:00:00+08:00',
  seats: 5,
  members: ['o1', 'o2', 'o3', 'o4', 'o5'],
  substitutes: ['o6', 'o7'],
  roll: ROLL,
};

/** {@link MEMBERSHIP_INPUT} with o1 the chair and o2 the vice-chair of record. */
export const MEMBERSHIP_WITH_OFFICERS: MembershipInput = {
  ...MEMBERSHIP_INPUT,
  officers: { chair: 'o1', viceChairs: ['o2'] },
};

/** A started membership actor. */
export function startMembership(input: MembershipInput = MEMBERSHIP_INPUT) {
  const actor = createActor(membershipMachine, { input });
  actor.start();
  return actor;
}

/** Meetings input: five members o1…o5, last met 2026-03-02; no officers on record. */
export const MEETINGS_INPUT: MeetingsInput = {
  procedure: 'meetings',
  complexId: 'c1',
  floorArea: 2_000_000,
  startAt: '2026-03-02T09:00:00+08:00',
  members: ['o1', 'o2', 'o3', 'o4', 'o5'],
};

/** Meetings input with o1 the chair and o2 the vice-chair of record (SH 26 ¶4). */
export const MEETINGS_WITH_OFFICERS: MeetingsInput = {
  ...MEETINGS_INPUT,
  officers: { chair: 'o1', viceChairs: ['o2'] },
};

/** A started meetings actor. */
export function startMeetings(input: MeetingsInput = MEETINGS_INPUT) {
  const actor = createActor(meetingsMachine, { input });
  actor.start();
  return actor;
}
