import { z } from 'zod';
import { LawIdSchema } from '../citations/index.js';
import { BilingualSchema } from './cited.js';
import { DisclosureSchema } from './disclosure.js';
import { FirmSchema } from './firm.js';
import { EligibilitySchema, FormationSchema } from './formation.js';
import { JointMeetingsSchema } from './joint-meetings.js';
import { MeetingsSchema } from './meetings.js';
import { PartySchema } from './party.js';
import { TermSchema } from './term.js';
import { VotingSchema } from './voting.js';

/** Ids of the shipped profiles. */
export const PROFILE_IDS = ['shanghai', 'national', 'beijing'] as const;

/** Zod schema of {@link ProfileId}. */
export const ProfileIdSchema = z.enum(PROFILE_IDS);

/** One of {@link PROFILE_IDS}. */
export type ProfileId = z.infer<typeof ProfileIdSchema>;

/**
 * A profile: every number and switch of the rule book, each with the articles that set it,
 * validated by zod. Sections: `voting`, `calendar`, `formation`, `eligibility`, `term`,
 * `meetings`, `firm`, `party`, `disclosure`, `jointMeetings`. Build one with `defineProfile`,
 * which also enforces the Civil Code floor.
 */
export const ProfileSchema = z.strictObject({
  /** A shipped {@link ProfileId} or a host's own id. */
  id: z.string().min(1),
  name: BilingualSchema,
  /** The text versions the profile follows. */
  follows: BilingualSchema,
  laws: z.array(LawIdSchema).min(1),
  voting: VotingSchema,
  /** Only the time zone: holiday calendars are the host's (RULES TIME-2). */
  calendar: z.strictObject({ timeZone: z.literal('Asia/Shanghai') }),
  formation: FormationSchema,
  eligibility: EligibilitySchema,
  term: TermSchema,
  meetings: MeetingsSchema,
  firm: FirmSchema,
  party: PartySchema,
  disclosure: DisclosureSchema,
  jointMeetings: JointMeetingsSchema,
});

/** A validated profile. */
export type Profile = z.infer<typeof ProfileSchema>;

/** A profile as written, before validation. */
export type ProfileInput = z.input<typeof ProfileSchema>;
