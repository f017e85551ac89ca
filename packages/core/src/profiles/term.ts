import { z } from 'zod';
import type { Period } from '../calendar/index.js';
import { PeriodSchema } from '../calendar/index.js';
import type { Bar, Fraction } from '../fraction.js';
import { BarSchema, FractionSchema } from '../fraction.js';
import type { Cited, OptionalCitedPeriod } from './cited.js';
import { cited, OptionalCitedPeriodSchema } from './cited.js';
import type { GroupLeader } from './formation.js';
import { GroupLeaderSchema } from './formation.js';

/** Matters the outgoing committee may not put to the assembly during re-election (SH 28 ¶4). */
export const FreezeMatterSchema = z.enum([
  'hire-dismiss-firm',
  'fee-change',
  'major-repair',
  'other-major',
]);

/** One of {@link FreezeMatterSchema}. */
export type FreezeMatter = z.infer<typeof FreezeMatterSchema>;

/**
 * Who may file a change of the committee's name, members, rules of procedure or statute: the
 * committee (SH 33) or, where the texts name it, the stand-in (BJ 50: 业主委员会或者物业管理委员会).
 */
export const ChangeFilerSchema = z.enum(['committee', 'stand-in']);

/** One of {@link ChangeFilerSchema}. */
export type ChangeFiler = z.infer<typeof ChangeFilerSchema>;

/** Shanghai's stand-in, the 物业治理委员会 (SH-36 (十八)), which the profile does not size. */
export interface GovernanceCommitteeStandIn {
  /** Discriminant. */
  kind: 'governance-committee';
}

/** Beijing's stand-in, the 物业管理委员会 (BJ 52–58), with its own numbers. */
export interface PropertyManagementCommitteeStandIn {
  /** Discriminant. */
  kind: 'property-management-committee';
  /** The fewest members. */
  minSize: number;
  /** The number of members is odd. */
  odd: boolean;
  /** Owner representatives' share of the members. */
  ownerRepsShare: Bar;
  /** Who chairs it. */
  chair: GroupLeader;
  /** The longest it may serve. */
  maxTerm: Period;
  /** It files within this period of forming. */
  filing: Period;
  /** The 街镇 completes the filing within this period. */
  filingCompletion: Period;
  /** Share of all members whose signed consent decides a matter (BJ 57 ¶3). */
  decision: Bar;
  /** A decided matter is posted within this period of the meeting (BJ 57 ¶3). */
  decisionPostingWithin: Period;
  /** How long a posted decision stays up (BJ 57 ¶3: 公示十个工作日). */
  decisionPosting: Period;
  /**
   * A meeting's quorum (BJ 57 ¶2): the share of all members present, and the share of the
   * owner-representative members present, both needed. Absent (a profile persisted before it):
   * no quorum is checked.
   */
  quorum?: StandInQuorum;
}

/** The stand-in's meeting quorum (BJ 57 ¶2: 过半数委员且过半数业主代表委员参加). */
export interface StandInQuorum {
  /** Share of all members present. */
  members: Bar;
  /** Share of the owner-representative members present (no proxies for them). */
  ownerReps: Bar;
}

/** No stand-in beyond the 街镇 convening the assembly. */
export interface NoStandIn {
  /** Discriminant. */
  kind: 'none';
}

/**
 * Who stands in when no committee can be formed or re-elected (RULES TERM-9):
 * Shanghai's 物业治理委员会 (SH-36 (十八)), Beijing's 物业管理委员会 (BJ 52–58) with its own
 * numbers, or nothing beyond the 街镇 convening the assembly.
 */
export type StandIn = GovernanceCommitteeStandIn | PropertyManagementCommitteeStandIn | NoStandIn;

/**
 * {@link StandInSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const standInExact = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('governance-committee') }),
  z.strictObject({
    kind: z.literal('property-management-committee'),
    minSize: z.number().int().positive(),
    odd: z.boolean(),
    ownerRepsShare: BarSchema,
    chair: GroupLeaderSchema,
    maxTerm: PeriodSchema,
    filing: PeriodSchema,
    filingCompletion: PeriodSchema,
    decision: BarSchema,
    decisionPostingWithin: PeriodSchema,
    decisionPosting: PeriodSchema,
    quorum: z.strictObject({ members: BarSchema, ownerReps: BarSchema }).optional(),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);

/** Zod schema of {@link StandIn}. */
export const StandInSchema: z.ZodType<StandIn, StandIn> = standInExact;

