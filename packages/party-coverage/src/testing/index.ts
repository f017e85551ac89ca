/**
 * `@jiayuan/party-coverage/testing`: the coverage invariants as a suite a host runs against its
 * own profile and `provide()`d machine, through `@jiayuan/testing`'s one fuzz driver (events
 * built from the catalog's zod schemas). Needs `fast-check` and `@jiayuan/testing`.
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

export { type CoveragePayloads, coveragePayloadsArbitrary } from './arbitraries.js';
export { coverageInconsistency, expectedCoverageState } from './expected.js';
export { coverageInvariants } from './invariants.js';
export {
  type CoverageEventsOptions,
  type CoveragePropertyOptions,
  coverageProperty,
} from './suite.js';
