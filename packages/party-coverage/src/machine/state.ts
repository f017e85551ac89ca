import type { SnapshotFrom } from 'xstate';
import type { CoverageRecord } from './context.js';
import type { coverageMachine } from './machine.js';

/** A snapshot of the coverage machine. */
export type CoverageSnapshot = SnapshotFrom<typeof coverageMachine>;

/** The unit's coverage record now (organisational, work, form, since). */
export function coverageRecord(snapshot: CoverageSnapshot): CoverageRecord {
  return snapshot.context.coverage;
}
