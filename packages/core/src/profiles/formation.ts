import { z } from 'zod';
import type { Bar } from '../fraction.js';
import { BarSchema } from '../fraction.js';
import type { Cited, OptionalCitedPeriod } from './cited.js';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

const count = z.number().int().positive();

/** Who leads a preparatory or re-election group. */
export const GroupLeaderSchema = z.enum(['street', 'residents-committee']);

/** One of {@link GroupLeaderSchema}: the 街镇 or the residents' committee (居委会). */
export type GroupLeader = z.infer<typeof GroupLeaderSchema>;

/** A range of representatives, both bounds included. */
export interface RepsRange {
  /** The fewest representatives. */
  min: number;
  /** The most representatives. */
  max: number;
}

/** Make-up of the preparatory group (筹备组, RULES FORM-4). */
export interface PreparatoryGroup {
  /** The group has an odd number of members. */
  oddSize: Cited<boolean>;
  /** Owner representatives' share of the group; `null` when no text sets one. */
  ownerRepsShare: Cited<Bar | null>;
  /** Who leads the group; `null` when no text says. */
  leader: Cited<GroupLeader | null>;
  /** Representatives of the developer (建设单位); `null` when no text sets a number. */
  developerReps: Cited<number | null>;
  /** Representatives of the 街镇; `null` when no text sets a number. */
  streetReps: Cited<RepsRange | null>;
  /** Representatives of each residents' committee (居委会) covering the complex. */
  residentsCommitteeRepsEach: Cited<number | null>;
}

/**
 * When a complex may keep a 3-member committee: by floor area (SH 20: ≤ 10,000 m², stored in
 * 0.01 m² units as 1,000,000) or by households (BJ 39: ≤ 100 households).
 */
export interface SmallCommittee {
  /** The committee size allowed for a small complex. */
  size: number;
  /** What the bound measures: floor area or households. */
  measure: 'area' | 'households';
  /** Inclusive bound ("以下", CC 1259): area in 0.01 m², or a number of households. */
  atMost: number;
}

/** What obliges a first assembly (首次业主大会). */
export interface FormationTrigger {
  /** Sold-and-delivered share of the area that obliges a first assembly. */
  deliveredAreaShare: Cited<Bar | null>;
  /** Time since the first delivery that obliges it anyway. */
  sinceFirstDelivery: OptionalCitedPeriod;
}

/** Share of owners who may apply to form an assembly; either measure suffices (BJ 30). */
export interface OwnerApplicationShare {
  /** The share of owners by headcount. */
  headcount: Bar;
  /** The share of exclusive area. */
  area: Bar;
}

/** What the posting of the elected committee counts from. */
export const ElectionPostingFromSchema = z.enum(['election', 'officers-chosen']);

/** One of {@link ElectionPostingFromSchema}. */
export type ElectionPostingFrom = z.infer<typeof ElectionPostingFromSchema>;

/** How many members a committee has. */
export interface CommitteeSize {
  /** The fewest members. */
  min: number;
  /** The most members; `null` when no text caps it. */
  max: number | null;
  /** The number of members is odd. */
  odd: boolean;
}

/** A committee's term of office in years. */
export interface CommitteeTerm {
  /** The shortest term; `null` when only a maximum is set. */
  minYears: number | null;
  /** The longest term. */
  maxYears: number;
}

/** Substitute members (候补委员). */
export interface Substitutes {
  /** Whether an assembly may elect substitutes. */
  allowed: boolean;
  /** Their cap: `members`, no more than the members; `null` when no text caps them. */
  max: 'members' | null;
}

