/**
 * `@jiayuan/assembly/testing`: the assembly meeting's and the fund machines' invariants as
 * suites a host runs against its own roll, profile and `provide()`d machine, through `@jiayuan/testing`'s one fuzz driver
 * (events built from the catalog's zod schemas). Needs `fast-check` and `@jiayuan/testing`.
 *
 * @example
 * ```ts
 * import { assemblyProperty } from '@jiayuan/assembly/testing';
 * assemblyProperty({
 *   input: { meetingId: 'm-1', kind: 'interim', roll, startedAt: '2026-03-02T09:00:00+08:00', profile: myProfile },
 *   numRuns: 200,
 * });
 * ```
 *
 * @packageDocumentation
 */

export {
  fundEmergencyInvariants,
  fundReRaiseInvariants,
  fundUseInvariants,
} from './fund-invariants.js';
export {
  type FundPropertyOptions,
  fundEmergencyProperty,
  fundReRaiseProperty,
  fundUseProperty,
} from './fund-suite.js';
export { assemblyInvariants } from './invariants.js';
export { type AssemblyPropertyOptions, assemblyProperty } from './suite.js';
