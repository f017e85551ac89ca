// Accepted event sequences per machine, taken from each package's own tests, for the throughput
// benches: every machine the packages export, in package order. Each run starts a fresh actor
// from `input` and sends every event in order. Hiring and contract term are the first runs of
// property-firm/test/walks.ts; the stand-in, disclosure calendar and the assembly's machines are
// built in sequences-more.ts.
import {
  assemblyMachine,
  fundEmergencyMachine,
  fundReRaiseMachine,
  fundUseMachine,
} from '@jiayuan/assembly';
import {
  formationMachine,
  meetingsMachine,
  membershipMachine,
  reElectionMachine,
  standInMachine,
} from '@jiayuan/committee';
import { disclosureMachine, LEVEL_RULES, matterMachine } from '@jiayuan/joint-meeting';
import { coverageMachine } from '@jiayuan/party-coverage';
import { contractTermMachine, dismissalMachine, hiringMachine } from '@jiayuan/property-firm';
import type { AnyStateMachine } from 'xstate';
import { meetingInput } from '../../assembly/test/meeting/support.js';
import {
  ev,
  FORMATION_INPUT,
  MEETINGS_INPUT,
  MEMBERSHIP_INPUT,
  RE_ELECTION_INPUT,
} from '../../committee/test/support/fixtures.js';
import { formationRun } from '../../committee/test/support/formation-run.js';
import { reElectionRun } from '../../committee/test/support/reelection-run.js';
import { BJ_INPUT } from '../../committee/test/support/stand-in-fixtures.js';
import { dInput } from '../../joint-meeting/test/disclosure/support.js';
import { input as matterInput } from '../../joint-meeting/test/support.js';
import { input as coverageInput } from '../../party-coverage/test/support.js';
import { baseInput, hiringInput, termInput } from '../../property-firm/test/support.js';
import {
  CONTRACT_ENDS_AT,
  D as F,
  hiringRun,
  renewalRun,
  vote,
} from '../../property-firm/test/walks.js';
import {
  assemblyMeeting,
  disclosure,
  FUND_EMERGENCY_INPUT,
  FUND_RE_RAISE_INPUT,
  FUND_USE_INPUT,
  fundEmergency,
  fundReRaise,
  fundUse,
  standIn,
} from './sequences-more.js';

/** One machine, its input, and the events of one run. */
export interface Sequence {
  readonly name: string;
  readonly machine: AnyStateMachine;
  readonly input: unknown;
  readonly events: ReadonlyArray<Record<string, unknown>>;
}

type Step = Record<string, unknown>;
const T0 = Date.parse('2026-03-02T09:00:00+08:00');
const dayAt = (d: number, hour = 0) =>
  new Date(T0 + d * 86_400_000 + hour * 3_600_000).toISOString();

/** committee meetings: the call, hold, decide, close, post cycle of meetings.test.ts, ×10. */
function meetings(): Step[] {
  const chair = 'committee-chair';
  return Array.from({ length: 10 }, (_, i) => {
    const d = 3 + i * 30;
    return [
      ev('CALL_MEETING', chair, dayAt(d, 1), { kind: 'regular' }),
      ev('HOLD_MEETING', chair, dayAt(d + 1, 10), { attended: ['o1', 'o2', 'o3'] }),
      ev('DECIDE', chair, dayAt(d + 1, 11), {
        decisionId: `d${i}`,
        consenting: ['o1', 'o2', 'o3'],
      }),
      ev('CLOSE_MEETING', chair, dayAt(d + 1, 12)),
      ev('POST_DECISION', 'committee', dayAt(d + 2, 1), { decisionId: `d${i}` }),
    ];
  }).flat();
}

/**
 * committee membership: the steps of membership.test.ts and membership.owned.test.ts in one run —
 * four meetings, a removal vote of 7 ballots (o5 absent, SH 31), two resignations filled by the
 * substitutes, a third ending leaving a vacancy, and a by-election of one seat with 8 ballots.
 */
