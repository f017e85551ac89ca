/**
 * `@jiayuan/property-firm/testing`: the invariants of the property-firm procedures, a random
 * event generator and a runner, for a host to property-test its own customised machine (its
 * profile, its `provide()`d implementations).
 *
 * @packageDocumentation
 */

export {
  type FirmEventOptions,
  firmEvents,
  firmPayloads,
  type PayloadArbitrary,
} from './events.js';
export {
  type FirmInvariantContext,
  type FirmInvariantSnapshot,
  firmInvariants,
} from './invariants.js';
export { type FirmSuiteOptions, type FuzzReport, fuzzFirmMachine, runFirmSuite } from './suite.js';
export type { FirmEventType } from './types.js';
