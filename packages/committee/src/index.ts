/**
 * `@jiayuan/committee`: the owners' committee procedures — first assembly and preparatory group,
 * the shared election, filing, and re-election with its freeze.
 *
 * @packageDocumentation
 */

export { ballotFor, choiceFor, type MultiBallot } from './election/ballots.js';
export { electionSpecs, type GroupRole } from './election/catalog.js';
export {
  AnswerObjectionSchema,
  CastBallotSchema,
  CloseElectionSchema,
  type ElectionEvent,
  JointReviewSchema,
  NominateSchema,
  ObjectSchema,
  OpenElectionSchema,
  PostNoticeSchema,
  ReportCandidatesSchema,
  SignUndertakingSchema,
  VetCandidateSchema,
} from './election/events.js';
export { candidateResults, fillSeats } from './election/ranking.js';
export { electionStateConfig } from './election/states.js';
export { formationEvents } from './formation/catalog.js';
export {
  AdoptDraftsSchema,
  AssistSchema,
  ChooseOfficersSchema,
  CompleteFilingSchema,
  ConfirmRollSchema,
  DeveloperReportSchema,
  DRAFTS,
  FILING_DOCUMENTS,
  FileSchema,
  type FormationOwnEvent,
  FormGroupSchema,
  OwnersActDirectlySchema,
  OwnersRequestSchema,
  PostResultSchema,
  PostRosterSchema,
  REPORT_DOCUMENTS,
  RecordDeliverySchema,
  RecordGuidanceSchema,
  TickSchema,
} from './formation/events.js';
export { formationMachine } from './formation/machine.js';
export { triggerMet } from './formation/rules.js';
export {
  AssemblyTopicSchema,
  AuthorityHandoverSchema,
  CallAssemblySchema,
  HandOverRecordsSchema,
  PressHandoverSchema,
  type ReElectionOwnEvent,
  ReportTermEndSchema,
} from './reelection/events.js';
export {
  FREEZE_TAG,
  freezeActive,
  frozenMatters,
  isFrozen,
  mayDecideDuringReElection,
  type TaggedSnapshot,
} from './reelection/freeze.js';
export {
  type Candidate,
  type CandidateResult,
  type CommitteeContext,
  ELIGIBILITY_GROUNDS,
  type Election,
  type ElectionRound,
  type EligibilityGround,
  EligibilityGroundSchema,
  GROUP_SEATS,
  type Group,
  type GroupMember,
  GroupMemberSchema,
  type Member,
  type NominationRoute,
  type Note,
  type Objection,
} from './shared/context.js';
export { DEADLINE_TITLES, type DeadlineId } from './shared/deadline-titles.js';
export { disqualifyingGrounds } from './shared/eligibility.js';
export { checkPreparatoryGroup, checkReElectionGroup, type GroupProposal } from './shared/group.js';
export {
  type CommitteeInput,
  FormationInputSchema,
  initialContext,
  ReElectionInputSchema,
} from './shared/input.js';
export { committeeDeadlines } from './shared/pending.js';
export { type CommitteeEmitted, type CommitteeEvent, committeeSetup } from './shared/setup.js';
export { checkCommitteeSize, isSmallComplex } from './shared/size.js';
export { fail, type Verdict } from './shared/verdict.js';
