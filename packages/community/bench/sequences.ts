// Accepted event sequences per machine, taken from each package's own tests, for the throughput
// benches. Each run starts a fresh actor from `input` and sends every event in order.
import { formationMachine, meetingsMachine } from '@jiayuan/committee';
import { LEVEL_RULES, matterMachine } from '@jiayuan/joint-meeting';
import { coverageMachine } from '@jiayuan/party-coverage';
import { dismissalMachine } from '@jiayuan/property-firm';
import type { AnyStateMachine } from 'xstate';
import {
  ev,
  FORMATION_INPUT,
  GROUP,
  MEETINGS_INPUT,
  ROLL,
} from '../../committee/test/support/fixtures.js';
import { input as matterInput } from '../../joint-meeting/test/support.js';
import { input as coverageInput } from '../../party-coverage/test/support.js';
import { ballot, baseInput } from '../../property-firm/test/support.js';

/** One machine, its input, and the events of one run. */
export interface Sequence {
  readonly name: string;
  readonly machine: AnyStateMachine;
  readonly input: unknown;
  readonly events: ReadonlyArray<Record<string, unknown>>;
}

type Step = Record<string, unknown>;
const D = (s: string) => `${s}+08:00`;
const T0 = Date.parse('2026-03-02T09:00:00+08:00');
const dayAt = (d: number, hour = 0) =>
  new Date(T0 + d * 86_400_000 + hour * 3_600_000).toISOString();

/** committee formation: packages/committee/test/formation.scenario.test.ts, refusals left out. */
function formation(): Step[] {
  const steps: Step[] = [
    ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
      deliveredArea: 1_000_000,
      totalArea: 2_000_000,
    }),
    ev('TICK', 'system', D('2026-04-10T00:00:00')),
    ev('OWNERS_REQUEST', 'owner', D('2026-04-15T09:00:00')),
    ev('FORM_GROUP', 'street-office', D('2026-05-06T09:00:00'), { members: GROUP }),
    ev('POST_ROSTER', 'preparatory-group', D('2026-05-12T09:00:00')),
    ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-20T09:00:00'), { roll: ROLL }),
    ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-06-01T09:00:00'), {
      drafts: [
        'management-statute',
        'rules-of-procedure',
        'voting-rules',
        'nomination-method',
        'election-method',
      ],
      seats: 5,
    }),
  ];
  for (const id of ['o1', 'o2', 'o3', 'o4', 'o5', 'o6']) {
    steps.push(ev('NOMINATE', 'owner', D('2026-06-02T09:00:00'), { candidateId: id }, id));
    steps.push(ev('SIGN_UNDERTAKING', 'owner', D('2026-06-02T09:00:00'), { candidateId: id }, id));
  }
  steps.push(
    ev('NOMINATE', 'residential-party-organisation', D('2026-06-03T09:00:00'), {
      candidateId: 'o7',
    }),
  );
  for (const id of ['o1', 'o2', 'o3', 'o4', 'o5']) {
    steps.push(
      ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
        candidateId: id,
        grounds: [],
      }),
    );
  }
  steps.push(
    ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
      candidateId: 'o6',
      grounds: ['feeArrears'],
    }),
    ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
      candidateId: 'o7',
      grounds: ['illegalConstruction'],
    }),
    ev('REPORT_CANDIDATES', 'preparatory-group', D('2026-06-10T09:00:00')),
    ev('JOINT_REVIEW', 'street-party-committee', D('2026-06-15T09:00:00'), { struck: [] }),
    ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
      meetingAt: D('2026-07-05T09:00:00'),
    }),
    ev('OBJECT', 'owner', D('2026-06-25T09:00:00'), { text: '候选人信息不全' }, 'o9'),
    ev('ANSWER_OBJECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
      objectionId: 'objection-1',
      answer: '已补充',
    }),
    ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
      closesAt: D('2026-07-05T17:00:00'),
    }),
  );
  for (let i = 1; i <= 8; i++) {
    const approve = ['o1', 'o2', 'o3', 'o4', i <= 4 ? 'o5' : 'o6'];
    steps.push(
      ev(
        'CAST_BALLOT',
        'owner',
        D('2026-07-05T10:00:00'),
        { ballotId: `b${i}`, unitId: `u${i}`, castBy: `o${i}`, channel: 'paper', approve },
        `o${i}`,
      ),
    );
  }
  steps.push(
    ev('CLOSE_ELECTION', 'preparatory-group', D('2026-07-05T17:00:00')),
    ev('REPORT_CANDIDATES', 'preparatory-group', D('2026-07-06T09:00:00')),
    ev('JOINT_REVIEW', 'street-party-committee', D('2026-07-06T10:00:00'), { struck: [] }),
    ev('POST_NOTICE', 'preparatory-group', D('2026-07-06T11:00:00'), {
      meetingAt: D('2026-07-21T09:00:00'),
    }),
    ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-21T09:00:00'), {
      closesAt: D('2026-07-21T17:00:00'),
    }),
  );
  for (let i = 1; i <= 7; i++) {
    steps.push(
      ev(
        'CAST_BALLOT',
        'owner',
        D('2026-07-21T10:00:00'),
        {
          ballotId: `r2b${i}`,
          unitId: `u${i}`,
          castBy: `o${i}`,
          channel: 'paper',
          approve: ['o5'],
        },
        `o${i}`,
      ),
    );
  }
  steps.push(
    ev('CLOSE_ELECTION', 'preparatory-group', D('2026-07-21T17:00:00')),
    ev('CHOOSE_OFFICERS', 'committee', D('2026-07-22T09:00:00'), {
      chair: 'o1',
      viceChairs: ['o2'],
    }),
    ev('POST_RESULT', 'preparatory-group', D('2026-07-23T09:00:00')),
    ev('FILE', 'committee', D('2026-08-10T09:00:00'), {
      documents: [
        'minutes-and-decisions',
        'rules-of-procedure',
        'management-statute',
        'fund-statute',
        'members-and-undertakings',
        'training-records',
      ],
    }),
    ev('COMPLETE_FILING', 'street-office', D('2026-08-25T09:00:00')),
  );
  return steps;
}

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

