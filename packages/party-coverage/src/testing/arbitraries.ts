import type { Role } from '@jiayuan/core';
import { eventStreamArbitrary } from '@jiayuan/testing';
import fc from 'fast-check';
import { coverageEvents } from '../machine/events.js';

/** Options of {@link coverageEventsArbitrary}. */
export interface CoverageEventsOptions {
  /** The unit under test; joint-branch unit lists draw from it and a few neighbours. */
  readonly unitId?: string;
  /** Instant before the first event. */
  readonly start: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Share of inputs broken on purpose (unknown type, wrong role, missing field). Default 0.2. */
  readonly invalidShare?: number;
  /** Share of inputs moved earlier than their predecessor (out of order). Default 0.05. */
  readonly outOfOrderShare?: number;
  /** Largest gap between events, in ms. Default 200 days, so branch terms run out. */
  readonly maxStepMs?: number;
  /** Whether streams may close the unit (which ends the process). Default true. */
  readonly includeClose?: boolean;
}

const rolesOf = (type: keyof typeof coverageEvents.events): readonly Role[] =>
  coverageEvents.events[type].roles;

/**
 * Random input streams for the coverage machine: valid events of every catalog type with
 * payloads around the thresholds (0–9 full members, headcounts that sometimes do not add up,
 * joint-branch lists of up to 7 units, repeats included), broken inputs, and some inputs dated
 * before their predecessor.
 */
export function coverageEventsArbitrary(options: CoverageEventsOptions): fc.Arbitrary<unknown[]> {
  const unitId = options.unitId ?? 'u1';
  const pool = [unitId, 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
  const id = fc.constantFrom('a', 'b');
  const entry = <T extends object>(
    type: keyof typeof coverageEvents.events,
    payload: fc.Arbitrary<T>,
  ) => ({
    payload,
    roles: rolesOf(type),
  });
  const catalog = {
    CENSUS_UPDATED: entry(
      'CENSUS_UPDATED',
      fc.record({
        census: fc.record({
          headcount: fc.integer({ min: 0, max: 12 }),
          full: fc.integer({ min: 0, max: 9 }),
          probationary: fc.integer({ min: 0, max: 3 }),
        }),
      }),
    ),
    APPROVE_BRANCH: entry('APPROVE_BRANCH', fc.record({ branchId: id })),
    JOIN_JOINT_BRANCH: entry(
      'JOIN_JOINT_BRANCH',
      fc.record({
        jointBranchId: id,
        units: fc.oneof(
          fc.shuffledSubarray(pool, { minLength: 1, maxLength: 7 }),
          fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }),
        ),
      }),
    ),
    JOINT_BRANCH_UNITS_CHANGED: entry(
      'JOINT_BRANCH_UNITS_CHANGED',
      fc.record({ units: fc.shuffledSubarray(pool, { minLength: 1, maxLength: 7 }) }),
    ),
    LEAVE_JOINT_BRANCH: entry('LEAVE_JOINT_BRANCH', fc.constant({})),
    FORM_WORK_GROUP: entry('FORM_WORK_GROUP', fc.constant({})),
    ASSIGN_INSTRUCTOR: entry('ASSIGN_INSTRUCTOR', fc.record({ instructorId: id })),
    WITHDRAW_INSTRUCTOR: entry('WITHDRAW_INSTRUCTOR', fc.constant({})),
    BRANCH_RE_ELECTED: entry('BRANCH_RE_ELECTED', fc.constant({})),
    REVIEW: entry(
      'REVIEW',
      fc.record(
        {
          reason: fc.constantFrom(
            'periodic',
            'term-end',
            'membership-change',
            'committee-re-election',
          ),
          note: fc.constantFrom('ok', '复核'),
        },
        { requiredKeys: ['reason'] },
      ),
    ),
    ALLIANCE_JOINED: entry('ALLIANCE_JOINED', fc.record({ allianceId: id })),
    DUAL_TRAINING_RECORDED: entry(
      'DUAL_TRAINING_RECORDED',
      fc.record({
        membersIntoCoreStaff: fc.integer({ min: 0, max: 3 }),
        coreStaffIntoMembers: fc.integer({ min: 0, max: 3 }),
      }),
    ),
    ARTICLES_AMENDED: entry(
      'ARTICLES_AMENDED',
      fc.record({ evidence: fc.constantFrom('章程第5条', 'doc-1') }),
    ),
    TICK: entry('TICK', fc.constant({})),
    ...(options.includeClose === false
      ? {}
      : {
          UNIT_CLOSED: entry(
            'UNIT_CLOSED',
            fc.record({ reason: fc.constantFrom('dissolved', 'project-ended') }),
          ),
        }),
  };
  const stream = eventStreamArbitrary(catalog, {
    start: options.start,
    minLength: options.minLength ?? 0,
    maxLength: options.maxLength ?? 25,
    invalidShare: options.invalidShare ?? 0.2,
    maxStepMs: options.maxStepMs ?? 200 * 86_400_000,
  });
  const share = options.outOfOrderShare ?? 0.05;
  return fc
    .tuple(stream, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }))
    .map(([inputs, coins]) =>
      inputs.map((input, i) => {
        const coin = coins[i] ?? 1;
        const at: unknown = Reflect.get(input, 'at');
        if (coin >= share || typeof at !== 'string') return input;
        // Dated well before the start, so dispatch must refuse it as out of order.
        return { ...input, at: new Date(Date.parse(options.start) - 86_400_000).toISOString() };
      }),
    );
}
