// The accepted events of a complete dated formation under the `beijing` profile: the owners'
// application (BJ 30), the street office's review and the leader (BJ 31), the group, an election
// with a residents' committee nominee (BJ 40 ¶1 (二)), officers at the first meeting and their
// posting (BJ 42), filing (BJ 43). Every date is checked by hand in beijing.scenario.test.ts.
import { beijing } from '@jiayuan/core';
import type { FormationInput } from '../../src/shared/input.js';
import { ev, ROLL } from './fixtures.js';

type Step = Record<string, unknown>;
const D = (s: string) => `${s}+08:00`;

/** A Beijing formation: a 20,000 m² complex starting 2026-03-02. */
export const BEIJING_FORMATION_INPUT: FormationInput = {
  procedure: 'formation',
  complexId: 'c1',
  floorArea: 2_000_000,
  startAt: D('2026-03-02T09:00:00'),
  profile: beijing,
};

/**
 * A lawful Beijing preparatory group (BJ 31 ¶4): seven, odd, four owner representatives (not
 * less than half), led by the residents' committee worker the street office appointed (BJ 31 ¶1).
 */
export const BEIJING_GROUP = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-o4', seat: 'owner' },
  { id: 'g-dev', seat: 'developer' },
  { id: 'g-street', seat: 'street' },
  { id: 'g-rc', seat: 'residents-committee', leader: true },
];

const FILING = [
  'minutes-and-decisions',
  'rules-of-procedure',
  'management-statute',
  'fund-statute',
  'members-and-undertakings',
  'training-records',
];

/** The run up to and including its first event of `type` (the whole run when absent). */
export function beijingRunUpTo(type?: string): Step[] {
  const run = beijingFormationRun();
  if (type === undefined) return run;
  const index = run.findIndex((e) => e.type === type);
  if (index < 0) throw new Error(`no ${type} in the run`);
  return run.slice(0, index + 1);
}

/** The accepted events of the dated Beijing formation. */
export function beijingFormationRun(): Step[] {
  const steps: Step[] = [
    ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
      deliveredArea: 1_000_000,
      totalArea: 2_000_000,
    }),
    ev(
      'APPLY_TO_FORM',
      'owner',
      D('2026-03-16T09:00:00'),
      { applicants: { owners: 1, ofOwners: 10, area: 10_000 } },
      'o1',
    ),
    ev('APPOINT_GROUP_LEADER', 'street-office', D('2026-04-15T09:00:00')),
    ev('FORM_GROUP', 'street-office', D('2026-05-15T09:00:00'), { members: BEIJING_GROUP }),
    ev('POST_ROSTER', 'preparatory-group', D('2026-05-20T09:00:00')),
    ev('TRAIN_GROUP', 'street-office', D('2026-05-21T09:00:00'), {
      attendees: BEIJING_GROUP.map((m) => m.id),
    }),
    ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-25T09:00:00'), { roll: ROLL }),
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
  for (const id of ['o1', 'o2', 'o3', 'o4', 'o5']) {
    steps.push(ev('NOMINATE', 'owner', D('2026-06-02T09:00:00'), { candidateId: id }, id));
  }
  steps.push(
    ev('NOMINATE', 'residents-committee', D('2026-06-03T09:00:00'), { candidateId: 'o6' }),
  );
  for (const id of ['o1', 'o2', 'o3', 'o4', 'o5', 'o6']) {
    steps.push(
      ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
        candidateId: id,
        grounds: [],
      }),
    );
  }
  steps.push(
    ev('REPORT_CANDIDATES', 'preparatory-group', D('2026-06-10T09:00:00')),
    ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
      meetingAt: D('2026-07-05T09:00:00'),
    }),
    ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
      closesAt: D('2026-07-05T17:00:00'),
    }),
  );
  for (let i = 1; i <= 8; i++) {
    steps.push(
      ev(
        'CAST_BALLOT',
        'owner',
        D('2026-07-05T10:00:00'),
        {
          ballotId: `b${i}`,
          unitId: `u${i}`,
          castBy: `o${i}`,
          // Two owners vote over the internet, through the city's e-voting system (BJ 35 ¶3).
          ...(i <= 2 ? { channel: 'electronic', system: 'city' } : { channel: 'paper' }),
          approve: ['o2', 'o3', 'o4', 'o5', 'o6'],
        },
        `o${i}`,
      ),
    );
  }
  steps.push(
    ev('CLOSE_ELECTION', 'preparatory-group', D('2026-07-05T17:00:00')),
    ev('CHOOSE_OFFICERS', 'committee', D('2026-07-10T09:00:00'), {
      chair: 'o2',
      viceChairs: ['o3'],
    }),
    ev('POST_RESULT', 'preparatory-group', D('2026-07-13T09:00:00')),
    // BJ 41 ¶1: a term of at most five years.
    ev('FILE', 'committee', D('2026-07-20T09:00:00'), {
      documents: FILING,
      termEndsOn: '2030-07-05',
    }),
    ev('COMPLETE_FILING', 'street-office', D('2026-07-24T09:00:00')),
  );
  return steps;
}
