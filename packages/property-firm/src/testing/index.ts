/**
 * `@jiayuan/property-firm/testing`: the invariants of the property-firm procedures as a suite a
 * host runs against its own customised machine (its profile, its roll, its `provide()`d
 * implementations), through `@jiayuan/testing`'s one fuzz driver (events built from the
 * catalog's zod schemas). Needs `fast-check` and `@jiayuan/testing`.
 *
 * @example
 * ```ts
 * import { firmProperty } from '@jiayuan/property-firm/testing';
 * firmProperty({ machine: dismissalMachine, input: myDismissalInput, numRuns: 200 });
 * ```
 *
 * @packageDocumentation
 */

export { firmPayloads, type PayloadArbitrary } from './events.js';
export {
  type FirmInvariantContext,
  type FirmInvariantSnapshot,
  firmInvariants,
} from './invariants.js';
export { ballotCaster, firmFuzzPayloads, firmInstants } from './payloads.js';
export {
  type FirmPropertyOptions,
  type FirmSuiteOptions,
  type FuzzReport,
  firmProperty,
  fuzzFirmMachine,
  runFirmSuite,
} from './suite.js';
export type { FirmEventType } from './types.js';
