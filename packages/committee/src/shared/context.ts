import type {
  CandidateResult,
  DeadlineBook,
  FollowedLaw,
  HolidayCalendarSpec,
  Profile,
  VoteRecord,
} from '@jiayuan/core';
import { z } from 'zod';
import type { AssemblyGround } from '../election/assembly-grounds.js';
import { IdSchema } from './bounds.js';

/** The committee procedures, one machine each. */
export type Procedure = 'formation' | 're-election' | 'membership' | 'meetings';

/** Milestones by name (each a typed union per machine) with the instants they were reached. */
export type Milestones<TName extends string> = Readonly<Partial<Record<TName, string>>>;

/** What every committee process keeps: its procedure, clock, profile, deadlines and milestones. */
export interface ProcessContext<TProcedure extends Procedure, TMilestone extends string> {
  /** Which procedure this process runs. */
  readonly procedure: TProcedure;
  /** Process clock: the `at` of the last event. */
  readonly now: string;
  readonly profile: Profile;
  /**
   * The history the process follows and the edition it holds, when started with
   * `{ follows: id }`: the clock moves `profile` to the edition of each event's day. Absent for a
   * fixed profile.
   */
  readonly law?: FollowedLaw;
  readonly holidays: HolidayCalendarSpec | null;
  readonly deadlines: DeadlineBook;
  /** The complex, its floor area in 0.01 m². */
  readonly complex: { readonly id: string; readonly floorArea: number };
  readonly milestones: Milestones<TMilestone>;
}

/** The disqualifying grounds of candidate eligibility, each a switch in the profile (FORM-9). */
export const ELIGIBILITY_GROUNDS = [
  'familyEmployedByFirm',
  'structuralDamage',
  'illegalConstruction',
  'facadeDamage',
  'unauthorisedChangeOfUse',
  'illegalLetting',
  'notExecutingDecisions',
  'feeArrears',
  'dishonestDebtor',
  'residenceRequirement',
] as const;

/** Zod schema of {@link EligibilityGround}. */
export const EligibilityGroundSchema = z.enum(ELIGIBILITY_GROUNDS);

/** One of {@link ELIGIBILITY_GROUNDS}. */
export type EligibilityGround = z.infer<typeof EligibilityGroundSchema>;

/** What a member of a preparatory or re-election group represents (SH 15 ¶2, SH 28 ¶3). */
export const GROUP_SEATS = ['owner', 'developer', 'street', 'residents-committee'] as const;

/** Zod schema of a group member. */
export const GroupMemberSchema = z.strictObject({
  id: IdSchema,
  seat: z.enum(GROUP_SEATS),
  leader: z.boolean().default(false),
  /**
   * For an owner representative: the grounds of candidate ineligibility (SH 20 ¶2) the street
   * office found in naming them. Those the profile has on bar the seat (SH 15 ¶2, SH 28 ¶3,
   * BJ 31 ¶3); the others are recorded only. Absent: none found.
   */
  grounds: z.array(EligibilityGroundSchema).optional(),
});

/** A member of a preparatory or re-election group. */
export type GroupMember = z.infer<typeof GroupMemberSchema>;

/** A preparatory group (筹备组) or re-election group (换届改选小组). */
export interface Group {
  readonly kind: 'preparatory' | 're-election';
  readonly formedAt: string;
  readonly members: readonly GroupMember[];
  /** Residents' committees covering the complex, each sending one representative. */
  readonly residentsCommittees: number;
  /** Training the 街镇 gave the group before its work began (SH 15 ¶5); formation only. */
  readonly trainings: readonly GroupTraining[];
  /** Owners' objections to group members and how the 街镇 settled them (SH 15 ¶4). */
  readonly memberObjections: readonly MemberObjection[];
}

/** A training session for the preparatory group (SH 15 ¶5). */
export interface GroupTraining {
  readonly at: string;
  /** Group members who attended. */
  readonly attendees: readonly string[];
}

/** An owner's objection to a member of the preparatory group (SH 15 ¶4). */
export interface MemberObjection {
  readonly id: string;
  readonly memberId: string;
  readonly by: string;
  readonly at: string;
  readonly text: string;
  /** How the 街镇 settled it, once it has. */
  readonly settlement: {
    readonly at: string;
    readonly outcome: 'upheld' | 'dismissed';
    readonly answer: string;
    /** Who took the member's place when the objection was upheld. */
    readonly replacement: GroupMember | null;
  } | null;
}

