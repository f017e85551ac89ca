import { z } from 'zod';
import type { Bar } from '../fraction.js';
import type { Channel } from '../schemas/ballot.js';
import { ChannelSchema } from '../schemas/ballot.js';
import type { RevotePolicy } from '../tally/voting-rule.js';
import type { Cited, CitedPeriod, OptionalCitedPeriod } from './cited.js';
import {
  CitedBarSchema,
  CitedPeriodSchema,
  CitedSwitchSchema,
  cited,
  OptionalCitedPeriodSchema,
} from './cited.js';

/** How a changed ballot is treated: the last one in the window counts, or only the first. */
export const RevotePolicySchema = z.enum(['last-wins', 'first-only']);

/**
 * Parking spaces in a vote (RULES VOTE-16): `literal` counts registrable spaces as exclusive
 * parts (SPC 2, 8, 9), `exclude` leaves all spaces out as some 议事规则 do. Same values as the
 * roll's parking rule.
 */
export const ProfileParkingRuleSchema = z.enum(['literal', 'exclude']);

/** One of {@link ProfileParkingRuleSchema}. */
export type ProfileParkingRule = z.infer<typeof ProfileParkingRuleSchema>;

/**
 * What a change of ownership recorded in the register during the voting window does
 * (CC 209, 214; CC 273 ¶2; SPC 1): `old-ballot-stands` — a ballot the old owner cast before the
 * registration stands and otherwise the new owner of record votes for the unit; `roll-frozen` —
 * the roll frozen at the opening decides who votes for the whole window.
 */
export const TransferDuringWindowSchema = z.enum(['old-ballot-stands', 'roll-frozen']);

/** One of {@link TransferDuringWindowSchema}. */
export type TransferDuringWindow = z.infer<typeof TransferDuringWindowSchema>;

/** Whether interim-meeting proposers are counted by headcount only or by headcount and area. */
export const ProposerMeasureSchema = z.enum(['headcount', 'headcount-and-area']);

/** One of {@link ProposerMeasureSchema}. */
export type ProposerMeasure = z.infer<typeof ProposerMeasureSchema>;

/** A bar for each of the two measures of CC 278 ¶2, each with its citation. */
export interface DoubleBar {
  /** The bar on owner headcount (人数). */
  headcount: Cited<Bar>;
  /** The bar on exclusive area (专有部分面积). */
  area: Cited<Bar>;
}

/** Owners who can force an interim assembly (RULES VOTE-11). */
export interface InterimAssemblyProposers {
  /** The share of owners that suffices, e.g. 20% (SH) or 1/5 (BJ). */
  share: Cited<Bar>;
  /** Whether the share is of headcount only, or of headcount and area together. */
  measure: Cited<ProposerMeasure>;
}

/** Owners' decisions (RULES VOTE-1..16): the bars of CC 278 and how ballots are counted. */
export interface Voting {
  /** Participation: CC 278 ¶2, 2/3 以上 of area and of headcount. */
  quorum: DoubleBar;
  /** Ordinary majority of participants: 过半数 (strictly more than half). */
  ordinary: DoubleBar;
  /** Special majority of participants for CC 278 ¶1 items (6)–(8): 3/4 以上. */
  special: DoubleBar;
  /** Which ballot counts when an owner votes more than once in the window. */
  revote: Cited<RevotePolicy>;
  /** Owners who can force an interim assembly (VOTE-11). */
  interimAssemblyProposers: InterimAssemblyProposers;
  /** Notice of an assembly meeting to all owners. */
  meetingNotice: CitedPeriod;
  /** Ballot channels a tally accepts; at least one. */
  channels: Cited<Channel[]>;
  /** An electronic ballot counts only after the assembly adopted e-voting (VOTE-14). */
  electronicChannelNeedsAdoption: Cited<boolean>;
  /** Electronic ballots only through the city's own voting system (BJ 35). */
  electronicChannelCitySystemOnly: Cited<boolean>;
  /** Whether parking spaces count as exclusive parts in a vote (VOTE-16). */
  parking: Cited<ProfileParkingRule>;
  /**
   * Whether units that only share a co-owner count as one buyer, chained ({a,b}, {b,c}, {c,d}
   * are one person): a reading of SPC 9 a rules of procedure may adopt (VOTE-7). Off, units
   * with the same set of owners of record count once. Absent in profiles written before the
   * switch existed, and then off.
   */
  mergeUnitsSharingCoOwners?: Cited<boolean> | undefined;
  /**
   * The committee tells the authorities of a meeting before it calls it (VOTE-15): SH 25 ¶2, the
   * housing office and the residents' committee in writing (time, place, agenda); BJ 35 ¶4 and
   * PMR 14 ¶2, the residents' committee. Absent in profiles written before the switch existed,
   * and then not required.
   */
  noticeToAuthorities?: Cited<boolean> | undefined;
  /**
   * What a change of ownership during the voting window does (see
   * {@link TransferDuringWindowSchema}). Absent in profiles written before the switch existed,
   * and then `old-ballot-stands`.
   */
  transferDuringWindow?: Cited<TransferDuringWindow> | undefined;
  /** How long an aggrieved owner may ask a court to revoke a decision (VOTE-12). */
  revocationWindow: CitedPeriod;
  /** Posting of an assembly decision after it is made. */
  decisionPosting: OptionalCitedPeriod;
}

const DoubleBarSchema = z.strictObject({ headcount: CitedBarSchema, area: CitedBarSchema });

/**
 * {@link VotingSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const votingExact = z.strictObject({
  quorum: DoubleBarSchema,
  ordinary: DoubleBarSchema,
  special: DoubleBarSchema,
  revote: cited(RevotePolicySchema),
  interimAssemblyProposers: z.strictObject({
    share: CitedBarSchema,
    measure: cited(ProposerMeasureSchema),
  }),
  meetingNotice: CitedPeriodSchema,
  channels: cited(z.array(ChannelSchema).min(1)),
  electronicChannelNeedsAdoption: CitedSwitchSchema,
  electronicChannelCitySystemOnly: CitedSwitchSchema,
  parking: cited(ProfileParkingRuleSchema),
  mergeUnitsSharingCoOwners: CitedSwitchSchema.optional(),
  noticeToAuthorities: CitedSwitchSchema.optional(),
  transferDuringWindow: cited(TransferDuringWindowSchema).optional(),
  revocationWindow: CitedPeriodSchema,
  decisionPosting: OptionalCitedPeriodSchema,
});

/** Zod schema of {@link Voting}. */
export const VotingSchema: z.ZodType<Voting, Voting> = votingExact;
