// What the fuzz driver sends to the committee machines where a payload drawn from the zod schema
// alone would mean little: ids of the roll's owners and units, candidates on the ballot, members
// who sit, a group near the lawful one, dates around the deadlines. The rest comes from the
// catalog's schemas.
import type { RollInput } from '@jiayuan/core';
import { fromSnapshot, type PayloadSource } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import type { CommitteeContext } from '../contexts.js';
import { REPORT_DOCUMENTS } from '../formation/rules.js';
import { DRAFTS } from '../group/rules.js';
import { FILING_DOCUMENTS } from '../seating/rules.js';
import {
  type Candidate,
  ELIGIBILITY_GROUNDS,
  type Election,
  type Group,
  type Member,
  type MembershipEnding,
} from '../shared/context.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Ten owners o1…o10, one 100 m² flat each: the roll the fuzzed events use. */
export const SAMPLE_ROLL: RollInput = {
  complexId: 'sample',
  owners: Array.from({ length: 10 }, (_, i) => ({ id: `o${i + 1}` })),
  units: Array.from({ length: 10 }, (_, i) => ({
    id: `u${i + 1}`,
    building: '1号楼',
    status: 'delivered' as const,
    owners: [`o${i + 1}`],
    areas: { register: 10_000 },
  })),
};

const OWNERS = [...SAMPLE_ROLL.owners.map((o) => o.id), 'stranger'];

const LAWFUL_GROUP = [
  { id: 'g1', seat: 'owner' },
  { id: 'g2', seat: 'owner' },
  { id: 'g3', seat: 'owner' },
  { id: 'g4', seat: 'owner' },
  { id: 'g5', seat: 'developer' },
  { id: 'g6', seat: 'street', leader: true },
  { id: 'g7', seat: 'residents-committee' },
];
const RE_ELECTION_GROUP = [
  { id: 'g1', seat: 'owner' },
  { id: 'g2', seat: 'owner' },
  { id: 'g3', seat: 'owner' },
  { id: 'g6', seat: 'street', leader: true },
  { id: 'g7', seat: 'residents-committee' },
];
// Groups that break one composition rule each, and one with an owner as leader.
const OTHER_GROUPS = [
  RE_ELECTION_GROUP,
  LAWFUL_GROUP,
  LAWFUL_GROUP.filter((m) => m.seat !== 'developer'),
  LAWFUL_GROUP.slice(1),
  [
    ...LAWFUL_GROUP.slice(0, 3),
    { id: 'g5', seat: 'developer' },
    { id: 'g6', seat: 'street', leader: true },
    { id: 'g7', seat: 'residents-committee' },
    { id: 'g8', seat: 'street' },
  ],
  LAWFUL_GROUP.map((m) => ({ ...m, leader: m.seat === 'owner' && m.id === 'g1' })),
];

/** What the payloads read of any committee context (absent parts read as empty). */
interface Seen {
  readonly procedure: CommitteeContext['procedure'];
  readonly nowMs: number;
  readonly deadlines: CommitteeContext['deadlines'];
  readonly members: readonly string[];
  readonly candidates: readonly string[];
  /** Candidates not vetted yet, and those vetted eligible who have not signed the undertaking. */
  readonly unvetted: readonly string[];
  readonly unsigned: readonly string[];
  readonly group: Group | null;
  readonly election: Election | null;
  readonly endings: readonly MembershipEnding[];
  readonly notice: { readonly meetingAt: string } | null;
  /** The chair and vice-chairs of record (none when the context has no officers). */
  readonly officers: readonly string[];
}

function seen(snapshot: AnyMachineSnapshot): Seen {
  const c = snapshot.context as CommitteeContext;
  return {
    procedure: c.procedure,
    nowMs: Date.parse(c.now),
    deadlines: c.deadlines,
    members: c.members.map((m: Member) => m.id),
    candidates: 'candidates' in c ? c.candidates.map((x: Candidate) => x.id) : [],
    unvetted:
      'candidates' in c ? c.candidates.filter((x) => x.eligible === null).map((x) => x.id) : [],
    unsigned:
      'candidates' in c
        ? c.candidates.filter((x) => x.eligible === true && !x.undertakingSigned).map((x) => x.id)
        : [],
    group: 'group' in c ? c.group : null,
    election: 'election' in c ? c.election : null,
    endings: 'endings' in c ? c.endings : [],
    notice: 'notice' in c ? c.notice : null,
    officers:
      'officers' in c && c.officers.chair !== null
        ? [c.officers.chair, ...c.officers.viceChairs]
        : [],
  };
}

