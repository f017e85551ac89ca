import { z } from 'zod';
import { PeriodSchema } from '../calendar/index.js';
import { BarSchema, FractionSchema } from '../fraction.js';
import { cited, OptionalCitedPeriodSchema } from './cited.js';
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
 * Who stands in when no committee can be formed or re-elected (RULES TERM-9):
 * Shanghai's 物业治理委员会 (SH-36 (十八)), Beijing's 物业管理委员会 (BJ 52–58) with its own
 * numbers, or nothing beyond the 街镇 convening the assembly.
 */
export const StandInSchema = z.discriminatedUnion('kind', [
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
    /** Share of all members whose signed consent decides a matter (BJ 57 ¶3). */
    decision: BarSchema,
    /** A decided matter is posted within this period of the meeting (BJ 57 ¶3). */
    decisionPostingWithin: PeriodSchema,
    /** How long a posted decision stays up (BJ 57 ¶3: 公示十个工作日). */
    decisionPosting: PeriodSchema,
  }),
  z.strictObject({ kind: z.literal('none') }),
]);

/** See {@link StandInSchema}. */
export type StandIn = z.infer<typeof StandInSchema>;

/** Term, re-election, vacancy and removal (RULES TERM-1..9). */
export const TermSchema = z.strictObject({
  /** The committee reports to the 街镇 this long before its term ends. */
  reportBeforeExpiry: OptionalCitedPeriodSchema,
  /** The 街镇 forms the re-election group within this period of the report. */
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
  /** Matters frozen from the group's formation to the new election; empty: no freeze. */
  freeze: cited(z.array(FreezeMatterSchema)),
  /** Outgoing committee hands records and seals to the 房管机构. */
  recordsToAuthority: OptionalCitedPeriodSchema,
  /** New committee files after its election. */
  reElectionFiling: OptionalCitedPeriodSchema,
  /** The 房管机构 hands the records to the new committee after filing. */
  authorityHandover: OptionalCitedPeriodSchema,
  /** A departing member hands over what they hold. */
  departingMemberHandover: OptionalCitedPeriodSchema,
  /** Removal ground: absent from this share of committee meetings within the period. */
  absenceRemoval: cited(z.strictObject({ share: BarSchema, within: PeriodSchema }).nullable()),
  /** A by-election is possible while the remaining members meet this bar of the full number. */
  byElectionWhileMembers: cited(BarSchema.nullable()),
  earlyReElection: z.strictObject({
    /** Early re-election when remaining members are fewer than this fraction of the full number. */
    whenMembersFewerThan: cited(FractionSchema.nullable()),
    /** …or when the committee has done nothing for this long. */
    inactivity: OptionalCitedPeriodSchema,
  }),
  /** Filing of changes (name, members, rules) or deregistration. */
  changeFiling: OptionalCitedPeriodSchema,
  standIn: cited(StandInSchema),
});

/** See {@link TermSchema}. */
export type Term = z.infer<typeof TermSchema>;
