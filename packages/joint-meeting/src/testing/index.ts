/**
 * `@jiayuan/joint-meeting/testing`: the matter machine's invariants as a suite a host runs
 * against its own profile and `provide()`d machine, through `@jiayuan/testing`'s one fuzz driver
 * (events built from the catalog's zod schemas). Needs `fast-check` and `@jiayuan/testing`.
 *
 * @example
 * ```ts
 * import { matterProperty } from '@jiayuan/joint-meeting/testing';
 * matterProperty({
 *   input: { matterId: 'm-1', complexId: 'c-1', subject: '电梯维修', raisedAt: '2026-03-02T09:00:00+08:00', profile: myProfile },
 *   numRuns: 200,
 * });
 * ```
 *
 * The disclosure calendar's invariants run the same way:
 * ```ts
 * import { disclosureProperty } from '@jiayuan/joint-meeting/testing';
 * disclosureProperty({
 *   input: { complexId: 'c-1', feeModel: 'lump-sum', startAt: '2026-03-02T09:00:00+08:00', profile: myProfile },
 *   numRuns: 200,
 * });
 * ```
 *
 * @packageDocumentation
 */

export {
  type DisclosurePropertyOptions,
  disclosureInvariants,
  disclosureProperty,
} from './disclosure-suite.js';
export { type MatterPropertyOptions, matterInvariants, matterProperty } from './suite.js';
