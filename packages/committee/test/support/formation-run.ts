// The accepted event sequence of a complete dated formation, shared by the committee's tests and
// the community throughput benchmarks (packages/community/bench), so the two cannot drift apart.
import { ev, GROUP, ROLL } from './fixtures.js';

type Step = Record<string, unknown>;
const D = (s: string) => `${s}+08:00`;

/**
 * The accepted events of the dated Shanghai formation (formation.scenario.test.ts, its refusals
 * left out): trigger, group, training, roll, drafts, two election rounds, officers, filing.
 * The community benchmarks replay it; formation.run.test.ts keeps it accepted.
 */
export function formationRun(): Step[] {
  const steps: Step[] = [
    ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
      deliveredArea: 1_000_000,
      totalArea: 2_000_000,
    }),
    ev('TICK', 'system', D('2026-04-10T00:00:00')),
    ev('OWNERS_REQUEST', 'owner', D('2026-04-15T09:00:00')),
    ev('FORM_GROUP', 'street-office', D('2026-05-06T09:00:00'), { members: GROUP }),
    ev('POST_ROSTER', 'preparatory-group', D('2026-05-12T09:00:00')),
    ev('TRAIN_GROUP', 'street-office', D('2026-05-14T09:00:00'), {
      attendees: GROUP.map((m) => m.id),
    }),
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
      termEndsOn: '2030-07-21',
    }),
    ev('COMPLETE_FILING', 'street-office', D('2026-08-25T09:00:00')),
  );
  return steps;
}
