/**
 * `@jiayuan/committee`: the owners' committee procedures — first assembly and preparatory group,
 * the shared election, filing, re-election with its freeze and term-end audit, membership
 * (endings, removal, substitutes, by-election, early re-election), committee meetings, and the
 * stand-in body when no committee is formed or re-elected in time.
 *
 * @packageDocumentation
 */

export type { CommitteeContext } from './contexts.js';
export { ballotFor, choiceFor, type MultiBallot } from './election/ballots.js';
export { type ElectionEvent, electionEntries, type GroupRole } from './election/catalog.js';
export type {
  ElectionContext,
  ElectionFields,
  ElectionMilestone,
  ElectionNotice,
} from './election/context.js';
export { closedRound, newElection } from './election/count.js';
export { electionEffects } from './election/effects.js';
export { electionGuards } from './election/guards.js';
export { candidateResults, fillSeats } from './election/ranking.js';
export { electionStates } from './election/states.js';
export { type FormationEvent, formationEvents } from './formation/catalog.js';
export {
  type FormationContext,
  type FormationMilestone,
  initialFormationContext,
  type OwnersActing,
} from './formation/context.js';
export { formationMachine } from './formation/machine.js';
export { REPORT_DOCUMENTS, triggerMet } from './formation/rules.js';
export { formationSetup, triggeredAt } from './formation/setup.js';
export { groupEntries } from './group/catalog.js';
export type {
  GroupContext,
  GroupFields,
  GroupMilestone,
  GroupProcedure,
} from './group/context.js';
export { type GroupEvent, groupEffects } from './group/effects.js';
export {
  DRAFTS,
  facilitatorAllowed,
  partyLedFormation,
  standInAvailable,
  trainedFirst,
} from './group/rules.js';
export { standInRemedy } from './group/stand-in-remedy.js';
export {
  COMMITTEE_MESSAGES,
  type CommitteeLeaderSeat,
  type CommitteeMessageArgs,
  type CommitteeMessageId,
  type CommitteeMessageTemplates,
  committeeMessage,
} from './locales/index.js';
export { type MeetingsEvent, meetingsEvents } from './meetings/catalog.js';
export {
  type ConveningFailure,
  type ConveningRecord,
  type ConveningRefusal,
  initialMeetingsContext,
  type MeetingsContext,
  type MeetingsMilestone,
} from './meetings/context.js';
export { meetingsMachine } from './meetings/machine.js';
export { checkCall, checkQuorum, decisionPasses } from './meetings/rules.js';
export { meetingsSetup } from './meetings/setup.js';
export { type AbsenceShare, absenceShares } from './membership/absence.js';
export {
  ASSEMBLY_GROUNDS,
  AUTOMATIC_GROUNDS,
  type MembershipEvent,
  membershipEvents,
} from './membership/catalog.js';
export {
  initialMembershipContext,
  type MembershipContext,
  type MembershipMilestone,
} from './membership/context.js';
export { membershipMachine } from './membership/machine.js';
export {
  byElectionAllowed,
  checkRemovalMotion,
  fewerThanHalfRemain,
  moreThanHalfRemain,
  vacancies,
} from './membership/rules.js';
export { membershipSetup } from './membership/setup.js';
export { type ReElectionEvent, reElectionEvents } from './reelection/catalog.js';
export {
  type CalledAssembly,
  initialReElectionContext,
  type ReElectionContext,
  type ReElectionMilestone,
} from './reelection/context.js';
export {
  AssemblyTopicSchema,
  checkFreeze,
  FREEZE_TAG,
  type FreezeFacts,
  freezeActive,
  frozenMatters,
  isFrozen,
  mayDecideDuringReElection,
  type TaggedSnapshot,
} from './reelection/freeze.js';
export { reElectionMachine } from './reelection/machine.js';
export {
  AUDIT_SCOPE,
  checkAudit,
  filingCompleted,
  handoverOverdue,
  recordsPending,
} from './reelection/rules.js';
export { reElectionSetup } from './reelection/setup.js';
export { seatingEntries } from './seating/catalog.js';
export type { SeatingContext, SeatingFields, SeatingMilestone } from './seating/context.js';
export { type SeatingEvent, seat, seatingEffects } from './seating/effects.js';
export { checkFiling, checkOfficers, FILING_DOCUMENTS } from './seating/rules.js';
export { seatingStates } from './seating/states.js';
export {
  type Candidate,
  type CandidateResult,
  type CurrentMeeting,
  ELIGIBILITY_GROUNDS,
  type Election,
  type ElectionRound,
  type EligibilityGround,
  EligibilityGroundSchema,
  GROUP_SEATS,
  type Group,
  type GroupMember,
  GroupMemberSchema,
  type GroupTraining,
  MEMBERSHIP_GROUNDS,
  type MeetingDecision,
  type MeetingRecord,
  type Member,
  type MemberObjection,
  type MembershipEnding,
  type MembershipGround,
  type Milestones,
  type NominationRoute,
  type Note,
  type Objection,
  type Procedure,
  type ProcessContext,
  type RemovalMotion,
} from './shared/context.js';
export {
  DEADLINE_IDS,
  type DeadlineId,
  deadlineTitle,
  type PeriodDeadlineId,
} from './shared/deadline-titles.js';
export {
  type Announcement,
  type AnnouncementKind,
  type AnnounceParams,
  type ClockChange,
  type Clocked,
  type CommitteeEmitted,
  clocked,
  type PastDueParams,
} from './shared/effects.js';
export { disqualifyingGrounds } from './shared/eligibility.js';
export { checkPreparatoryGroup, checkReElectionGroup, type GroupProposal } from './shared/group.js';
export {
  type CommitteeInput,
  CommitteeInputError,
  type CommitteeInputErrorCode,
  type CommitteeProfileInput,
  type FormationInput,
  FormationInputSchema,
  fieldsOfOtherProcedures,
  type MeetingsInput,
  MeetingsInputSchema,
  type MembershipInput,
  MembershipInputSchema,
  parseCommitteeInput,
  type ReElectionInput,
  ReElectionInputSchema,
} from './shared/input.js';
export {
  COMMITTEE_SNAPSHOT_VERSIONS,
  formationMigrations,
  meetingsMigrations,
  membershipMigrations,
  reElectionMigrations,
} from './shared/migrations.js';
export { committeeDeadlines } from './shared/pending.js';
export { checkCommitteeSize, isSmallComplex } from './shared/size.js';
export { type FailArgs, fail, type Verdict } from './shared/verdict.js';
export { PROGRESS_STEPS, type StandInEvent, standInEvents } from './stand-in/catalog.js';
export {
  type CoordinatedMatter,
  type Deliberation,
  type Dissolution,
  type PastTerm,
  type ProgressStep,
  STAND_IN_SEATS,
  type StandInAnnouncement,
  type StandInContext,
  type StandInDecision,
  type StandInEmitted,
  type StandInMember,
  StandInMemberSchema,
  type StandInMilestone,
  type StandInReason,
  StandInReasonSchema,
} from './stand-in/context.js';
export {
  STAND_IN_DEADLINE_TITLES,
  type StandInDeadlineKind,
  standInDeadlines,
} from './stand-in/deadlines.js';
export {
  initialStandInContext,
  parseStandInInput,
  type StandInBody,
  type StandInInput,
  StandInInputError,
  type StandInInputErrorCode,
  StandInInputSchema,
  standInOf,
} from './stand-in/input.js';
export { standInMachine } from './stand-in/machine.js';
export {
  checkComposition,
  checkGovernanceComposition,
  checkManagementComposition,
  STAND_IN_FILING_DOCUMENTS,
} from './stand-in/rules.js';
export { standInSetup } from './stand-in/setup.js';
