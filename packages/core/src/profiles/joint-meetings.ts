import { z } from 'zod';
import type { Role } from '../roles.js';
import { RoleSchema } from '../roles.js';
import type { Cited, CitedPeriod, OptionalCitedPeriod } from './cited.js';
import { CitedPeriodSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/** The four levels of joint meeting (JA 二(一)), lowest last. */
export const JointLevelSchema = z.enum(['district', 'street', 'residential-area', 'complex']);

/** One of {@link JointLevelSchema}. */
export type JointLevel = z.infer<typeof JointLevelSchema>;

/** How long a matter may stay unresolved at each level below the district before it goes up. */
export interface EscalateAfter {
  /** At the complex (小区) level. */
  complex: CitedPeriod;
  /** At the residential-area (居民区) level. */
  'residential-area': CitedPeriod;
  /** At the street (街道) level. */
  street: CitedPeriod;
}

/**
 * Four-level joint meetings (RULES section 8). The notice sets no deadlines: how long a
 * matter may stay unresolved at a level before it goes up is a policy parameter.
 */
export interface JointMeetings {
  /** The levels in use, highest first; empty when the profile's texts have no joint meetings. */
  levels: Cited<JointLevel[]>;
  /** How long a matter may stay at a level before it goes up. */
  escalateAfter: EscalateAfter;
  /** The monthly 居委会–业委会–firm meeting led by the party organisation. */
  threePartyMeetingEvery: OptionalCitedPeriod;
  /**
   * Who convenes each level, where the profile's texts name another than the Jing'an notice
   * (JA 二(一)1–4); a level left out keeps the notice's convener.
   */
  conveners?: Cited<Partial<Record<JointLevel, Role>>> | undefined;
  /**
   * Who must attend each level's meeting, where the profile's texts name others than the Jing'an
   * notice (JA 二(一)1–4); a level left out keeps the notice's participants.
   */
  participants?: Cited<Partial<Record<JointLevel, string[]>>> | undefined;
}

/**
 * {@link JointMeetingsSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const jointMeetingsExact = z.strictObject({
  levels: cited(z.array(JointLevelSchema)),
  escalateAfter: z.strictObject({
    complex: CitedPeriodSchema,
    'residential-area': CitedPeriodSchema,
    street: CitedPeriodSchema,
  }),
  threePartyMeetingEvery: OptionalCitedPeriodSchema,
  conveners: cited(z.partialRecord(JointLevelSchema, RoleSchema)).optional(),
  participants: cited(
    z.partialRecord(JointLevelSchema, z.array(z.string().min(1).max(200)).min(1).max(100)),
  ).optional(),
});

/** Zod schema of {@link JointMeetings}. */
export const JointMeetingsSchema: z.ZodType<JointMeetings, JointMeetings> = jointMeetingsExact;
