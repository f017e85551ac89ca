import { z } from 'zod';
import { CitedPeriodSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/** The four levels of joint meeting (JA 二(一)), lowest last. */
export const JointLevelSchema = z.enum(['district', 'street', 'residential-area', 'complex']);

/** One of {@link JointLevelSchema}. */
export type JointLevel = z.infer<typeof JointLevelSchema>;

/**
 * Four-level joint meetings (RULES section 8). The notice sets no deadlines: how long a
 * matter may stay unresolved at a level before it goes up is a policy parameter.
 */
export const JointMeetingsSchema = z.strictObject({
  levels: cited(z.array(JointLevelSchema)),
  escalateAfter: z.strictObject({
    complex: CitedPeriodSchema,
    'residential-area': CitedPeriodSchema,
    street: CitedPeriodSchema,
  }),
  /** The monthly 居委会–业委会–firm meeting led by the party organisation. */
  threePartyMeetingEvery: OptionalCitedPeriodSchema,
});

/** See {@link JointMeetingsSchema}. */
export type JointMeetings = z.infer<typeof JointMeetingsSchema>;