/** property-firm dismissal: the passing run of test/walks.ts (a vote of 10 ballots, notice, hand-over). */
function dismissal(): Step[] {
  const F = (day: number, hour = 10) =>
    new Date(Date.UTC(2026, 2, 1 + day, hour - 8)).toISOString();
  const fev = (type: string, role: string, at: string, payload: Step = {}) =>
    ev(type, role, at, payload);
  return [
    fev('PROPOSE_DISMISSAL', 'committee', F(1)),
    fev('CALL_ASSEMBLY', 'committee', F(1), { opensAt: F(16), closesAt: F(21) }),
    fev('OPEN_VOTE', 'committee', F(16), { voteId: 'a' }),
    ...[1, 2, 3, 4, 5].flatMap((n) =>
      [1, 2].map((b) =>
        fev('CAST_BALLOT', 'committee', F(17), {
          ballot: ballot(b, n, 'agree', F(17), 'paper', `a-${b}-${n}`),
        }),
      ),
    ),
    fev('CLOSE_VOTE', 'committee', F(22)),
    fev('SERVE_DISMISSAL_NOTICE', 'committee', F(23), { effectiveAt: F(84) }),
    fev('TICK', 'system', F(84, 12)),
    ...['documents', 'maintenance-records', 'public-revenue-balance', 'management-premises'].map(
      (item) => fev('HAND_OVER_ITEM', 'property-firm', F(85), { item, receipt: 'R' }),
    ),
    fev('COMPLETE_HANDOVER', 'committee', F(85)),
    fev('SUCCESSOR_TAKES_OVER', 'committee', F(87), { firmId: 'new' }),
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
    events: formation(),
  },
  {
    name: 'committee meetings',
    machine: meetingsMachine,
    input: MEETINGS_INPUT,
    events: meetings(),
  },
  {
    name: 'property-firm dismissal',
    machine: dismissalMachine,
    input: baseInput(),
    events: dismissal(),
  },
  {
    name: 'party-coverage coverage',
    machine: coverageMachine,
    input: coverageInput({ census: { headcount: 20, full: 6, probationary: 0 } }),
    events: coverage(),
  },
  { name: 'joint-meeting matter', machine: matterMachine, input: matterInput(), events: matter() },
];
