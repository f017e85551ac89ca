import { allowedEvents, type EventCatalog, ROLES, type RollInput, specOf } from '@jiayuan/core';
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
import { pick, prng } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Ten owners o1…o10, one 100 m² flat each: the roll the generated events use. */
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
const GROUPS = [
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

const SEATS = ['owner', 'owner', 'street', 'developer'] as const;

/** What the generator reads of any committee context (absent parts read as empty). */
interface Seen {
  readonly procedure: CommitteeContext['procedure'];
  readonly now: string;
  readonly deadlines: CommitteeContext['deadlines'];
  readonly members: readonly Member[];
  readonly candidates: readonly Candidate[];
  readonly group: Group | null;
  readonly election: Election | null;
  readonly endings: readonly MembershipEnding[];
  readonly notice: { readonly meetingAt: string } | null;
  /** The chair and vice-chairs of record (none when the context has no officers). */
  readonly officers: readonly string[];
}

function groupIds(context: Seen): string[] {
  return context.group?.members.map((m) => m.id) ?? ['g1'];
}

function subset<T>(rand: () => number, list: readonly T[], p: number): T[] {
  return list.filter(() => rand() < p);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function contextOf(snapshot: AnyMachineSnapshot): Seen {
  const c = snapshot.context as CommitteeContext;
  return {
    procedure: c.procedure,
    now: c.now,
    deadlines: c.deadlines,
    members: c.members,
    candidates: 'candidates' in c ? c.candidates : [],
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

function someMember(rand: () => number, context: Seen): string {
  const members = context.members.map((m) => m.id);
  return pick(rand, members.length > 0 && rand() < 0.9 ? members : OWNERS);
}

function payloadFor(type: string, rand: () => number, context: Seen, atMs: number) {
  const candidates = context.candidates.map((c) => c.id);
  const someCandidate = () =>
    pick(rand, candidates.length > 0 && rand() < 0.9 ? candidates : OWNERS);
  switch (type) {
    case 'RECORD_DELIVERY':
      return {
        deliveredArea: pick(rand, [0, 500_000, 999_999, 1_000_000, 1_500_000, 2_000_000]),
        totalArea: 2_000_000,
        ...(rand() < 0.3
          ? { firstDeliveryAt: iso(atMs - pick(rand, [100, 700, 731, 800]) * DAY) }
          : {}),
      };
    case 'OWNERS_ACT_DIRECTLY': {
      // One owner, or several with an agreement: signed by all, by one fewer, by one more.
      const owners = pick(rand, [1, 1, 2, 3]);
      const signatories = Math.max(1, owners + pick(rand, [0, 0, -1, 1]));
      return rand() < 0.8
        ? { owners, agreement: { reference: 'agreement-1', signatories } }
        : { owners };
    }
    case 'APPLY_TO_FORM':
      // Around BJ 30's 5% of 200 owners and of 2,000,000 (0.01 m²); sometimes no applicants.
      return rand() < 0.9
        ? {
            applicants: {
              owners: pick(rand, [9, 10, 11, 201]),
              ofOwners: 200,
              area: pick(rand, [0, 99_999, 100_000, 2_000_001]),
            },
          }
        : {};
    case 'DEVELOPER_REPORT':
      return {
        documents: rand() < 0.8 ? [...REPORT_DOCUMENTS] : subset(rand, REPORT_DOCUMENTS, 0.7),
      };
    case 'FORM_GROUP':
      if (rand() < 0.3) return { members: pick(rand, GROUPS) };
      return { members: context.procedure === 'formation' ? LAWFUL_GROUP : RE_ELECTION_GROUP };
    case 'CONFIRM_ROLL':
      return { roll: SAMPLE_ROLL };
    case 'TRAIN_GROUP':
      return { attendees: rand() < 0.9 ? groupIds(context) : ['stranger'] };
    case 'OBJECT_TO_MEMBER':
      return { memberId: pick(rand, [...groupIds(context), 'stranger']), text: '异议' };
    case 'SETTLE_MEMBER_OBJECTION':
      return {
        objectionId: `m${1 + Math.floor(rand() * 3)}`,
        outcome: rand() < 0.5 ? 'upheld' : 'dismissed',
        answer: '答复',
        ...(rand() < 0.7
          ? { replacement: { id: `g${10 + Math.floor(rand() * 3)}`, seat: pick(rand, SEATS) } }
          : {}),
      };
    case 'RECORD_STAND_IN':
      return { reference: 'stand-in' };
    case 'ADOPT_DRAFTS':
      return {
        drafts: rand() < 0.85 ? [...DRAFTS] : subset(rand, DRAFTS, 0.7),
        seats: rand() < 0.8 ? 5 : pick(rand, [3, 4, 6, 7]),
      };
    case 'NOMINATE':
      return { candidateId: pick(rand, OWNERS) };
    case 'VET_CANDIDATE':
      return {
        candidateId: someCandidate(),
        grounds: rand() < 0.8 ? [] : [pick(rand, ELIGIBILITY_GROUNDS)],
      };
    case 'SIGN_UNDERTAKING':
      return { candidateId: someCandidate() };
    case 'JOINT_REVIEW':
      return {
        struck: rand() < 0.85 ? [] : [{ candidateId: someCandidate(), reason: '联审不宜' }],
      };
    case 'POST_NOTICE':
      return { meetingAt: iso(atMs + pick(rand, [14, 15, 16, 20]) * DAY) };
    case 'OBJECT':
      return { text: '异议' };
    case 'ANSWER_OBJECTION':
      return { objectionId: `objection-${1 + Math.floor(rand() * 3)}`, answer: '答复' };
    case 'OPEN_ELECTION':
      return { closesAt: iso(atMs + pick(rand, [1, 8, 48]) * HOUR) };
    case 'CAST_BALLOT': {
      const k = 1 + Math.floor(rand() * 10);
      const onBallot = Object.keys(context.election?.current?.votes ?? {});
      return {
        ballotId: `b${Math.floor(rand() * 1e9)}`,
        unitId: `u${k}`,
        castBy: `o${k}`,
        channel: rand() < 0.95 ? 'paper' : 'electronic',
        // The e-voting system named (BJ 35 ¶3): the city's, another, or none.
        ...(rand() < 0.5 ? { system: pick(rand, ['city', 'other']) } : {}),
        approve: rand() < 0.7 ? onBallot : subset(rand, onBallot, 0.5),
      };
    }
    case 'CHOOSE_OFFICERS': {
      const members = context.members.map((m) => m.id);
      return {
        chair: members[0] ?? 'o1',
        viceChairs: [rand() < 0.9 ? (members[1] ?? 'o2') : (members[0] ?? 'o1')],
      };
    }
    case 'FILE':
      return {
        documents: rand() < 0.85 ? [...FILING_DOCUMENTS] : subset(rand, FILING_DOCUMENTS, 0.7),
        // The term's last day, about two to six years on: some outside SH 20 ¶1's three to five.
        ...(rand() < 0.6
          ? {
              termEndsOn: new Date(atMs + (730 + Math.floor(rand() * 1460)) * DAY)
                .toISOString()
                .slice(0, 10),
            }
          : {}),
      };
    case 'RECORD_GUIDANCE':
    case 'ASSIST':
      return { text: '记录' };
    case 'CALL_ASSEMBLY':
      return {
        topic: pick(rand, [
          'routine',
          'hire-dismiss-firm',
          'fee-change',
          'major-repair',
          'other-major',
        ]),
      };
    case 'MEMBERSHIP_ENDS':
      return {
        memberId: someMember(rand, context),
        ground: pick(rand, ['no-longer-owner', 'resigned']),
      };
    case 'PROPOSE_REMOVAL':
      return {
        memberId: someMember(rand, context),
        ground: pick(rand, [
          'unable-to-serve',
          'refuses-to-convene',
          'absent',
          'breaks-undertaking',
        ]),
        closesAt: iso(atMs + pick(rand, [1, 8, 48]) * HOUR),
      };
    case 'REMOVAL_BALLOT': {
      const k = 1 + Math.floor(rand() * 10);
      return {
        ballotId: `r${Math.floor(rand() * 1e9)}`,
        unitId: `u${k}`,
        castBy: `o${k}`,
        channel: 'paper',
        choice: pick(rand, ['agree', 'agree', 'disagree', 'abstain']),
      };
    }
    case 'MEMBER_HANDS_OVER':
      return {
        memberId: pick(rand, [...context.endings.map((e) => e.memberId), ...OWNERS]),
      };
    case 'DECIDE_EARLY_RE_ELECTION':
      return { reason: pick(rand, ['unlawful-decisions', 'cannot-function']) };
    case 'RECORD_MEETING':
      return {
        attended: subset(
          rand,
          context.members.map((m) => m.id),
          0.6,
        ),
      };
    case 'CALL_MEETING':
      return {
        kind: rand() < 0.6 ? 'regular' : 'interim',
        proposers: subset(
          rand,
          context.members.map((m) => m.id),
          0.4,
        ),
      };
    case 'HOLD_MEETING':
      return {
        attended: subset(
          rand,
          context.members.map((m) => m.id),
          0.7,
        ),
        proxies: rand() < 0.1 ? ['o9'] : [],
      };
    case 'DECIDE':
      return {
        decisionId: `d${Math.floor(rand() * 5)}`,
        consenting: subset(
          rand,
          context.members.map((m) => m.id),
          0.6,
        ),
      };
    case 'POST_DECISION':
      return { decisionId: `d${Math.floor(rand() * 5)}` };
    case 'PROPOSE_INTERIM_MEETING':
      // Around the third of the members SH 26 ¶1 asks for.
      return {
        proposers: context.members.slice(0, pick(rand, [1, 2, 2, 3])).map((m) => m.id),
      };
    case 'REFUSE_TO_CONVENE':
      return {
        officerId:
          context.officers.length > 0 && rand() < 0.85
            ? pick(rand, context.officers)
            : someMember(rand, context),
        how: rand() < 0.5 ? 'refused' : 'failed',
      };
    case 'REQUEST_CONVENER':
      return { reference: 'request-1' };
    case 'DESIGNATE_CONVENER': {
      // Mostly another member; sometimes the chair or a vice-chair, whom SH 26 ¶4 excludes.
      const others = context.members.filter((m) => !context.officers.includes(m.id));
      return {
        memberId:
          others.length > 0 && rand() < 0.8 ? pick(rand, others).id : someMember(rand, context),
      };
    }
    default:
      return {};
  }
}

function timeFor(rand: () => number, context: Seen): number {
  const now = Date.parse(context.now);
  const r = rand();
  if (r < 0.55) return now + Math.floor(rand() * 2 * DAY);
  if (r < 0.75) {
    const round = context.election?.current;
    const targets = [
      context.notice?.meetingAt,
      round?.closesAt,
      ...Object.values(context.deadlines).map((d) => d.due.dueAt),
    ].filter((t): t is string => t !== undefined && Date.parse(t) >= now);
    return targets.length > 0 ? Date.parse(pick(rand, targets)) : now + DAY;
  }
  if (r < 0.9) return now + (10 + Math.floor(rand() * 120)) * DAY;
  return now - (1 + Math.floor(rand() * 5)) * DAY;
}

/**
 * A plausible, sometimes broken, input for a committee machine in `snapshot`, from `seed`: mostly
 * an event the state allows with a permitted sender and a sensible payload, sometimes a wrong
 * role, a malformed payload, an unknown type, an event out of order or long after a deadline.
 * Deterministic in the seed.
 */
export function randomCommitteeInput(
  snapshot: AnyMachineSnapshot,
  catalog: EventCatalog,
  seed: number,
): Record<string, unknown> {
  const rand = prng(seed);
  const context = contextOf(snapshot);
  const allowed = allowedEvents(snapshot, catalog);
  const type =
    rand() < 0.02
      ? 'NOT_AN_EVENT'
      : allowed.length > 0 && rand() < 0.8
        ? pick(rand, allowed)
        : pick(rand, catalog.types);
  const spec = specOf(catalog, type);
  const role = spec !== undefined && rand() < 0.9 ? pick(rand, spec.roles) : pick(rand, ROLES);
  const atMs = timeFor(rand, context);
  const payload = payloadFor(type, rand, context, atMs);
  let id = `${role}-1`;
  if (role === 'owner') {
    const named =
      (payload as { candidateId?: unknown; castBy?: unknown }).candidateId ??
      (payload as { castBy?: unknown }).castBy;
    id = typeof named === 'string' && rand() < 0.9 ? named : pick(rand, OWNERS);
  }
  const input: Record<string, unknown> = { type, at: iso(atMs), by: { id, role }, ...payload };
  if (rand() < 0.05) {
    const keys = Object.keys(input);
    const victim = pick(rand, keys);
    if (rand() < 0.5) delete input[victim];
    else input[victim] = pick(rand, [null, 42, '', 'garbage', [], {}]);
  }
  return input;
}
