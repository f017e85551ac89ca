/**
 * `@jiayuan/committee/testing`: the committee's invariants as a suite a host runs against its
 * own customised machine (its profile, its `provide()`d implementations).
 *
 * @packageDocumentation
 */

export { randomCommitteeInput, SAMPLE_ROLL } from './generator.js';
export {
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
} from './invariants.js';
export { pick, prng } from './random.js';
export { type CommitteeSuiteOptions, checkCommitteeMachine } from './suite.js';
