import { z } from 'zod';
import type { Bar } from '../fraction.js';
import { BarSchema } from '../fraction.js';
import type { Cited, OptionalCitedPeriod } from './cited.js';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/** Committee meetings and working rules (RULES CMTG-1..3). Bars are of all members. */
export interface Meetings {
  /** A regular committee meeting is held at least this often. */
  regularEvery: OptionalCitedPeriod;
  /** Members who can require an interim meeting; `null` when no text sets a share. */
  interimProposers: Cited<Bar | null>;
  /** Attendance needed, as a share of all members; `null` when no text sets one. */
  quorum: Cited<Bar | null>;
  /** A member may attend and vote by proxy. */
  proxiesAllowed: Cited<boolean>;
  /** Signed consent needed for a decision, as a share of all members. */
  decision: Cited<Bar | null>;
  /** A committee decision is posted within this period. */
  decisionPosting: OptionalCitedPeriod;
  /** The agenda goes to the residents' committee this long before the meeting. */
  agendaNoticeToResidentsCommittee: OptionalCitedPeriod;
  /** Owner reception day at least this often. */
  receptionDay: OptionalCitedPeriod;
  /** Assembly, committee and finance seals are held by different members, with a log. */
  sealsHeldSeparately: Cited<boolean>;
  /** A secretary chosen by the residential "two committees", without a vote. */
  secretary: Cited<boolean>;
}

/**
 * {@link MeetingsSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const meetingsExact = z.strictObject({
  regularEvery: OptionalCitedPeriodSchema,
  interimProposers: cited(BarSchema.nullable()),
  quorum: cited(BarSchema.nullable()),
  proxiesAllowed: CitedSwitchSchema,
  decision: cited(BarSchema.nullable()),
  decisionPosting: OptionalCitedPeriodSchema,
  agendaNoticeToResidentsCommittee: OptionalCitedPeriodSchema,
  receptionDay: OptionalCitedPeriodSchema,
  sealsHeldSeparately: CitedSwitchSchema,
  secretary: CitedSwitchSchema,
});

/** Zod schema of {@link Meetings}. */
export const MeetingsSchema: z.ZodType<Meetings, Meetings> = meetingsExact;
