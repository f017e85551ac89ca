/**
 * `@jiayuan/party-coverage/testing`: the coverage invariants as a suite a host runs against its
 * own profile and `provide()`d machine. Needs `fast-check` and `@jiayuan/testing`.
 *
 * @example
 * ```ts
 * import { coverageProperty } from '@jiayuan/party-coverage/testing';
 * coverageProperty({
 *   input: { unitId: 'c-1', kind: 'owners-committee', startedAt: '2026-03-02T09:00:00+08:00',
 *            census: { headcount: 7, full: 1, probationary: 0 }, profile: myProfile },
 *   numRuns: 200,
 * });
 * ```
 *
 * @packageDocumentation
 */

export {
  type CoverageEventsOptions,
  type CoveragePayloads,
  coverageEventsArbitrary,
  coveragePayloadsArbitrary,
} from './arbitraries.js';
export { coverageInconsistency, expectedCoverageState } from './expected.js';
export { coverageInvariants, dispatchContract, sendThroughDispatch } from './invariants.js';
export { type CoveragePropertyOptions, coverageProperty } from './suite.js';