/** First assembly and committee formation (RULES FORM-1..8, 10–13). */
export interface Formation {
  /** What obliges a first assembly. */
  trigger: FormationTrigger;
  /** One owner, or few owners all agreeing, act as assembly and committee themselves. */
  fewOwnersActDirectly: Cited<boolean>;
  /** Share of owners who may apply to form an assembly; `null`: any owner may ask in writing. */
  ownerApplication: Cited<OwnerApplicationShare | null>;
  /** The developer reports the trigger to the 街镇. */
  developerReport: OptionalCitedPeriod;
  /**
   * The 街镇 forms the group after the report or request; where {@link leaderConvenesGroup} is
   * set, this is the 街镇's review of the application, ending with the leader appointed (BJ 31 ¶1).
   */
  groupFormation: OptionalCitedPeriod;
  /**
   * The appointed leader convenes the group's first meeting, forming it, within this period of
   * the appointment (BJ 31 ¶2). Absent (a profile persisted before it, or one whose text has no
   * such step): the 街镇 forms the group directly.
   */
  leaderConvenesGroup?: OptionalCitedPeriod;
  /** The group posts its roster after forming. */
  groupRosterPosting: OptionalCitedPeriod;
  /** Make-up of the preparatory group. */
  group: PreparatoryGroup;
  /** Posting of the group's work before the first meeting. */
  noticeBeforeFirstMeeting: OptionalCitedPeriod;
  /** The first meeting is held within this period of the group forming. */
  firstMeetingWithin: OptionalCitedPeriod;
  /** Committee size; `null` when no text sets one. */
  committeeSize: Cited<CommitteeSize | null>;
  /** When a small complex may keep a smaller committee; `null` when no text allows it. */
  smallCommittee: Cited<SmallCommittee | null>;
  /** Term of office; `null` when no text sets one. */
  committeeTerm: Cited<CommitteeTerm | null>;
  /** Substitute members (候补委员): allowed, and their cap. */
  substitutes: Cited<Substitutes>;
  /** Posting of the elected members and officers. */
  electionPosting: OptionalCitedPeriod;
  /**
   * What the posting period counts from: the election (SH 21 ¶2) or the officers being chosen
   * (BJ 42: "在推选完成之日起三日内"). Absent: from the election.
   */
  electionPostingFrom?: Cited<ElectionPostingFrom>;
  /**
   * The committee chooses its officers at a first meeting held within this period of the
   * election (BJ 42). Absent: no period.
   */
  officersChosenWithin?: OptionalCitedPeriod;
  /** The committee files with the 街镇 after its election. */
  filing: OptionalCitedPeriod;
  /** The 街镇 completes the filing. */
  filingCompletion: OptionalCitedPeriod;
  /** Candidates are recommended through the residential party organisation. */
  partyRecommendsCandidates: Cited<boolean>;
  /**
   * The residents' (villagers') committee may recommend candidates (BJ 40 ¶1 (二)). Absent:
   * it may not.
   */
  residentsCommitteeRecommendsCandidates?: Cited<boolean>;
  /** Candidate lists go through a joint review coordinated by the 街镇党(工)委. */
  candidateJointReview: Cited<boolean>;
  /** A third-party professional organisation may accompany formation throughout. */
  thirdPartyFacilitator: Cited<boolean>;
}

/**
 * {@link PreparatoryGroupSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const preparatoryGroupExact = z.strictObject({
  oddSize: CitedSwitchSchema,
  ownerRepsShare: cited(BarSchema.nullable()),
  leader: cited(GroupLeaderSchema.nullable()),
  developerReps: cited(count.nullable()),
  streetReps: cited(z.strictObject({ min: count, max: count }).nullable()),
  residentsCommitteeRepsEach: cited(count.nullable()),
});

/** Zod schema of {@link PreparatoryGroup}. */
export const PreparatoryGroupSchema: z.ZodType<PreparatoryGroup, PreparatoryGroup> =
  preparatoryGroupExact;

/**
 * {@link SmallCommitteeSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const smallCommitteeExact = z.strictObject({
  size: count,
  measure: z.enum(['area', 'households']),
  atMost: count,
});

/** Zod schema of {@link SmallCommittee}. */
export const SmallCommitteeSchema: z.ZodType<SmallCommittee, SmallCommittee> = smallCommitteeExact;

