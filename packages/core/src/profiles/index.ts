/**
 * Profiles: every number and switch of the rule book with the articles that set it, validated
 * by zod and kept above the Civil Code floor. `shanghai` is the default.
 */
import { beijing } from './beijing.js';
import { national } from './national.js';
import type { Profile, ProfileId } from './schema.js';
import { shanghai } from './shanghai.js';

export { beijing } from './beijing.js';
export {
  BilingualSchema,
  type Cited,
  CitedBarSchema,
  type CitedPeriod,
  CitedPeriodSchema,
  cited,
  type OptionalCitedPeriod,
  OptionalCitedPeriodSchema,
  type ProfileText,
} from './cited.js';
export { defineProfile, type ProfileIssue, ProfileValidationError } from './define.js';
export { describeProfile, type ProfileRow } from './describe.js';
export {
  type AnnualAccountsScope,
  calendarMonths,
  type DayOfYear,
  type Disclosure,
  DisclosureSchema,
  type PeriodKind,
  type ReportingPeriod,
  ReportingPeriodSchema,
} from './disclosure.js';
export {
  type FineRange,
  type Firm,
  FirmSchema,
  type HandoverPeriod,
  HandoverPeriodSchema,
  type HandoverStart,
  type TemporaryFirm,
} from './firm.js';
export {
  checkProfileFloors,
  type FloorViolation,
  minimumCalendarDays,
  ProfileFloorError,
} from './floor.js';
export {
  type CommitteeSize,
  type CommitteeTerm,
  type Eligibility,
  type EligibilityGrounds,
  EligibilitySchema,
  type Formation,
  FormationSchema,
  type FormationTrigger,
  type GroupLeader,
  GroupLeaderSchema,
  type OwnerApplicationShare,
  type PreparatoryGroup,
  PreparatoryGroupSchema,
  type RepsRange,
  type SmallCommittee,
  SmallCommitteeSchema,
  type Substitutes,
} from './formation.js';
export {
  FUND_EMERGENCY_KINDS,
  type Fund,
  type FundEmergencyKind,
  FundEmergencyKindSchema,
  FundSchema,
} from './fund.js';
export {
  type EscalateAfter,
  type JointLevel,
  JointLevelSchema,
  type JointMeetings,
  JointMeetingsSchema,
} from './joint-meetings.js';
export { type Meetings, MeetingsSchema } from './meetings.js';
export { national } from './national.js';
export {
  type BranchCommitteeSize,
  type BranchCommitteeTerm,
  type MemberQuota,
  type Party,
  PartySchema,
} from './party.js';
export {
  RETIRED_KEY_CODE,
  RETIRED_PROFILE_KEYS,
  type RetiredProfileKey,
} from './retired-keys.js';
export {
  PROFILE_IDS,
  type Profile,
  type ProfileId,
  ProfileIdSchema,
  type ProfileInput,
  ProfileSchema,
} from './schema.js';
export { shanghai } from './shanghai.js';
export {
  type AbsenceRemoval,
  type ChangeFiler,
  ChangeFilerSchema,
  type EarlyReElection,
  type FreezeMatter,
  FreezeMatterSchema,
  type GovernanceCommitteeStandIn,
  type NoStandIn,
  type PropertyManagementCommitteeStandIn,
  type ReElectionGroup,
  type StandIn,
  StandInSchema,
  type Term,
  TermSchema,
} from './term.js';
export {
  type DoubleBar,
  type InterimAssemblyProposers,
  type ProfileParkingRule,
  ProfileParkingRuleSchema,
  type ProposerMeasure,
  ProposerMeasureSchema,
  RevotePolicySchema,
  type Voting,
  VotingSchema,
} from './voting.js';

/** The shipped profiles by id. */
export const PROFILES: { readonly [K in ProfileId]: Profile } = Object.freeze({
  shanghai,
  national,
  beijing,
});

/** The profile used when a host passes none: {@link shanghai}. */
export const DEFAULT_PROFILE: Profile = shanghai;
