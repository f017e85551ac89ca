import type { SnapshotFrom } from 'xstate';
import type { CoverageRecord } from './context.js';
import type { coverageMachine } from './machine.js';

/** A snapshot of the coverage machine. */
export type CoverageSnapshot = SnapshotFrom<typeof coverageMachine>;

/**
 * The resting states of the coverage machine, as dotted paths: the open leaves (`open.assess` is
 * transient) and `closed`.
 */
export const COVERAGE_STATES = [
  'open.uncovered',
  'open.instructor',
  'open.organisationDue',
  'open.workGroup',
  'open.jointBranch',
  'open.branchDue',
  'open.branch.secretary',
  'open.branch.committee',
  'closed',
] as const;

/** One of {@link COVERAGE_STATES}. */
export type CoverageState = (typeof COVERAGE_STATES)[number];

/** The unit's coverage record now (organisational, work, form, since). */
export function coverageRecord(snapshot: CoverageSnapshot): CoverageRecord {
  return snapshot.context.coverage;
}