/**
 * {@link FormationSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const formationExact = z.strictObject({
  trigger: z.strictObject({
    deliveredAreaShare: cited(BarSchema.nullable()),
    sinceFirstDelivery: OptionalCitedPeriodSchema,
  }),
  fewOwnersActDirectly: CitedSwitchSchema,
  ownerApplication: cited(z.strictObject({ headcount: BarSchema, area: BarSchema }).nullable()),
  developerReport: OptionalCitedPeriodSchema,
  groupFormation: OptionalCitedPeriodSchema,
  leaderConvenesGroup: OptionalCitedPeriodSchema.optional(),
  groupRosterPosting: OptionalCitedPeriodSchema,
  group: PreparatoryGroupSchema,
  noticeBeforeFirstMeeting: OptionalCitedPeriodSchema,
  firstMeetingWithin: OptionalCitedPeriodSchema,
  committeeSize: cited(
    z.strictObject({ min: count, max: count.nullable(), odd: z.boolean() }).nullable(),
  ),
  smallCommittee: cited(SmallCommitteeSchema.nullable()),
  committeeTerm: cited(z.strictObject({ minYears: count.nullable(), maxYears: count }).nullable()),
  substitutes: cited(z.strictObject({ allowed: z.boolean(), max: z.enum(['members']).nullable() })),
  electionPosting: OptionalCitedPeriodSchema,
  electionPostingFrom: cited(ElectionPostingFromSchema).optional(),
  officersChosenWithin: OptionalCitedPeriodSchema.optional(),
  filing: OptionalCitedPeriodSchema,
  filingCompletion: OptionalCitedPeriodSchema,
  partyRecommendsCandidates: CitedSwitchSchema,
  residentsCommitteeRecommendsCandidates: CitedSwitchSchema.optional(),
  candidateJointReview: CitedSwitchSchema,
  thirdPartyFacilitator: CitedSwitchSchema,
});

/** Zod schema of {@link Formation}. */
export const FormationSchema: z.ZodType<Formation, Formation> = formationExact;

/**
 * The grounds that disqualify a candidate, each a switch so a profile follows its own text.
 * `true`: the ground applies under this profile.
 */
export interface EligibilityGrounds {
  /** The candidate, a spouse or a direct relative works for (or has interests in) the firm. */
  familyEmployedByFirm: Cited<boolean>;
  /** Damaged the main or load-bearing structure (损坏房屋主体和承重结构). */
  structuralDamage: Cited<boolean>;
  /** Built illegally (违法搭建). */
  illegalConstruction: Cited<boolean>;
  /** Spoiled the building's appearance (破坏房屋外貌). */
  facadeDamage: Cited<boolean>;
  /** Changed the use of the property without approval (擅自改变物业使用性质). */
  unauthorisedChangeOfUse: Cited<boolean>;
  /** Let a dwelling unlawfully (违法出租房屋). */
  illegalLetting: Cited<boolean>;
  /** Does not carry out the assembly's or the committee's decisions and has not corrected it. */
  notExecutingDecisions: Cited<boolean>;
  /** In arrears of fees or the maintenance fund: deleted from SH in 2023 and contested. */
  feeArrears: Cited<boolean>;
  /** Listed as a dishonest judgment debtor (失信被执行人). */
  dishonestDebtor: Cited<boolean>;
  /** Does not meet the residence period the candidate rules require (BJ 39 ¶3). */
  residenceRequirement: Cited<boolean>;
}

/**
 * Candidate eligibility (RULES FORM-9): each disqualifying ground is a switch so a profile
 * follows its own text. `feeArrears` was deleted from SH in 2023 and is contested.
 */
export interface Eligibility {
  /** The disqualifying grounds. */
  grounds: EligibilityGrounds;
  /** The assembly may add grounds of its own. */
  assemblyMayAddGrounds: Cited<boolean>;
  /** Candidates sign a written undertaking (履职承诺书). */
  undertakingRequired: Cited<boolean>;
}

/**
 * {@link EligibilitySchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const eligibilityExact = z.strictObject({
  grounds: z.strictObject({
    familyEmployedByFirm: CitedSwitchSchema,
    structuralDamage: CitedSwitchSchema,
    illegalConstruction: CitedSwitchSchema,
    facadeDamage: CitedSwitchSchema,
    unauthorisedChangeOfUse: CitedSwitchSchema,
    illegalLetting: CitedSwitchSchema,
    notExecutingDecisions: CitedSwitchSchema,
    feeArrears: CitedSwitchSchema,
    dishonestDebtor: CitedSwitchSchema,
    residenceRequirement: CitedSwitchSchema,
  }),
  assemblyMayAddGrounds: CitedSwitchSchema,
  undertakingRequired: CitedSwitchSchema,
});

/** Zod schema of {@link Eligibility}. */
export const EligibilitySchema: z.ZodType<Eligibility, Eligibility> = eligibilityExact;
