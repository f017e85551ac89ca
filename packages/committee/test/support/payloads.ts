// A lawful payload of every committee event in a given snapshot (for the ownership checks):
// the ids it names are the ones the snapshot has — its first member, candidate, open objection.
import { addMonths, localDateOf, RollSchema } from '@jiayuan/core';
import type { AnyMachineSnapshot } from 'xstate';
import { REPORT_DOCUMENTS } from '../../src/formation/rules.js';
import { DRAFTS } from '../../src/group/rules.js';
import { FILING_DOCUMENTS } from '../../src/seating/rules.js';
import { GROUP, RE_GROUP, ROLL } from './fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Seen {
  readonly procedure: string;
  readonly now: string;
  readonly milestones?: Readonly<Record<string, string | undefined>>;
  readonly group?: {
    readonly members: readonly { readonly id: string }[];
    readonly memberObjections: readonly { readonly id: string; readonly settlement: unknown }[];
  } | null;
  readonly members?: readonly { readonly id: string }[];
  readonly candidates?: readonly { readonly id: string }[];
  readonly objections?: readonly { readonly id: string; readonly answer: string | null }[];
  readonly deadlines: Readonly<Record<string, { readonly id: string; readonly status: string }>>;
}

/** A payload of `type` (without type, at, by) that the rules accept in `snapshot`, where any is. */
export function samplePayload(type: string, snapshot: AnyMachineSnapshot): Record<string, unknown> {
  const c = snapshot.context as Seen;
  const now = Date.parse(c.now);
  const iso = (ms: number) => new Date(ms).toISOString();
  const member = c.members?.[0]?.id ?? 'o1';
  const nominated = new Set((c.candidates ?? []).map((x) => x.id));
  const candidate = c.candidates?.[0]?.id ?? 'o8';
  const pending = (prefix: string) =>
    Object.values(c.deadlines).find(
      (d) => d.id.startsWith(prefix) && (d.status === 'pending' || d.status === 'missed'),
    );
  const groupIds = (c.group?.members ?? []).map((m) => m.id);
  const members = (c.members ?? []).map((m) => m.id);
  switch (type) {
    case 'RECORD_DELIVERY':
      return { deliveredArea: 0, totalArea: 2_000_000 };
    case 'OWNERS_ACT_DIRECTLY':
      return { owners: 1 };
    case 'DEVELOPER_REPORT':
      return { documents: [...REPORT_DOCUMENTS] };
    case 'APPLY_TO_FORM':
      return { applicants: { owners: 1, ofOwners: 10, area: 10_000 } };
    case 'FORM_GROUP':
      return {
        members: (c.procedure === 'formation' ? GROUP : RE_GROUP).map((m) => ({
          leader: false,
          ...m,
        })),
        residentsCommittees: 1,
      };
    case 'TRAIN_GROUP':
      return { attendees: groupIds };
    case 'OBJECT_TO_MEMBER':
      return { memberId: groupIds[0] ?? 'g-o1', text: '异议' };
    case 'SETTLE_MEMBER_OBJECTION':
      return {
        objectionId: c.group?.memberObjections.find((o) => o.settlement === null)?.id ?? 'm1',
        outcome: 'dismissed',
        answer: '答复',
      };
    case 'RECORD_STAND_IN':
      return { reference: 'stand-in-1' };
    case 'CONFIRM_ROLL':
      return { roll: RollSchema.parse(ROLL) };
    case 'ADOPT_DRAFTS':
      return { drafts: [...DRAFTS], seats: 5 };
    case 'CHOOSE_OFFICERS':
      return { chair: members[0] ?? 'o1', viceChairs: [members[1] ?? 'o2'] };
    case 'FILE':
      // SH 20 ¶1: three to five years from the election; four here.
      return {
        documents: [...FILING_DOCUMENTS],
        termEndsOn: addMonths(localDateOf(c.milestones?.elected ?? c.now), 48),
      };
    case 'RECORD_GUIDANCE':
    case 'ASSIST':
      return { text: '记录' };
    case 'CALL_ASSEMBLY':
      return { topic: 'routine' };
    case 'POST_AUDIT':
      return {
        auditor: '审计所',
        covers: ['maintenance-fund', 'public-revenue', 'committee-funds'],
      };
    case 'MEMBERSHIP_ENDS':
      return { memberId: member, ground: 'resigned' };
    case 'PROPOSE_REMOVAL':
      return { memberId: member, ground: 'unable-to-serve', closesAt: iso(now + DAY) };
    case 'REMOVAL_BALLOT':
      return { ballotId: 'r-x', unitId: 'u1', castBy: 'o1', channel: 'paper', choice: 'agree' };
    case 'MEMBER_HANDS_OVER':
      return {
        memberId: pending('member-handover:')?.id.slice('member-handover:'.length) ?? member,
      };
    case 'DECIDE_EARLY_RE_ELECTION':
      return { reason: 'cannot-function' };
    case 'RECORD_MEETING':
      return { attended: [member] };
    case 'NOMINATE':
      return {
        candidateId:
          Array.from({ length: 10 }, (_, i) => `o${i + 1}`).find((id) => !nominated.has(id)) ??
          'o10',
      };
    case 'VET_CANDIDATE':
      return { candidateId: candidate, grounds: [] };
    case 'SIGN_UNDERTAKING':
      return { candidateId: candidate };
    case 'JOINT_REVIEW':
      return { struck: [] };
    case 'POST_NOTICE':
      return { meetingAt: iso(now + 20 * DAY) };
    case 'OBJECT':
      return { text: '异议' };
    case 'ANSWER_OBJECTION':
      return {
        objectionId: c.objections?.find((o) => o.answer === null)?.id ?? 'objection-1',
        answer: '答复',
      };
    case 'OPEN_ELECTION':
      return { closesAt: iso(now + DAY) };
    case 'CAST_BALLOT':
      return {
        ballotId: 'b-x',
        unitId: 'u1',
        castBy: 'o1',
        channel: 'paper',
        approve: [],
        oppose: [],
      };
    case 'CALL_MEETING':
      return { kind: 'regular', proposers: [] };
    case 'HOLD_MEETING':
      return { attended: (c.members ?? []).map((m) => m.id), proxies: [] };
    case 'DECIDE':
      return { decisionId: 'd-x', consenting: (c.members ?? []).map((m) => m.id) };
    case 'POST_DECISION':
      return {
        decisionId: pending('decision-posting:')?.id.slice('decision-posting:'.length) ?? 'd1',
      };
    case 'DESIGNATE_CONVENER':
      return { memberId: member };
    default:
      return {};
  }
}
