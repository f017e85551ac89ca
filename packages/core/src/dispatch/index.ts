export { allowedEvents, matchesDescriptor, stateAccepts, stateDescriptors } from './allowed.js';
export type {
  EventCatalog,
  EventInputOf,
  EventOf,
  EventSpec,
  EventSpecs,
  EventTypeOf,
  Rule,
  RuleFailure,
  RuleVerdict,
} from './catalog.js';
export { defineEvents, eventTitle, specOf } from './catalog.js';
export type { CatalogCoverage } from './coverage.js';
export { catalogCoverage } from './coverage.js';
export type {
  DispatchAccepted,
  DispatchOptions,
  DispatchRefused,
  DispatchResult,
} from './dispatch.js';
export { dispatch, dispatchOrThrow } from './dispatch.js';
export type { EmptyShape, EventEnvelope, EventSchema, EventShape } from './envelope.js';
export { ENVELOPE_KEYS, EnvelopeSchema, eventSchema } from './envelope.js';
export type { CatalogFrom, WithCatalog } from './registry.js';
export { catalogOf, withCatalog } from './registry.js';
export type { EventIssue, PermittedRole, Rejection, RejectionCode } from './rejection.js';
export { GUARD_RULE_ID, isRejectionCode, REJECTION_CODES, RejectionError } from './rejection.js';
export type { ActiveStateNode } from './state.js';
export { stateTitle } from './state.js';