/** The item of `list` that `n` chooses; `fallback` when the list is empty. */
function nth<T>(list: readonly T[], n: number, fallback: T): T {
  return list.length === 0 ? fallback : (list[n % list.length] as T);
}

/** The items `n` keeps, each with about `tenths`/10 chance, independently of the others. */
function someOf<T>(list: readonly T[], n: number, tenths: number): T[] {
  return list.filter((_, i) => (Math.imul(n + 1, 2_654_435_761 + i * 40_503) >>> 0) % 10 < tenths);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Mostly a value of `common`, one time in `odds` one of `rare`. */
function mostly<T, U>(
  common: fc.Arbitrary<T>,
  odds: number,
  rare: fc.Arbitrary<U>,
): fc.Arbitrary<T | U> {
  return fc.oneof(
    { arbitrary: common as fc.Arbitrary<T | U>, weight: odds - 1 },
    { arbitrary: rare as fc.Arbitrary<T | U>, weight: 1 },
  );
}

// A sitting member, and now and then an owner who is none.
const someMember = (s: AnyMachineSnapshot, n: number) => {
  const { members } = seen(s);
  return n % 10 === 0 || members.length === 0 ? nth(OWNERS, n >> 4, 'o1') : nth(members, n, 'o1');
};
// A candidate of record, and now and then an owner who is none.
const someCandidate = (s: AnyMachineSnapshot, n: number) => {
  const { candidates } = seen(s);
  return n % 10 === 0 || candidates.length === 0
    ? nth(OWNERS, n >> 4, 'o1')
    : nth(candidates, n, 'o1');
};
// Mostly a candidate the step is still open for (`which`), else any candidate or owner.
const nextCandidate =
  (which: 'unvetted' | 'unsigned') =>
  (s: AnyMachineSnapshot, n: number): string => {
    const open = seen(s)[which];
    return n % 5 === 0 || open.length === 0 ? someCandidate(s, n >> 3) : nth(open, n, 'o1');
  };
const groupIds = (s: AnyMachineSnapshot) => seen(s).group?.members.map((m) => m.id) ?? ['g1'];
const hoursAhead = (hours: readonly number[]) =>
  fromSnapshot((s, n) => iso(seen(s).nowMs + nth(hours, n, 8) * HOUR));
const memberSubset = (tenths: number) => fromSnapshot((s, n) => someOf(seen(s).members, n, tenths));

// One ballot of a unit of the roll, cast by its owner; `more` adds the vote itself.
const ballotOf = (prefix: string) =>
  fc.record({
    ballotId: fc.nat().map((k) => `${prefix}${k}`),
    k: fc.integer({ min: 1, max: 10 }),
    channel: mostly(fc.constant('paper' as const), 20, fc.constant('electronic' as const)),
  });

/**
 * Payloads of the committee's events for `fuzzMachine`, by event type: owners, units and the
 * roll from {@link SAMPLE_ROLL}, candidates and members from the snapshot, groups, documents and
 * seats around the lawful ones, dates around the deadlines.
 */
export const COMMITTEE_PAYLOADS: Readonly<Record<string, PayloadSource>> = {
  RECORD_DELIVERY: fc.record(
    {
      deliveredArea: fc.constantFrom(0, 500_000, 999_999, 1_000_000, 1_500_000, 2_000_000),
      totalArea: fc.constant(2_000_000),
      firstDeliveryAt: fromSnapshot((s, n) =>
        iso(seen(s).nowMs - nth([100, 700, 731, 800], n, 0) * DAY),
      ),
    },
    { requiredKeys: ['deliveredArea', 'totalArea'] },
  ),
  // One owner, or several with an agreement: signed by all, by one fewer, by one more.
  OWNERS_ACT_DIRECTLY: fc
    .record({
      owners: fc.constantFrom(1, 1, 2, 3),
      off: fc.constantFrom(0, 0, -1, 1),
      agreement: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ owners, off, agreement }) =>
      agreement < 8
        ? {
            owners,
            agreement: { reference: 'agreement-1', signatories: Math.max(1, owners + off) },
          }
        : { owners },
    ),
  // Around BJ 30's 5% of 200 owners and of 2,000,000 (0.01 m²); sometimes no applicants.
  APPLY_TO_FORM: mostly(
    fc.record({
      applicants: fc.record({
        owners: fc.constantFrom(9, 10, 11, 201),
        ofOwners: fc.constant(200),
        area: fc.constantFrom(0, 99_999, 100_000, 2_000_001),
      }),
    }),
    10,
    fc.constant({}),
  ),
  DEVELOPER_REPORT: {
    documents: mostly(fc.constant([...REPORT_DOCUMENTS]), 5, fc.subarray([...REPORT_DOCUMENTS])),
  },
  FORM_GROUP: fc.record({
    members: fromSnapshot((s, n) =>
      n % 10 < 3
        ? nth(OTHER_GROUPS, n >> 4, LAWFUL_GROUP)
        : seen(s).procedure === 'formation'
          ? LAWFUL_GROUP
          : RE_ELECTION_GROUP,
    ),
    residentsCommittees: mostly(fc.constant(1), 10, fc.constant(2)),
  }),
  CONFIRM_ROLL: { roll: fc.constant(SAMPLE_ROLL) },
  TRAIN_GROUP: { attendees: fromSnapshot((s, n) => (n % 10 === 0 ? ['stranger'] : groupIds(s))) },
  OBJECT_TO_MEMBER: {
    memberId: fromSnapshot((s, n) => nth([...groupIds(s), 'stranger'], n, 'g1')),
  },
  SETTLE_MEMBER_OBJECTION: fc.record(
    {
      objectionId: fc.constantFrom('m1', 'm2', 'm3'),
      outcome: fc.constantFrom('upheld', 'dismissed'),
      answer: fc.constant('答复'),
      replacement: fc.record({
        id: fc.constantFrom('g10', 'g11', 'g12'),
        seat: fc.constantFrom('owner', 'owner', 'street', 'developer'),
      }),
    },
    { requiredKeys: ['objectionId', 'outcome', 'answer'] },
  ),
  ADOPT_DRAFTS: {
    drafts: mostly(fc.constant([...DRAFTS]), 7, fc.subarray([...DRAFTS])),
    seats: mostly(fc.constant(5), 5, fc.constantFrom(3, 4, 6, 7)),
  },
  // Mostly an owner who is not a candidate yet; now and then one who is, or a stranger.
  NOMINATE: {
    candidateId: fromSnapshot((s, n) => {
      const standing = new Set(seen(s).candidates);
      const fresh = OWNERS.filter((o) => o !== 'stranger' && !standing.has(o));
      return n % 10 === 0 ? nth(OWNERS, n >> 4, 'o1') : nth(fresh, n, 'stranger');
    }),
  },
  VET_CANDIDATE: {
    candidateId: fromSnapshot(nextCandidate('unvetted')),
    grounds: mostly(
      fc.constant([]),
      5,
      fc.constantFrom(...ELIGIBILITY_GROUNDS).map((g) => [g]),
    ),
  },
  SIGN_UNDERTAKING: { candidateId: fromSnapshot(nextCandidate('unsigned')) },
  JOINT_REVIEW: {
    struck: mostly(
      fc.constant([]),
      7,
      fromSnapshot((s, n) => [{ candidateId: someCandidate(s, n), reason: '联审不宜' }]),
    ),
  },
  POST_NOTICE: {
    meetingAt: fromSnapshot((s, n) => iso(seen(s).nowMs + nth([14, 16, 19, 22, 30], n, 16) * DAY)),
  },
  ANSWER_OBJECTION: { objectionId: fc.constantFrom('objection-1', 'objection-2', 'objection-3') },
  OPEN_ELECTION: { closesAt: hoursAhead([1, 8, 48, 72]) },
  // A ballot of a unit of the roll by its owner, approving the candidates on the ballot (or some).
  CAST_BALLOT: fc
    .record({
      ballot: ballotOf('b'),
      system: fc.option(fc.constantFrom('city', 'other'), { nil: undefined }),
      approve: fromSnapshot((s, n) => {
        const onBallot = Object.keys(seen(s).election?.current?.votes ?? {});
        return n % 10 < 7 ? onBallot : someOf(onBallot, n, 5);
      }),
    })
    .map(({ ballot: { k, ...ballot }, system, approve }) => ({
      ...ballot,
      unitId: `u${k}`,
      castBy: `o${k}`,
      // The e-voting system named (BJ 35 ¶3): the city's, another, or none.
      ...(system === undefined ? {} : { system }),
      approve,
    })),
  CHOOSE_OFFICERS: fromSnapshot((s, n) => {
    const { members } = seen(s);
    const chair = members[0] ?? 'o1';
    return { chair, viceChairs: [n % 10 === 0 ? chair : (members[1] ?? 'o2')] };
  }).map((value) => value as object),
  FILE: fc.record(
    {
      documents: mostly(fc.constant([...FILING_DOCUMENTS]), 7, fc.subarray([...FILING_DOCUMENTS])),
      // The term's last day, about two to six years on: some outside SH 20 ¶1's three to five.
      termEndsOn: fromSnapshot((s, n) =>
        iso(seen(s).nowMs + (730 + (n % 1460)) * DAY).slice(0, 10),
      ),
    },
    { requiredKeys: ['documents'] },
  ),
  MEMBERSHIP_ENDS: { memberId: fromSnapshot(someMember) },
  PROPOSE_REMOVAL: { memberId: fromSnapshot(someMember), closesAt: hoursAhead([1, 8, 48]) },
  REMOVAL_BALLOT: fc
    .record({
      ballot: ballotOf('r'),
      choice: fc.constantFrom('agree', 'agree', 'disagree', 'abstain'),
    })
    .map(({ ballot: { k, ...ballot }, choice }) => ({
      ...ballot,
      channel: 'paper',
      unitId: `u${k}`,
      castBy: `o${k}`,
      choice,
    })),
  MEMBER_HANDS_OVER: {
    memberId: fromSnapshot((s, n) =>
      nth([...seen(s).endings.map((e) => e.memberId), ...OWNERS], n, 'o1'),
    ),
  },
  RECORD_MEETING: { attended: memberSubset(6) },
  CALL_MEETING: { proposers: memberSubset(4) },
  HOLD_MEETING: {
    attended: memberSubset(7),
    proxies: mostly(fc.constant([]), 10, fc.constant(['o9'])),
  },
  DECIDE: {
    decisionId: fc.constantFrom('d0', 'd1', 'd2', 'd3', 'd4'),
    consenting: memberSubset(6),
  },
  POST_DECISION: { decisionId: fc.constantFrom('d0', 'd1', 'd2', 'd3', 'd4') },
  // Around the third of the members SH 26 ¶1 asks for.
  PROPOSE_INTERIM_MEETING: {
    proposers: fromSnapshot((s, n) => seen(s).members.slice(0, nth([1, 2, 2, 3], n, 2))),
  },
  REFUSE_TO_CONVENE: {
    officerId: fromSnapshot((s, n) => {
      const { officers } = seen(s);
      return officers.length > 0 && n % 7 !== 0 ? nth(officers, n, 'o1') : someMember(s, n >> 3);
    }),
  },
  // Mostly another member; sometimes the chair or a vice-chair, whom SH 26 ¶4 excludes.
  DESIGNATE_CONVENER: {
    memberId: fromSnapshot((s, n) => {
      const { members, officers } = seen(s);
      const others = members.filter((m) => !officers.includes(m));
      return others.length > 0 && n % 5 !== 0 ? nth(others, n, 'o1') : someMember(s, n >> 3);
    }),
  },
};