function membership(): Step[] {
  const D = (s: string) => `${s}+08:00`;
  const C = 'committee';
  const all = ['o1', 'o2', 'o3', 'o4'];
  const meet = (day: string, attended: string[]) =>
    ev('RECORD_MEETING', C, D(`${day}T19:00:00`), { attended });
  const ballots = (type: string, at: string, payload: (i: number) => Step) =>
    Array.from({ length: 8 }, (_, k) => k + 1).map((i) =>
      ev(type, 'owner', D(at), { ...payload(i) }, `o${i}`),
    );
  return [
    meet('2026-03-05', [...all, 'o5']),
    meet('2026-05-05', [...all, 'o5']),
    meet('2026-07-05', all),
    meet('2026-09-05', all),
    ev('PROPOSE_REMOVAL', C, D('2026-09-06T09:00:00'), {
      memberId: 'o5',
      ground: 'absent',
      closesAt: D('2026-09-06T18:00:00'),
    }),
    ...ballots('REMOVAL_BALLOT', '2026-09-06T10:00:00', (i) => ({
      ballotId: `r${i}`,
      unitId: `u${i}`,
      castBy: `o${i}`,
      channel: 'paper',
      choice: 'agree',
    })).slice(0, 7),
    ev('CLOSE_REMOVAL_VOTE', C, D('2026-09-06T18:00:00')),
    ev('MEMBERSHIP_ENDS', C, D('2026-09-10T09:00:00'), { memberId: 'o2', ground: 'resigned' }),
    ev('MEMBER_HANDS_OVER', C, D('2026-09-12T09:00:00'), { memberId: 'o2' }),
    ev('MEMBERSHIP_ENDS', 'street-office', D('2026-09-20T09:00:00'), {
      memberId: 'o4',
      ground: 'no-longer-owner',
    }),
    ev('START_BY_ELECTION', C, D('2026-09-21T09:00:00')),
    ev('NOMINATE', 'owner', D('2026-09-22T09:00:00'), { candidateId: 'o8' }, 'o8'),
    ev('SIGN_UNDERTAKING', 'owner', D('2026-09-22T09:00:00'), { candidateId: 'o8' }, 'o8'),
    ev('VET_CANDIDATE', C, D('2026-09-23T09:00:00'), { candidateId: 'o8', grounds: [] }),
    ev('REPORT_CANDIDATES', C, D('2026-09-24T09:00:00')),
    ev('JOINT_REVIEW', 'street-party-committee', D('2026-09-25T09:00:00'), { struck: [] }),
    ev('POST_NOTICE', C, D('2026-09-26T09:00:00'), { meetingAt: D('2026-10-15T09:00:00') }),
    ev('OBJECT', 'owner', D('2026-09-27T09:00:00'), { text: '异议' }, 'o9'),
    ev('ANSWER_OBJECTION', C, D('2026-09-28T09:00:00'), {
      objectionId: 'objection-1',
      answer: '答复',
    }),
    ev('TICK', 'system', D('2026-10-15T09:00:00')),
    ev('OPEN_ELECTION', C, D('2026-10-15T09:00:00'), { closesAt: D('2026-10-15T17:00:00') }),
    ...ballots('CAST_BALLOT', '2026-10-15T10:00:00', (i) => ({
      ballotId: `b${i}`,
      unitId: `u${i}`,
      castBy: `o${i}`,
      channel: 'paper',
      approve: ['o8'],
    })),
    ev('CLOSE_ELECTION', C, D('2026-10-15T17:00:00')),
  ];
}

/** property-firm dismissal: the passing run of test/walks.ts (a vote of 10 ballots, notice, hand-over). */
function dismissal(): Step[] {
  return [
    ev('PROPOSE_DISMISSAL', 'committee', F(1)),
    // VOTE-15: the report to the party organisation and the written notice precede the call.
    ...vote(1, true, 'a'),
    ev('SERVE_DISMISSAL_NOTICE', 'committee', F(23), { effectiveAt: F(84) }),
    ev('TICK', 'system', F(84, 12)),
    ...['documents', 'maintenance-records', 'public-revenue-balance', 'management-premises'].map(
      (item) => ev('HAND_OVER_ITEM', 'property-firm', F(85), { item, receipt: 'R' }),
    ),
    ev('COMPLETE_HANDOVER', 'committee', F(85)),
    ev('SUCCESSOR_TAKES_OVER', 'committee', F(87), { firmId: 'new' }),
  ];
}

