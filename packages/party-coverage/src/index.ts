/**
 * `@jiayuan/party-coverage`: party organisation and work coverage of an owners' committee or a
 * property firm's managed project (RULES PARTY-1..6; Jing'an notice 二(二), 二(三)), and its
 * aggregation over a street, town or district.
 *
 * @packageDocumentation
 */

// The diagram generator is core's; re-exported here so `toMermaid` stays importable from this
// package.
export { type LegalRow, legalRows, toMermaid } from '@jiayuan/core';
export {
  aggregateCoverage,
  type CoverageAggregate,
  type CoverageGap,
  type CoverageRate,
  GAP_REASONS,
  type GapReason,
  gapReason,
  type UnitCoverage,
  unitCoverageOf,
} from './aggregate.js';
export {
  CensusSchema,
  type CoverageContext,
  type CoverageInput,
  CoverageInputSchema,
  type CoverageRecord,
  type ExistingForm,
  ExistingFormSchema,
  existingFormIssue,
  type FirmPartyBuilding,
  type FormChange,
  initialContext,
  REVIEW_REASONS,
  type ReviewEntry,
  type ReviewReason,
  UNIT_KINDS,
  type UnitKind,
} from './machine/context.js';
export type { CoverageEmitted } from './machine/emitted.js';
export {
  AllianceJoinedSchema,
  ApproveBranchSchema,
  ArticlesAmendedSchema,
  AssignInstructorSchema,
  BranchReElectedSchema,
  CensusUpdatedSchema,
  type CoverageEvent,
  coverageEvents,
  DualTrainingRecordedSchema,
  FormWorkGroupSchema,
  JoinJointBranchSchema,
  JointBranchUnitsChangedSchema,
  LeaveJointBranchSchema,
  ReviewSchema,
  TickSchema,
  UnitClosedSchema,
  WithdrawInstructorSchema,
} from './machine/events.js';
export {
  type Census,
  coverageOfForm,
  FORMS,
  type Form,
  formFits,
  formSatisfies,
  membersOf,
  NEEDS,
  type Need,
  needOf,
  type PartyNumbers,
} from './machine/forms.js';
export { coverageMachine } from './machine/machine.js';
export { FORM_NAMES, NEED_NAMES, RULE_TEXT } from './machine/messages.js';
export { BRANCH_TERM, coverageSetup } from './machine/setup.js';
export { type CoverageSnapshot, coverageRecord } from './machine/state.js';
