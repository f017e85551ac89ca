import { z } from 'zod';
import type { LawId } from '../citations/index.js';
import { LawIdSchema } from '../citations/index.js';
import { ID_MAX } from '../schemas/bounds.js';
import type { ProfileText } from './cited.js';
import { BilingualSchema } from './cited.js';
import type { Disclosure } from './disclosure.js';
import { DisclosureSchema } from './disclosure.js';
import type { Firm } from './firm.js';
import { FirmSchema } from './firm.js';
import type { Eligibility, Formation } from './formation.js';
import { EligibilitySchema, FormationSchema } from './formation.js';
import type { Fund } from './fund.js';
import { FundSchema } from './fund.js';
import type { JointMeetings } from './joint-meetings.js';
import { JointMeetingsSchema } from './joint-meetings.js';
import type { Meetings } from './meetings.js';
import { MeetingsSchema } from './meetings.js';
import type { Party } from './party.js';
import { PartySchema } from './party.js';
import { dropRetiredKeys } from './retired-keys.js';
import type { Term } from './term.js';
import { TermSchema } from './term.js';
import type { Voting } from './voting.js';
import { VotingSchema } from './voting.js';

/** Ids of the shipped profiles. */
export const PROFILE_IDS = ['shanghai', 'national', 'beijing'] as const;

/** Zod schema of {@link ProfileId}. */
export const ProfileIdSchema = z.enum(PROFILE_IDS);

/** One of {@link PROFILE_IDS}. */
export type ProfileId = z.infer<typeof ProfileIdSchema>;

/**
 * A profile: every number and switch of the rule book, each with the articles that set it,
 * validated by zod. Build one with `defineProfile`, which also enforces the Civil Code floor.
 */
export interface Profile {
  /** A shipped {@link ProfileId} or a host's own id; not empty. */
  id: string;
  /** The profile's name, e.g. 上海 / Shanghai. */
  name: ProfileText;
  /** The text versions the profile follows. */
  follows: ProfileText;
  /** The laws the profile draws on; at least one. */
  laws: LawId[];
  /** Owners' decisions: the bars of CC 278 and how ballots are counted. */
  voting: Voting;
  /** First assembly and committee formation. */
  formation: Formation;
  /** Who may stand for the committee. */
  eligibility: Eligibility;
  /** Term, re-election, vacancy and removal. */
  term: Term;
  /** Committee meetings and working rules. */
  meetings: Meetings;
  /** Property firm: hire, renew, dismiss, hand over. */
  firm: Firm;
  /** Party organisation and work coverage. */
  party: Party;
  /** Disclosure duties. */
  disclosure: Disclosure;
  /** Four-level joint meetings. */
  jointMeetings: JointMeetings;
  /**
   * The special maintenance fund: its use and re-raising (RULES FUND-1..7). Absent from a
   * profile written before the section existed; the fund machines refuse such a profile.
   */
  fund?: Fund | undefined;
}

/**
 * A profile as written, before validation. The schema has no defaults or transforms, so this
 * is the shape of {@link Profile}; a type test keeps the two equal to the schema's input.
 */
export type ProfileInput = Profile;

/**
 * {@link ProfileSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const profileExact = z.strictObject({
  id: z.string().min(1).max(ID_MAX),
  name: BilingualSchema,
  follows: BilingualSchema,
  laws: z.array(LawIdSchema).min(1),
  voting: VotingSchema,
  formation: FormationSchema,
  eligibility: EligibilitySchema,
  term: TermSchema,
  meetings: MeetingsSchema,
  firm: FirmSchema,
  party: PartySchema,
  disclosure: DisclosureSchema,
  jointMeetings: JointMeetingsSchema,
  fund: FundSchema.optional(),
});

/**
 * Zod schema of {@link Profile}. Sections: `voting`, `formation`, `eligibility`, `term`,
 * `meetings`, `firm`, `party`, `disclosure`, `jointMeetings`, `fund` (optional). Its declared
 * type is the small `z.ZodType<Profile, ProfileInput>`; the section schemas are exported one by
 * one.
 *
 * One legacy step runs first: the retired keys `voting.countNonVotersWithMajority` and
 * `calendar` are accepted with their sole lawful value and dropped, so profiles stored and
 * snapshots persisted before they left still restore; any other value is refused, coded
 * `profile-key-retired` (see `RETIRED_PROFILE_KEYS`).
 */
export const ProfileSchema: z.ZodType<Profile, ProfileInput> = z.preprocess(
  (input: ProfileInput, ctx) => dropRetiredKeys(input, ctx),
  profileExact,
);
