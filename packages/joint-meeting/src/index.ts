/**
 * `@jiayuan/joint-meeting`: one property-management matter through the four-level joint
 * meetings of the Jing'an notice (JA 二(一)), with escalation and optional mediation.
 *
 * @packageDocumentation
 */

export {
  type Escalation,
  initialMatterContext,
  type MatterContext,
  type MatterInput,
  MatterInputSchema,
  type MediationRecord,
  type MeetingRecord,
} from './matter/context.js';
export type { MatterEmitted } from './matter/emitted.js';
export {
  EscalateSchema,
  HoldMeetingSchema,
  type MatterEvent,
  MediationConcludedSchema,
  matterEvents,
  RequestMediationSchema,
  ResolveSchema,
  TickSchema,
} from './matter/events.js';
export {
  LEVEL_ORDER,
  LEVEL_RULES,
  type LevelRule,
  missingParticipants,
  nextLevel,
  PARTICIPANTS,
  type Participant,
} from './matter/levels.js';
export { matterMachine } from './matter/machine.js';
export { heldAtLevel } from './matter/rules.js';
export { ESCALATION, matterSetup } from './matter/setup.js';
export { type LegalRow, legalRows, toMermaid } from './mermaid.js';