/**
 * The instants worth dating an event at in a committee snapshot: the meeting of the notice, the
 * close of the current round, and every deadline's due time.
 */
export function committeeInstants(snapshot: AnyMachineSnapshot): string[] {
  // Read directly, not through `seen`: this runs for a share of all steps.
  const c = snapshot.context as CommitteeContext;
  const notice = 'notice' in c ? c.notice : null;
  const election = 'election' in c ? c.election : null;
  const instants: string[] = [];
  if (notice?.meetingAt !== undefined) instants.push(notice.meetingAt);
  if (election?.current?.closesAt !== undefined) instants.push(election.current.closesAt);
  for (const d of Object.values(c.deadlines)) instants.push(d.due.dueAt);
  return instants;
}

/**
 * An owner casts their own ballot and nominates only themselves: the sender of a ballot or a
 * nomination by an owner is the owner the payload names (now and then another).
 */
export function ownerNamedInPayload(roles: readonly string[]): (
  s: AnyMachineSnapshot,
  n: number,
  payload: Readonly<Record<string, unknown>>,
) => {
  role: string;
  id: string;
} {
  return (_s, n, payload) => {
    const role = nth(roles, n, 'owner');
    if (role !== 'owner') return { role, id: `${role}-1` };
    const named = payload.castBy ?? payload.candidateId;
    const id = typeof named === 'string' && n % 10 !== 0 ? named : nth(OWNERS, n >> 4, 'o1');
    return { role, id };
  };
}
