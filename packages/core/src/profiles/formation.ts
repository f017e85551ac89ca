import { z } from 'zod';
import { BarSchema } from '../fraction.js';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

const count = z.number().int().positive();

/** Who leads a preparatory or re-election group. */
export const GroupLeaderSchema = z.enum(['street', 'residents-committee']);

/** Make-up of the preparatory group (筹备组, RULES FORM-4). */
export const PreparatoryGroupSchema = z.strictObject({
  oddSize: CitedSwitchSchema,
  /** Owner representatives' share of the group. */
  ownerRepsShare: cited(BarSchema.nullable()),
  leader: cited(GroupLeaderSchema.nullable()),
  developerReps: cited(count.nullable()),
  streetReps: cited(z.strictObject({ min: count, max: count }).nullable()),
  /** Representatives of each residents' committee (居委会) covering the complex. */
  residentsCommitteeRepsEach: cited(count.nullable()),
});

/**
 * When a complex may keep a 3-member committee: by floor area (SH 20: ≤ 10,000 m², stored in
 * 0.01 m² units as 1,000,000) or by households (BJ 39: ≤ 100 households).
 */
export const SmallCommitteeSchema = z.strictObject({
  size: count,
  measure: z.enum(['area', 'households']),
  /** Inclusive bound ("以下", CC 1259): area in 0.01 m², or a number of households. */
  atMost: count,
});

/** First assembly and committee formation (RULES FORM-1..8, 10–13). */
export const FormationSchema = z.strictObject({
  trigger: z.strictObject({
    /** Sold-and-delivered share of the area that obliges a first assembly. */
    deliveredAreaShare: cited(BarSchema.nullable()),
    /** Time since the first delivery that obliges it anyway. */
    sinceFirstDelivery: OptionalCitedPeriodSchema,
  }),
  /** One owner, or few owners all agreeing, act as assembly and committee themselves. */
  fewOwnersActDirectly: CitedSwitchSchema,
  /**
   * Share of owners who may apply to form an assembly; `null`: any owner may ask in writing.
   * Either measure suffices (BJ 30).
   */
  ownerApplication: cited(z.strictObject({ headcount: BarSchema, area: BarSchema }).nullable()),
  /** The developer reports the trigger to the 街镇. */
  developerReport: OptionalCitedPeriodSchema,
  /** The 街镇 forms the group after the report or request. */
  groupFormation: OptionalCitedPeriodSchema,
  /** The group posts its roster after forming. */
  groupRosterPosting: OptionalCitedPeriodSchema,
  group: PreparatoryGroupSchema,
  /** Posting of the group's work before the first meeting. */
  noticeBeforeFirstMeeting: OptionalCitedPeriodSchema,
  /** The first meeting is held within this period of the group forming. */
  firstMeetingWithin: OptionalCitedPeriodSchema,
  /** Committee size; `max: null` when no text caps it. */
  committeeSize: cited(
    z.strictObject({ min: count, max: count.nullable(), odd: z.boolean() }).nullable(),
  ),
  smallCommittee: cited(SmallCommitteeSchema.nullable()),
  /** Term of office in years; `minYears: null` when only a maximum is set. */
  committeeTerm: cited(z.strictObject({ minYears: count.nullable(), maxYears: count }).nullable()),
  /** Substitute members (候补委员): allowed, and their cap (`members`: no more than members). */
  substitutes: cited(z.strictObject({ allowed: z.boolean(), max: z.enum(['members']).nullable() })),
  /** Posting of the elected members and officers. */
  electionPosting: OptionalCitedPeriodSchema,
  /** The committee files with the 街镇 after its election. */
  filing: OptionalCitedPeriodSchema,
  /** The 街镇 completes the filing. */
  filingCompletion: OptionalCitedPeriodSchema,
  /** Candidates are recommended through the residential party organisation. */
  partyRecommendsCandidates: CitedSwitchSchema,
  /** Candidate lists go through a joint review coordinated by the 街镇党(工)委. */
  candidateJointReview: CitedSwitchSchema,
  /** A third-party professional organisation may accompany formation throughout. */
  thirdPartyFacilitator: CitedSwitchSchema,
});

/** See {@link FormationSchema}. */
export type Formation = z.infer<typeof FormationSchema>;

/**
 * Candidate eligibility (RULES FORM-9): each disqualifying ground is a switch so a profile
 * follows its own text. `feeArrears` was deleted from SH in 2023 and is contested.
 */
export const EligibilitySchema = z.strictObject({
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
  /** The assembly may add grounds of its own. */
  assemblyMayAddGrounds: CitedSwitchSchema,
  /** Candidates sign a written undertaking (履职承诺书). */
  undertakingRequired: CitedSwitchSchema,
});

/** See {@link EligibilitySchema}. */
export type Eligibility = z.infer<typeof EligibilitySchema>;
