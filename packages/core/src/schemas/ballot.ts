import { z } from 'zod';
import { ID_MAX } from './bounds.js';
import { InstantSchema } from './time.js';

/** How a ballot reached the count (RULES VOTE-8, VOTE-14). */
export const CHANNELS = ['paper', 'on-site', 'door-to-door', 'electronic'] as const;
/** Zod schema of {@link Channel}. */
export const ChannelSchema = z.enum(CHANNELS);
/** One of {@link CHANNELS}. */
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * The `system` an electronic ballot names when it came through the city's e-voting system
 * (BJ 35 ¶3: "应当通过市住房和城乡建设主管部门建立的电子投票系统进行").
 */
export const CITY_E_VOTING_SYSTEM = 'city';

/** Zod schema of the e-voting system a ballot names: {@link CITY_E_VOTING_SYSTEM} or a host's. */
export const VotingSystemSchema = z.string().min(1).max(64);

/**
 * An owner's answer. `abstain` and `spoilt` take part (count toward the quorum) but never
 * toward agreement (RULES VOTE-9). Not answering at all is the absence of a ballot.
 */
export const CHOICES = ['agree', 'disagree', 'abstain', 'spoilt'] as const;
/** Zod schema of {@link Choice}. */
export const ChoiceSchema = z.enum(CHOICES, {
  error: (issue) =>
    `invalid choice ${JSON.stringify(issue.input)}; expected one of ${CHOICES.join(', ')}`,
});
/** One of {@link CHOICES}. */
export type Choice = z.infer<typeof ChoiceSchema>;

/** A proxy's written authorisation (SH 18 ¶3, PMR 12). */
export const ProxySchema = z
  .object({
    /** Who keyed or handed in the ballot for the owner. */
    keyedBy: z.string().min(1).max(ID_MAX),
    /** Reference of the written authorisation (委托书). */
    authorisationRef: z
      .string()
      .min(1, { error: 'a proxy ballot needs the authorisation reference' })
      .max(ID_MAX),
  })
  .strict();
/** See {@link ProxySchema}. */
export type Proxy = z.infer<typeof ProxySchema>;

/** One owner's ballot on one question, cast for one unit they own. */
export const BallotSchema = z
  .object({
    id: z.string().min(1, { error: 'ballot id must not be empty' }).max(ID_MAX),
    unitId: z.string().min(1, { error: 'ballot unitId must not be empty' }).max(ID_MAX),
    /** The owner (or the developer) who cast it; must hold the unit. */
    castBy: z.string().min(1, { error: 'ballot castBy must not be empty' }).max(ID_MAX),
    choice: ChoiceSchema,
    channel: ChannelSchema,
    /** The e-voting system an `electronic` ballot came through (BJ 35 ¶3), when known. */
    system: VotingSystemSchema.optional(),
    at: InstantSchema,
    proxy: ProxySchema.optional(),
  })
  .strict();
/** See {@link BallotSchema}. */
export type Ballot = z.infer<typeof BallotSchema>;
