import { type Profile, shanghai } from '@jiayuan/core';
import { machineStatePaths, pathCoverage } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type CoverageContext, coverageEvents, coverageMachine } from '../../src/index.js';
import { input } from '../support.js';

const AT = '2026-06-01T10:00:00+08:00';
const by = (role: string) => ({ id: `${role}-1`, role }) as const;
const ev = (type: string, role: string, payload: Record<string, unknown> = {}) =>
  ({ type, at: AT, by: by(role), ...payload }) as never;

const HIGHER = 'higher-party-organisation';
const EVENTS = [
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
  ev('CROSS_APPOINTMENT_RECORDED', 'residential-party-organisation', {
    personId: 'p',
    communityPost: 'residents-committee',
  }),
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

// Identity without the ever-growing history, reviews and counts.
const serializeState = (s: { value: unknown; context: CoverageContext }) =>
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

// Cross-appointment is recorded only where a profile provides for it (PARTY-7, off in every
// shipped profile): a host profile switches it on so the exploration takes it.
const CROSS: Profile = {
  ...shanghai,
  party: {
    ...shanghai.party,
    crossAppointment: { ...shanghai.party.crossAppointment, value: true },
  },
};

describe('paths over xstate/graph', { timeout: 30_000 }, () => {
  for (const kind of ['owners-committee', 'firm-project'] as const) {
    it(`reach every state and every transition (${kind})`, () => {
      const coverage = pathCoverage(coverageMachine, {
        input: input({ kind, profile: CROSS }),
        events: EVENTS,
        serializeState: serializeState as never,
        limit: 50_000,
      });
      expect(coverage.unreached).toEqual([]);
      expect(coverage.states).toEqual(machineStatePaths(coverageMachine));
      // Every catalog event drives at least one transition.
      const taken = new Set(coverage.transitions.map((x) => x.split('-[')[1]?.split(']')[0]));
      const firmOnly = ['ALLIANCE_JOINED', 'ARTICLES_AMENDED', 'DUAL_TRAINING_RECORDED'];
      const expectedTypes = coverageEvents.types.filter(
        (x) => kind === 'firm-project' || !firmOnly.includes(x),
      );
      expect([...taken].sort()).toEqual([...expectedTypes].sort());
      // Every source leaf takes the events it should; a few concrete transitions:
      const t = coverage.transitions;
      for (const expected of [
        'open.uncovered -[ASSIGN_INSTRUCTOR]-> open.instructor',
        'open.instructor -[WITHDRAW_INSTRUCTOR]-> open.uncovered',
        'open.uncovered -[CENSUS_UPDATED]-> open.branchDue',
        'open.branchDue -[APPROVE_BRANCH]-> open.branch.secretary',
        'open.organisationDue -[FORM_WORK_GROUP]-> open.workGroup',
        'open.organisationDue -[JOIN_JOINT_BRANCH]-> open.jointBranch',
        'open.workGroup -[JOIN_JOINT_BRANCH]-> open.jointBranch',
        'open.jointBranch -[LEAVE_JOINT_BRANCH]-> open.organisationDue',
        'open.branch.secretary -[CENSUS_UPDATED]-> open.branch.committee',
        'open.branch.committee -[CENSUS_UPDATED]-> open.branch.secretary',
        'open.branch.secretary -[CENSUS_UPDATED]-> open.organisationDue',
        'open.branch.committee -[UNIT_CLOSED]-> closed',
      ]) {
        expect(t).toContain(expected);
      }
      // Every path replays on a real actor to the same state.
      for (const path of coverage.paths.slice(0, 40)) {
        const actor = createActor(coverageMachine, {
          input: input({ kind, profile: CROSS }),
        }).start();
        for (const step of path.steps) actor.send(step.event);
        expect(actor.getSnapshot().value).toEqual(path.state.value);
        actor.stop();
      }
    });
  }

  it('every leaf state is left by some transition or is final', () => {
    const coverage = pathCoverage(coverageMachine, {
      input: input(),
      events: EVENTS,
      serializeState: serializeState as never,
      limit: 5000,
    });
    const sources = new Set(coverage.transitions.map((t) => t.split(' -[')[0]));
    for (const leaf of [
      'open.uncovered',
      'open.instructor',
      'open.organisationDue',
      'open.workGroup',
      'open.jointBranch',
      'open.branchDue',
      'open.branch.secretary',
      'open.branch.committee',
    ]) {
      expect(sources).toContain(leaf);
    }
  });
});