/** party-coverage: the PARTY-3 test (branch, then census 7 ↔ 6), repeated to 41 events. */
function coverage(): Step[] {
  const HIGHER = 'higher-party-organisation';
  const census = (full: number) => ({ census: { headcount: 20, full, probationary: 0 } });
  return [
    ev('APPROVE_BRANCH', HIGHER, dayAt(1), { branchId: 'b' }),
    ...Array.from({ length: 40 }, (_, i) =>
      ev('CENSUS_UPDATED', 'committee', dayAt(2 + i), census(i % 2 === 0 ? 7 : 6)),
    ),
  ];
}

/** joint-meeting matter: matter.test.ts "reaches the district" (meet, escalate ×3, resolve). */
function matter(): Step[] {
  const meet = (level: keyof typeof LEVEL_RULES, at: string) => {
    const { convener, required } = LEVEL_RULES[level];
    return ev('HOLD_MEETING', convener, at, { participants: [...required], minutes: '纪要' });
  };
  const up = (from: keyof typeof LEVEL_RULES, toLevel: string, at: string) =>
    ev('ESCALATE', LEVEL_RULES[from].convener, at, { toLevel, reason: 'r' });
  return [
    meet('complex', dayAt(1)),
    up('complex', 'residential-area', dayAt(2)),
    meet('residential-area', dayAt(3)),
    up('residential-area', 'street', dayAt(4)),
    meet('street', dayAt(5)),
    up('street', 'district', dayAt(6)),
    meet('district', dayAt(7)),
    ev('RESOLVE', LEVEL_RULES.district.convener, dayAt(9), { outcome: '区房管局督办' }),
  ];
}

export const SEQUENCES: readonly Sequence[] = [
  {
    name: 'committee formation',
    machine: formationMachine,
    input: FORMATION_INPUT,
    events: formationRun(),
  },
  {
    name: 'committee re-election',
    machine: reElectionMachine,
    input: RE_ELECTION_INPUT,
    events: reElectionRun(),
  },
  {
    name: 'committee membership',
    machine: membershipMachine,
    input: MEMBERSHIP_INPUT,
    events: membership(),
  },
  {
    name: 'committee meetings',
    machine: meetingsMachine,
    input: MEETINGS_INPUT,
    events: meetings(),
  },
  { name: 'committee stand-in', machine: standInMachine, input: BJ_INPUT, events: standIn() },
  {
    name: 'property-firm dismissal',
    machine: dismissalMachine,
    input: baseInput(),
    events: dismissal(),
  },
  {
    name: 'property-firm hiring',
    machine: hiringMachine,
    input: hiringInput(),
    events: hiringRun(),
  },
  {
    name: 'property-firm contract term',
    machine: contractTermMachine,
    input: termInput(CONTRACT_ENDS_AT),
    events: renewalRun(),
  },
  {
    name: 'party-coverage coverage',
    machine: coverageMachine,
    input: coverageInput({ census: { headcount: 20, full: 6, probationary: 0 } }),
    events: coverage(),
  },
  { name: 'joint-meeting matter', machine: matterMachine, input: matterInput(), events: matter() },
  {
    name: 'joint-meeting disclosure calendar',
    machine: disclosureMachine,
    input: dInput(),
    events: disclosure(),
  },
  {
    name: 'assembly meeting',
    machine: assemblyMachine,
    input: meetingInput(),
    events: assemblyMeeting(),
  },
  {
    name: 'assembly fund use',
    machine: fundUseMachine,
    input: FUND_USE_INPUT,
    events: fundUse(),
  },
  {
    name: 'assembly emergency repair',
    machine: fundEmergencyMachine,
    input: FUND_EMERGENCY_INPUT,
    events: fundEmergency(),
  },
  {
    name: 'assembly fund re-raise',
    machine: fundReRaiseMachine,
    input: FUND_RE_RAISE_INPUT,
    events: fundReRaise(),
  },
];