/** How a candidate came forward (FORM-10). */
export type NominationRoute = 'self' | 'owners' | 'party-pool' | 'residents-committee' | 'group';

/** A candidate for the committee (FORM-9, FORM-10). */
export interface Candidate {
  readonly id: string;
  readonly route: NominationRoute;
  readonly nominatedAt: string;
  /** `null` until vetted; then whether no enabled ground applies. */
  readonly eligible: boolean | null;
  /** Grounds found when vetting, including ones the profile has switched off. */
  readonly groundsFound: readonly EligibilityGround[];
  /**
   * Grounds the assembly's rules of procedure add that vetting found (SH 20 ¶2, PMR 16 ¶2); each
   * bars the candidate. Absent when none was found.
   */
  readonly assemblyGroundsFound?: readonly AssemblyGround[];
  readonly undertakingSigned: boolean;
  /** Struck by the joint review (联审), with its reason. */
  readonly struck?: string;
}

/** One candidate's standing after a round: core's, shared with the assembly's elections. */
export type { CandidateResult };

/** One round of the election: a vote per candidate, all on the same ballots. */
export interface ElectionRound {
  readonly round: number;
  /** Seats this round fills. */
  readonly seats: number;
  readonly openedAt: string;
  readonly closesAt: string;
  /** One VoteRecord per candidate on the ballot, tallied by the double majority (CC 278 ¶2). */
  readonly votes: Readonly<Record<string, VoteRecord>>;
  readonly results?: readonly CandidateResult[];
}

/** The election (shared by formation, re-election and by-election). */
export interface Election {
  /** Seats the election must fill in all. */
  readonly seats: number;
  readonly round: number;
  /** Candidates elected so far, in seat order. */
  readonly elected: readonly string[];
  readonly current: ElectionRound | null;
  readonly past: readonly ElectionRound[];
  readonly reportedAt: string | null;
}

/** A member of the committee. */
export interface Member {
  readonly id: string;
  readonly since: string;
}

/** An objection to what the group posted, and its answer (FORM-6). */
export interface Objection {
  readonly id: string;
  readonly by: string;
  readonly at: string;
  readonly text: string;
  readonly answer: string | null;
}

/** A noted act of an organisation that leads or assists (FORM-13). */
export interface Note {
  readonly at: string;
  readonly by: string;
  readonly role: string;
  readonly text: string;
}

/** The six grounds on which membership ends (SH 31 ¶1 (一)–(六), TERM-5). */
export const MEMBERSHIP_GROUNDS = [
  'no-longer-owner',
  'resigned',
  'unable-to-serve',
  'refuses-to-convene',
  'absent',
  'breaks-undertaking',
] as const;

/** One of {@link MEMBERSHIP_GROUNDS}. */
export type MembershipGround = (typeof MEMBERSHIP_GROUNDS)[number];

/** A membership that ended, and how (SH 31 ¶2). */
export interface MembershipEnding {
  readonly memberId: string;
  readonly ground: MembershipGround;
  readonly at: string;
  /** `automatic` (grounds 1–2), `terminated` (3) or `removed` (罢免, 4–6) by the assembly. */
  readonly how: 'automatic' | 'terminated' | 'removed';
}

/** A removal (or termination) put to the assembly, with its vote (SH 31 ¶2). */
export interface RemovalMotion {
  readonly memberId: string;
  readonly ground: MembershipGround;
  readonly vote: VoteRecord;
}

/** A committee meeting and who attended it (SH 26; feeds the absence ground, SH 31 (五)). */
export interface MeetingRecord {
  readonly heldAt: string;
  /** The members at the time of the meeting. */
  readonly members: readonly string[];
  readonly attended: readonly string[];
}

/** A decision taken at a committee meeting, with the members who signed (SH 26 ¶3). */
export interface MeetingDecision {
  readonly id: string;
  readonly at: string;
  readonly consenting: readonly string[];
  /** Signed by more than half of all members. */
  readonly passed: boolean;
}

/** The committee meeting called or in session (SH 26). */
export interface CurrentMeeting {
  readonly kind: 'regular' | 'interim';
  readonly calledAt: string;
  readonly proposers: readonly string[];
  readonly heldAt: string | null;
  readonly attended: readonly string[];
  readonly decisions: readonly MeetingDecision[];
}
