import { z } from 'zod';
import { ChannelSchema } from '../schemas/ballot.js';
import {
  CitedBarSchema,
  CitedPeriodSchema,
  CitedSwitchSchema,
  cited,
  OptionalCitedPeriodSchema,
} from './cited.js';

/** A bar for each of the two measures of CC 278 ¶2: owner headcount and exclusive area. */
const DoubleBarSchema = z.strictObject({ headcount: CitedBarSchema, area: CitedBarSchema });

/** How a changed ballot is treated: the last one in the window counts, or only the first. */
export const RevotePolicySchema = z.enum(['last-wins', 'first-only']);

/**
 * Parking spaces in a vote (RULES VOTE-16): `literal` counts registrable spaces as exclusive
 * parts (SPC 2, 8, 9), `exclude` leaves all spaces out as some 议事规则 do. Same values as the
 * roll's parking rule.
 */
export const ProfileParkingRuleSchema = z.enum(['literal', 'exclude']);

/** Whether interim-meeting proposers are counted by headcount only or by headcount and area. */
export const ProposerMeasureSchema = z.enum(['headcount', 'headcount-and-area']);

/** Owners' decisions (RULES VOTE-1..16). */
export const VotingSchema = z.strictObject({
  /** Participation: CC 278 ¶2, 2/3 以上 of area and of headcount. */
  quorum: DoubleBarSchema,
  /** Ordinary majority of participants: 过半数 (strictly more than half). */
  ordinary: DoubleBarSchema,
  /** Special majority of participants for CC 278 ¶1 items (6)–(8): 3/4 以上. */
  special: DoubleBarSchema,
  /** Counting non-voters with the majority (从多): never allowed (VOTE-10). */
  countNonVotersWithMajority: cited(z.literal(false)),
  revote: cited(RevotePolicySchema),
  /** Owners who can force an interim assembly (VOTE-11). */
  interimAssemblyProposers: z.strictObject({
    share: CitedBarSchema,
    measure: cited(ProposerMeasureSchema),
  }),
  /** Notice of an assembly meeting to all owners. */
  meetingNotice: CitedPeriodSchema,
  /** Ballot channels a tally accepts. */
  channels: cited(z.array(ChannelSchema).min(1)),
  /** An electronic ballot counts only after the assembly adopted e-voting (VOTE-14). */
  electronicChannelNeedsAdoption: CitedSwitchSchema,
  /** Electronic ballots only through the city's own voting system (BJ 35). */
  electronicChannelCitySystemOnly: CitedSwitchSchema,
  parking: cited(ProfileParkingRuleSchema),
  /** How long an aggrieved owner may ask a court to revoke a decision (VOTE-12). */
  revocationWindow: CitedPeriodSchema,
  /** Posting of an assembly decision after it is made. */
  decisionPosting: OptionalCitedPeriodSchema,
});

/** See {@link VotingSchema}. */
export type Voting = z.infer<typeof VotingSchema>;
