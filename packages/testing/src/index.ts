export { type ActorRefArbitraryOptions, actorRefArbitrary } from './actorRef.js';
export {
  ADVERSARIAL_KINDS,
  type AdversarialBallot,
  type AdversarialBallotOptions,
  type AdversarialKind,
  adversarialBallotArbitrary,
  MALFORMATIONS,
  type Malformation,
} from './adversarialBallot.js';
export { type BallotsArbitraryOptions, ballotsArbitrary } from './ballots.js';
export {
  type BeijingRefusalCheck,
  type BeijingRefusalOptions,
  type BeijingRefusalRun,
  beijingRefusalInvariant,
  type RefusalTally,
  SHANGHAI_TEXT,
} from './beijing-refusals.js';
export {
  type EventCatalogEntry,
  type EventCatalogLike,
  type EventStreamOptions,
  eventStreamArbitrary,
  type InvalidInput,
  type InvalidInputKind,
  invalidInputKind,
  type StreamEvent,
} from './eventStream.js';
export {
  FuzzFailure,
  type FuzzOptions,
  type FuzzStats,
  fuzzMachine,
  type Sender,
} from './fuzz.js';
export {
  BREAKAGES,
  type Breakage,
  OVERSIZE,
} from './fuzz-inputs.js';
export { type FromSnapshot, fromSnapshot, type PayloadSource } from './fuzz-plan.js';
export type { FuzzStep } from './fuzz-report.js';
export {
  type ActorFactory,
  assertInvariants,
  checkInvariants,
  findNonJson,
  type Invariant,
  type InvariantOptions,
  type InvariantStep,
  InvariantViolation,
} from './invariants.js';
export {
  activeStatePaths,
  assertAllStatesReached,
  machineStatePaths,
  type PathCoverage,
  type PathCoverageOptions,
  pathCoverage,
} from './pathCoverage.js';
export { type RollArbitraryOptions, rollArbitrary } from './roll.js';
export { type BallotWindow, DEFAULT_WINDOW } from './window.js';
export {
  arbitraryFromZod,
  type ZodArbitraryOptions,
  type ZodInputOf,
  type ZodSchemaLike,
} from './zod-arbitrary.js';
