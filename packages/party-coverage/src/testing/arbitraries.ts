import fc from 'fast-check';
import type { CoverageEvent } from '../machine/catalog.js';
import { COMMUNITY_POSTS, REVIEW_REASONS } from '../machine/context.js';

/** The payload (the event without its envelope) of each coverage event type. */
export type CoveragePayloads = {
  readonly [K in CoverageEvent['type']]: fc.Arbitrary<
    Omit<Extract<CoverageEvent, { type: K }>, 'type' | 'at' | 'by'>
  >;
};

/**
 * Valid payloads of every coverage event type, drawn around the thresholds: 0–9 full members with
 * headcounts that sometimes do not add up, joint-branch lists of up to 7 units drawn from
 * `unitId` and its neighbours (repeats included), 双培养 counts that may be zero, branch
 * committees of 0–9 members or none (a secretary), cross-appointments that may repeat.
 */
export function coveragePayloadsArbitrary(unitId = 'u1'): CoveragePayloads {
  const pool = [unitId, 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
  const id = fc.constantFrom('a', 'b');
  const none = fc.constant({});
  return {
    CENSUS_UPDATED: fc.record({
      census: fc.record({
        headcount: fc.integer({ min: 0, max: 12 }),
        full: fc.integer({ min: 0, max: 9 }),
        probationary: fc.integer({ min: 0, max: 3 }),
      }),
    }),
    APPROVE_BRANCH: fc.record({ branchId: id }),
    JOIN_JOINT_BRANCH: fc.record({
      jointBranchId: id,
      units: fc.oneof(
        fc.shuffledSubarray(pool, { minLength: 1, maxLength: 7 }),
        fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }),
      ),
    }),
    JOINT_BRANCH_UNITS_CHANGED: fc.record({
      units: fc.shuffledSubarray(pool, { minLength: 1, maxLength: 7 }),
    }),
    LEAVE_JOINT_BRANCH: none,
    FORM_WORK_GROUP: none,
    ASSIGN_INSTRUCTOR: fc.record({ instructorId: id }),
    WITHDRAW_INSTRUCTOR: none,
    BRANCH_RE_ELECTED: fc.record(
      { committeeMembers: fc.integer({ min: 0, max: 9 }) },
      { requiredKeys: [] },
    ),
    CROSS_APPOINTMENT_RECORDED: fc.record({
      personId: id,
      communityPost: fc.constantFrom(...COMMUNITY_POSTS),
    }),
    REVIEW: fc.record(
      { reason: fc.constantFrom(...REVIEW_REASONS), note: fc.constantFrom('ok', '复核') },
      { requiredKeys: ['reason'] },
    ),
    ALLIANCE_JOINED: fc.record({ allianceId: id }),
    DUAL_TRAINING_RECORDED: fc.record({
      membersIntoCoreStaff: fc.integer({ min: 0, max: 3 }),
      coreStaffIntoMembers: fc.integer({ min: 0, max: 3 }),
    }),
    ARTICLES_AMENDED: fc.record({ evidence: fc.constantFrom('章程第5条', 'doc-1') }),
    UNIT_CLOSED: fc.record({ reason: fc.constantFrom('dissolved', 'project-ended') }),
    TICK: none,
  };
}
