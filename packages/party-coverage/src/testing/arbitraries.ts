import { eventStreamArbitrary } from '@jiayuan/testing';
import fc from 'fast-check';
import { type CoverageEvent, coverageEvents } from '../machine/catalog.js';
import { REVIEW_REASONS } from '../machine/context.js';

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

/** The payload (the event without its envelope) of each coverage event type. */
export type CoveragePayloads = {
  readonly [K in CoverageEvent['type']]: fc.Arbitrary<
    Omit<Extract<CoverageEvent, { type: K }>, 'type' | 'at' | 'by'>
  >;
};

/**
 * Valid payloads of every coverage event type, drawn around the thresholds: 0–9 full members with
 * headcounts that sometimes do not add up, joint-branch lists of up to 7 units drawn from
 * `unitId` and its neighbours (repeats included), 双培养 counts that may be zero.
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
    BRANCH_RE_ELECTED: none,
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

/**
 * Random input streams for the coverage machine: valid events of every catalog type with
 * payloads from {@link coveragePayloadsArbitrary}, broken inputs, and some inputs dated before
 * their predecessor.
 */
export function coverageEventsArbitrary(options: CoverageEventsOptions): fc.Arbitrary<unknown[]> {
  const payloads = coveragePayloadsArbitrary(options.unitId ?? 'u1');
  // The closing event last, so that leaving it out keeps the other types' draws.
  const types = [
    ...(coverageEvents.types as readonly CoverageEvent['type'][]).filter(
      (t) => t !== 'UNIT_CLOSED',
    ),
    ...(options.includeClose === false ? [] : (['UNIT_CLOSED'] as const)),
  ];
  const catalog = Object.fromEntries(
    types.map((type) => [
      type,
      { payload: payloads[type] as fc.Arbitrary<object>, roles: coverageEvents.events[type].roles },
    ]),
  );
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