/** Make-up of the re-election group (换届小组). */
export interface ReElectionGroup {
  /** The group has an odd number of members. */
  odd: boolean;
  /** Owner representatives' share of the group. */
  ownerRepsShare: Bar;
  /** Who leads the group. */
  leader: GroupLeader;
  /** The developer has no seat in the group. */
  developerExcluded: boolean;
}

/** A removal ground: absent from a share of committee meetings within a period. */
export interface AbsenceRemoval {
  /** The share of meetings missed. */
  share: Bar;
  /** The period the meetings are counted over. */
  within: Period;
}

/** When the committee must be re-elected before its term ends. */
export interface EarlyReElection {
  /** Early re-election when remaining members are fewer than this fraction of the full number. */
  whenMembersFewerThan: Cited<Fraction | null>;
  /** …or when the committee has done nothing for this long. */
  inactivity: OptionalCitedPeriod;
}

/** Term, re-election, vacancy and removal (RULES TERM-1..9). */
export interface Term {
  /** The committee reports to the 街镇 this long before its term ends. */
  reportBeforeExpiry: OptionalCitedPeriod;
  /** The 街镇 forms the re-election group within this period of the report. */
  groupFormation: OptionalCitedPeriod;
  /** Make-up of the re-election group; `null` when no text sets one. */
  group: Cited<ReElectionGroup | null>;
  /** Matters frozen from the group's formation to the new election; empty: no freeze. */
  freeze: Cited<FreezeMatter[]>;
  /** Outgoing committee hands records and seals to the 房管机构. */
  recordsToAuthority: OptionalCitedPeriod;
  /** New committee files after its election. */
  reElectionFiling: OptionalCitedPeriod;
  /** The 房管机构 hands the records to the new committee after filing. */
  authorityHandover: OptionalCitedPeriod;
  /** A departing member hands over what they hold. */
  departingMemberHandover: OptionalCitedPeriod;
  /** Removal ground: absent from this share of committee meetings within the period. */
  absenceRemoval: Cited<AbsenceRemoval | null>;
  /** A by-election is possible while the remaining members meet this bar of the full number. */
  byElectionWhileMembers: Cited<Bar | null>;
  /** When the committee must be re-elected early. */
  earlyReElection: EarlyReElection;
  /** Filing of changes (name, members, rules) or deregistration. */
  changeFiling: OptionalCitedPeriod;
  /**
   * Who may make a change filing (BJ 50 names the stand-in beside the committee). Absent (a
   * profile persisted before it): the committee alone.
   */
  changeFilers?: Cited<ChangeFiler[]>;
  /**
   * The 街镇 completes a change filing within this period of receiving it (SH 34: 二十日内).
   * Absent (a profile persisted before it) or `null`: no period.
   */
  changeFilingCompletion?: OptionalCitedPeriod;
  /**
   * The 街镇 copies the completed filing to the district housing department (SH 34:
   * 抄送区房屋行政管理部门). Absent: no copy.
   */
  changeFilingCopiedToDistrict?: Cited<boolean>;
  /** Who stands in when no committee can be formed or re-elected (TERM-9). */
  standIn: Cited<StandIn>;
}

/**
 * {@link TermSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const termExact = z.strictObject({
  reportBeforeExpiry: OptionalCitedPeriodSchema,
  groupFormation: OptionalCitedPeriodSchema,
  group: cited(
    z
      .strictObject({
        odd: z.boolean(),
        ownerRepsShare: BarSchema,
        leader: GroupLeaderSchema,
        developerExcluded: z.boolean(),
      })
      .nullable(),
  ),
  freeze: cited(z.array(FreezeMatterSchema)),
  recordsToAuthority: OptionalCitedPeriodSchema,
  reElectionFiling: OptionalCitedPeriodSchema,
  authorityHandover: OptionalCitedPeriodSchema,
  departingMemberHandover: OptionalCitedPeriodSchema,
  absenceRemoval: cited(z.strictObject({ share: BarSchema, within: PeriodSchema }).nullable()),
  byElectionWhileMembers: cited(BarSchema.nullable()),
  earlyReElection: z.strictObject({
    whenMembersFewerThan: cited(FractionSchema.nullable()),
    inactivity: OptionalCitedPeriodSchema,
  }),
  changeFiling: OptionalCitedPeriodSchema,
  changeFilers: cited(z.array(ChangeFilerSchema).min(1)).optional(),
  changeFilingCompletion: OptionalCitedPeriodSchema.optional(),
  changeFilingCopiedToDistrict: cited(z.boolean()).optional(),
  standIn: cited(StandInSchema),
});

/** Zod schema of {@link Term}. */
export const TermSchema: z.ZodType<Term, Term> = termExact;
