export type { AnyKeptSections, KeptSections } from './act-day.js';
export { actDayContext, actDayGuards, clockKept } from './act-day.js';
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
export { eventTitle, specOf, validateSpecs } from './catalog.js';
export { ruleCitesUnder } from './cites-under.js';
export { keepContextShape, withFastCopies } from './context-shape.js';
export type { CatalogCoverage } from './coverage.js';
export { catalogCoverage } from './coverage.js';
export type {
  AnyRule,
  CatalogGuardName,
  CatalogOptions,
  EventDefinition,
  EventDefinitions,
  OwnedCatalog,
  PayloadOf,
  RuleIdOf,
  SpecsOf,
} from './define-catalog.js';
export { defineCatalog, defineRule, IN_ORDER, PERMITTED } from './define-catalog.js';
export type {
  DispatchAccepted,
  DispatchOptions,
  DispatchRefused,
  DispatchResult,
  EventLimits,
} from './dispatch.js';
export { DEFAULT_EVENT_LIMITS, dispatch, dispatchOrThrow } from './dispatch.js';
export type { EmptyShape, EventEnvelope, EventSchema, EventShape } from './envelope.js';
export { ENVELOPE_KEYS, EnvelopeSchema, eventSchema } from './envelope.js';
export type { CatalogGuard, CatalogGuardArgs, GuardRef, PermittedParams } from './guards.js';
export { catalogGuards, guardHolds, inOrder, permittedRef, verdictHolds } from './guards.js';
export type { JsonSchema, SchemaIo } from './json-schema.js';
export { eventJsonSchemas, zodJsonSchema } from './json-schema.js';
export type { ProcedureMeta } from './meta.js';
export type { CatalogFrom, WithCatalog } from './registry.js';
export { CATALOG_KEY, catalogOf, withCatalog } from './registry.js';
export type {
  EventIssue,
  HostRejectionCode,
  PermittedRole,
  Rejection,
  RejectionCode,
} from './rejection.js';
export {
  DISPATCH_REJECTION_CODES,
  GUARD_RULE_ID,
  HOST_REJECTION_CODES,
  isRejectionCode,
  REJECTION_CODES,
  RejectionError,
} from './rejection.js';
export type { ActiveStateNode } from './state.js';
export { stateTitle } from './state.js';
