/**
 * `@jiayuan/committee/testing`: the committee's and the stand-in's invariants as suites a host
 * runs against its own customised machine (its profile, its `provide()`d implementations),
 * through `@jiayuan/testing`'s one fuzz driver (events built from the catalog's zod schemas).
 * Needs `fast-check` and `@jiayuan/testing`.
 *
 * @example
 * ```ts
 * import { committeeProperty, standInProperty } from '@jiayuan/committee/testing';
 * committeeProperty(formationMachine, {
 *   input: { procedure: 'formation', complexId: 'c-1', floorArea: 2_000_000, startAt: '2026-03-02T09:00:00+08:00', profile: myProfile },
 *   numRuns: 200,
 * });
 * standInProperty({ input: myStandInInput, numRuns: 200 });
 * ```
 *
 * @packageDocumentation
 */

export {
  type ClockedSnapshot,
  type CommitteeSnapshotLike,
  clockForward,
  committeeInvariants,
  committeeOnlyAfterElection,
  freezeRespected,
  freezeTagMatches,
  groupComposition,
  lawfulSeats,
  membershipConsistent,
  ownersActOnlyWhenAllAgree,
} from './invariants.js';
export { COMMITTEE_PAYLOADS, committeeInstants, SAMPLE_ROLL } from './payloads.js';
export {
  BJ_MEMBERS,
  checkStandInMachine,
  compositionHolds,
  lawfulMembers,
  SH_MEMBERS,
  STAND_IN_PAYLOADS,
  type StandInPropertyOptions,
  type StandInSnapshotLike,
  type StandInSuiteOptions,
  standInInstants,
  standInInvariants,
  standInProperty,
} from './stand-in.js';
export {
  COMMITTEE_WEIGHTS,
  type CommitteePropertyOptions,
  type CommitteeSuiteOptions,
  checkCommitteeMachine,
  committeeProperty,
} from './suite.js';
