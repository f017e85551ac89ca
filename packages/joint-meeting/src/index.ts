/**
 * `@jiayuan/joint-meeting`: one property-management matter through the four-level joint
 * meetings of the Jing'an notice (JA 二(一)), with escalation and optional mediation; the
 * disclosure-duty calendar of a complex (DISC-1..7), whose overdue duties raise matters; and the
 * evaluation and award records of JA 二(四)1–2 with their exact aggregation.
 *
 * @packageDocumentation
 */

// The diagram generator is core's; re-exported here so `toMermaid` stays importable from this
// package.
export { type LegalRow, legalRows, toMermaid } from '@jiayuan/core';
export { type DisclosureEvent, disclosureEvents } from './disclosure/catalog.js';
export {
  type DisclosureContext,
  type DisclosureInput,
  DisclosureInputError,
  type DisclosureInputErrorCode,
  DisclosureInputSchema,
  initialDisclosureContext,
  type Obligation,
  type ObligationStatus,
  openObligation,
  planOf,
} from './disclosure/context.js';
export {
  type DrawingSource,
  DrawingSourceSchema,
  type FundDrawing,
  MAX_AWAITING_DRAWINGS,
} from './disclosure/drawings.js';
export {
  DUTY_IDS,
  type DutyFacts,
  type DutyId,
  type DutyPlan,
  dutiesFor,
  type FeeModel,
  PUBLISHER_ROLES,
  type Publisher,
  type Schedule,
} from './disclosure/duties.js';
export type { DisclosureEmitted } from './disclosure/emitted.js';
export { disclosureMachine } from './disclosure/machine.js';
export {
  DISCLOSURE_SNAPSHOT_VERSION,
  disclosureMigrations,
} from './disclosure/migrations.js';
export { DISCLOSURE_CITATIONS } from './disclosure/rules.js';
export { nextYearlyDate } from './disclosure/schedule.js';
export { disclosureSetup, matterIdFor } from './disclosure/setup.js';
export {
  aggregateEvaluations,
  aggregateNominations,
  type DimensionSummary,
  type EvaluationSummary,
  type Fraction,
  fraction,
  type NominationSummary,
} from './evaluation/aggregate.js';
export {
  AWARD_KINDS,
  type AwardKind,
  type AwardNomination,
  AwardNominationSchema,
  EVALUATION_CITATIONS,
  EVALUATION_DIMENSIONS,
  type EvaluationDimension,
  type EvaluationRecord,
  EvaluationRecordSchema,
  type Parsed,
  parseEvaluation,
  parseNomination,
} from './evaluation/records.js';
export { type MatterEvent, matterEvents } from './matter/catalog.js';
export {
  type Escalation,
  initialMatterContext,
  type MatterContext,
  type MatterInput,
  MatterInputError,
  type MatterInputErrorCode,
  MatterInputSchema,
  type MediationRecord,
  type MeetingRecord,
} from './matter/context.js';
export type { MatterEmitted } from './matter/emitted.js';
export {
  convenerOf,
  LEVEL_ORDER,
  LEVEL_RULES,
  type LevelRule,
  levelsOf,
  missingParticipants,
  nextLevel,
  PARTICIPANTS,
  type Participant,
  participantsOf,
} from './matter/levels.js';
export { matterMachine } from './matter/machine.js';
export { heldAtLevel } from './matter/rules.js';
export { ESCALATION, matterSetup } from './matter/setup.js';
