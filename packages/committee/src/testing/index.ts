/**
 * `@jiayuan/committee/testing`: the committee's and the stand-in's invariants as suites a host
 * runs against its own customised machine (its profile, its `provide()`d implementations).
 *
 * @packageDocumentation
 */

export { randomCommitteeInput, SAMPLE_ROLL } from './generator.js';
export {
  type ClockedSnapshot,
  type CommitteeSnapshotLike,
  clockForward,
  committeeInvariants,
  committeeOnlyAfterElection,
  type DispatchStep,
  dispatchHonest,
  freezeRespected,
  freezeTagMatches,
  groupComposition,
  lawfulSeats,
  membershipConsistent,
  ownersActOnlyWhenAllAgree,
} from './invariants.js';
export { pick, prng } from './random.js';
export {
  BJ_MEMBERS,
  checkStandInMachine,
  compositionHolds,
  lawfulMembers,
  randomStandInInput,
  SH_MEMBERS,
  type StandInSnapshotLike,
  type StandInSuiteOptions,
  standInInvariants,
} from './stand-in.js';
export { type CommitteeSuiteOptions, checkCommitteeMachine } from './suite.js';
