// The accepted event sequence of a complete dated Shanghai re-election (the one
// reelection.scenario.test.ts checks by hand, its refusals left out): report, group, hand-over,
// roll, seats, election, officers, filing, the audit posted for 30 days.
import { ev, RE_GROUP, ROLL } from './fixtures.js';

type Step = Record<string, unknown>;
const D = (s: string) => `${s}+08:00`;
const G = 're-election-group';
const CANDIDATES = ['o1', 'o2', 'o3', 'o6', 'o7'];

/** The accepted events of the dated re-election, from the report to its completion. */
export function reElectionRun(): Step[] {
  const steps: Step[] = [
    ev('REPORT_TERM_END', 'committee', D('2026-07-20T09:00:00')),
    ev('CALL_ASSEMBLY', 'committee', D('2026-08-01T09:00:00'), { topic: 'hire-dismiss-firm' }),
    ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), { members: RE_GROUP }),
    ev('CALL_ASSEMBLY', 'committee', D('2026-08-15T09:00:00'), { topic: 'routine' }),
    ev('HAND_OVER_RECORDS', 'committee', D('2026-08-18T09:00:00')),
    ev('CONFIRM_ROLL', G, D('2026-08-25T09:00:00'), { roll: ROLL }),
    ev('ADOPT_DRAFTS', G, D('2026-08-26T09:00:00'), { drafts: [], seats: 5 }),
  ];
  for (const id of CANDIDATES) {
    steps.push(ev('NOMINATE', 'owner', D('2026-09-01T09:00:00'), { candidateId: id }, id));
    steps.push(ev('SIGN_UNDERTAKING', 'owner', D('2026-09-01T09:00:00'), { candidateId: id }, id));
  }
  for (const id of CANDIDATES) {
    steps.push(ev('VET_CANDIDATE', G, D('2026-09-05T09:00:00'), { candidateId: id, grounds: [] }));
  }
  steps.push(
    ev('REPORT_CANDIDATES', G, D('2026-09-10T09:00:00')),
    ev('JOINT_REVIEW', 'street-party-committee', D('2026-09-15T09:00:00'), { struck: [] }),
    ev('POST_NOTICE', G, D('2026-10-20T09:00:00'), { meetingAt: D('2026-11-04T09:00:00') }),
    ev('OBJECT', 'owner', D('2026-10-25T09:00:00'), { text: '候选人信息不全' }, 'o9'),
    ev('ANSWER_OBJECTION', G, D('2026-10-26T09:00:00'), {
      objectionId: 'objection-1',
      answer: '已补充',
    }),
    ev('OPEN_ELECTION', G, D('2026-11-04T09:00:00'), { closesAt: D('2026-11-08T17:00:00') }),
  );
  for (let i = 1; i <= 8; i++) {
    steps.push(
      ev(
        'CAST_BALLOT',
        'owner',
        D('2026-11-05T10:00:00'),
        {
          ballotId: `b${i}`,
          unitId: `u${i}`,
          castBy: `o${i}`,
          channel: 'paper',
          approve: CANDIDATES,
        },
        `o${i}`,
      ),
    );
  }
  steps.push(
    ev('CLOSE_ELECTION', G, D('2026-11-08T17:00:00')),
    ev('CALL_ASSEMBLY', 'committee', D('2026-11-09T09:00:00'), { topic: 'fee-change' }),
    ev('CHOOSE_OFFICERS', 'committee', D('2026-11-09T10:00:00'), {
      chair: 'o1',
      viceChairs: ['o2'],
    }),
    ev('POST_RESULT', G, D('2026-11-10T09:00:00')),
    ev('FILE', 'committee', D('2026-12-01T09:00:00'), {
      documents: [
        'minutes-and-decisions',
        'rules-of-procedure',
        'management-statute',
        'fund-statute',
        'members-and-undertakings',
        'training-records',
      ],
      termEndsOn: '2030-11-09',
    }),
    ev('POST_AUDIT', 'committee', D('2026-12-05T09:00:00'), {
      auditor: '某会计师事务所',
      covers: ['maintenance-fund', 'public-revenue', 'committee-funds'],
    }),
    ev('COMPLETE_FILING', 'street-office', D('2026-12-10T09:00:00')),
    ev('AUTHORITY_HANDOVER', 'housing-office', D('2026-12-15T09:00:00')),
    ev('TICK', 'system', D('2027-01-05T00:00:00')),
  );
  return steps;
}
