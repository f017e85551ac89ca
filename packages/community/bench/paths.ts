// Path generation per machine, with the helpers and event sets of each package's path tests.
import {
  formationEvents,
  formationMachine,
  meetingsEvents,
  meetingsMachine,
} from '@jiayuan/committee';
import { LEVEL_ORDER, LEVEL_RULES, matterMachine } from '@jiayuan/joint-meeting';
import { type CoverageContext, coverageMachine } from '@jiayuan/party-coverage';
import { pathCoverage } from '@jiayuan/testing';
import { FORMATION_INPUT, MEETINGS_WITH_OFFICERS } from '../../committee/test/support/fixtures.js';
import { exploreCommitteeMachine } from '../../committee/test/support/paths.js';
import { input as matterInput } from '../../joint-meeting/test/support.js';
import { input as coverageInput } from '../../party-coverage/test/support.js';
import { walk } from '../../property-firm/test/walks.js';

const AT = '2026-06-30T10:00:00+08:00';
const ev = (type: string, role: string, payload: Record<string, unknown> = {}) =>
  ({ type, at: AT, by: { id: `${role}-1`, role }, ...payload }) as never;

// packages/joint-meeting/test/matter/matter.paths.test.ts
const MATTER_EVENTS = LEVEL_ORDER.flatMap((level) => {
  const { convener, required } = LEVEL_RULES[level];
  return [
    ev('HOLD_MEETING', convener, { participants: [...required], minutes: 'm' }),
    ev('RESOLVE', convener, { outcome: 'o' }),
    ...LEVEL_ORDER.map((to) => ev('ESCALATE', convener, { toLevel: to, reason: 'r' })),
  ];
}).concat([
  ev('REQUEST_MEDIATION', 'residents-committee'),
  ev('MEDIATION_CONCLUDED', 'mediation-committee', { agreed: true, record: 'r' }),
  ev('MEDIATION_CONCLUDED', 'mediation-committee', { agreed: false, record: 'r' }),
  ev('TICK', 'system'),
]);
const matterKey = (s: {
  value: unknown;
  context: { level: string; meetings: { level: string }[]; mediations: unknown[] };
}) =>
  JSON.stringify([
    s.value,
    s.context.level,
    s.context.meetings.at(-1)?.level ?? null,
    s.context.mediations.length > 0,
  ]);

// packages/party-coverage/test/machine/coverage.paths.test.ts
const HIGHER = 'higher-party-organisation';
const COVERAGE_EVENTS = [
  ...[0, 1, 3, 7].map((full) =>
    ev('CENSUS_UPDATED', 'committee', { census: { headcount: 9, full, probationary: 0 } }),
  ),
  ev('CENSUS_UPDATED', 'committee', { census: { headcount: 9, full: 0, probationary: 1 } }),
  ev('APPROVE_BRANCH', HIGHER, { branchId: 'b' }),
  ev('JOIN_JOINT_BRANCH', HIGHER, { jointBranchId: 'j', units: ['u1', 'u2'] }),
  ev('JOINT_BRANCH_UNITS_CHANGED', HIGHER, { units: ['u1', 'u3'] }),
  ev('LEAVE_JOINT_BRANCH', HIGHER),
  ev('FORM_WORK_GROUP', 'residential-party-organisation'),
  ev('ASSIGN_INSTRUCTOR', 'street-party-committee', { instructorId: 'i' }),
  ev('WITHDRAW_INSTRUCTOR', 'street-party-committee'),
  ev('BRANCH_RE_ELECTED', HIGHER),
  ev('REVIEW', 'residential-party-organisation', { reason: 'periodic' }),
  ev('ALLIANCE_JOINED', 'property-firm', { allianceId: 'a' }),
  ev('DUAL_TRAINING_RECORDED', 'property-firm', {
    membersIntoCoreStaff: 1,
    coreStaffIntoMembers: 0,
  }),
  ev('ARTICLES_AMENDED', 'property-firm', { evidence: 'e' }),
  ev('TICK', 'system'),
  ev('UNIT_CLOSED', 'street-party-committee', { reason: 'r' }),
];
const coverageKey = (s: { value: unknown; context: CoverageContext }) =>
  JSON.stringify([
    s.value,
    s.context.census,
    s.context.form,
    s.context.need,
    s.context.jointBranch,
    s.context.firm.alliance !== null,
    s.context.firm.articles !== null,
    s.context.firm.dualTraining.membersIntoCoreStaff > 0,
  ]);

/** [name, one full path exploration returning the number of states reached]. */
export const PATH_RUNS: ReadonlyArray<readonly [string, () => number]> = [
  [
    'committee formation (exploreCommitteeMachine: xstate/graph adjacency + replay)',
    () =>
      exploreCommitteeMachine(formationMachine, formationEvents, FORMATION_INPUT).coverage.states
        .length,
  ],
  [
    'committee meetings (exploreCommitteeMachine)',
    () =>
      exploreCommitteeMachine(meetingsMachine, meetingsEvents, MEETINGS_WITH_OFFICERS).coverage
        .states.length,
  ],
  [
    'property-firm dismissal (scripted walks of test/walks.ts)',
    () => walk('dismissal').states.size,
  ],
  [
    'party-coverage coverage (pathCoverage over xstate/graph, owners-committee)',
    () =>
      pathCoverage(coverageMachine, {
        input: coverageInput({ kind: 'owners-committee' }),
        events: COVERAGE_EVENTS,
        serializeState: coverageKey as never,
        limit: 50_000,
      }).states.length,
  ],
  [
    'joint-meeting matter (pathCoverage over xstate/graph)',
    () =>
      pathCoverage(matterMachine, {
        input: matterInput(),
        events: MATTER_EVENTS,
        serializeState: matterKey as never,
        limit: 20_000,
      }).states.length,
  ],
];
