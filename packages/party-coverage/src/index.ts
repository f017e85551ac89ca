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
export { type CoverageEvent, coverageEvents } from './machine/catalog.js';
export {
  type Branch,
  type BranchLeadership,
  COMMUNITY_POSTS,
  type CommunityPost,
  type CoverageContext,
  type CoverageRecord,
  type CrossAppointment,
  type FirmPartyBuilding,
  type FormChange,
  initialContext,
  type QuotaCheck,
  REVIEW_REASONS,
  type ReviewEntry,
  type ReviewReason,
} from './machine/context.js';
export { BRANCH_TERM, startBranchTerm } from './machine/deadlines.js';
export type { CoverageEmitted } from './machine/emitted.js';
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
  quotaCheck,
} from './machine/forms.js';
export {
  CensusSchema,
  COVERAGE_INPUT_ERROR_CODES,
  type CoverageInput,
  CoverageInputError,
  type CoverageInputErrorCode,
  type CoverageInputIssue,
  CoverageInputSchema,
  type ExistingForm,
  ExistingFormSchema,
  existingFormIssue,
  parseCoverageInput,
  UNIT_KINDS,
  type UnitKind,
} from './machine/input.js';
export { coverageMachine } from './machine/machine.js';
export { FORM_NAMES, INPUT_TEXT, NEED_NAMES, RULE_TEXT } from './machine/messages.js';
export { COVERAGE_SNAPSHOT_VERSION, coverageMigrations } from './machine/migrations.js';
export {
  articlesNotYet,
  branchLeadershipFits,
  branchMinimum,
  censusAddsUp,
  crossAppointmentNew,
  crossAppointmentProvided,
  dualTrainingNonEmpty,
  firmOnly,
  hasInstructor,
  hasMembers,
  inJointBranch,
  instructorAllowed,
  instructorWithoutMembers,
  jointBranchIncludesUnit,
  jointBranchSize,
  mustBuildOwnBranch,
  notAlreadyBranch,
  notInAlliance,
  workGroupAllowed,
  workGroupFromNothing,
} from './machine/rules.js';
export { coverageSetup } from './machine/setup.js';
export {
  COVERAGE_STATES,
  type CoverageSnapshot,
  type CoverageState,
  coverageRecord,
} from './machine/state.js';
