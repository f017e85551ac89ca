import { z } from 'zod';
import { BarSchema } from '../fraction.js';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/** Committee meetings and working rules (RULES CMTG-1..3). Bars are of all members. */
export const MeetingsSchema = z.strictObject({
  regularEvery: OptionalCitedPeriodSchema,
  /** Members who can require an interim meeting. */
  interimProposers: cited(BarSchema.nullable()),
  /** Attendance needed, as a share of all members. */
  quorum: cited(BarSchema.nullable()),
  proxiesAllowed: CitedSwitchSchema,
  /** Signed consent needed for a decision, as a share of all members. */
  decision: cited(BarSchema.nullable()),
  decisionPosting: OptionalCitedPeriodSchema,
  /** The agenda goes to the residents' committee this long before the meeting. */
  agendaNoticeToResidentsCommittee: OptionalCitedPeriodSchema,
  /** Owner reception day at least this often. */
  receptionDay: OptionalCitedPeriodSchema,
  /** Assembly, committee and finance seals are held by different members, with a log. */
  sealsHeldSeparately: CitedSwitchSchema,
  /** A secretary chosen by the residential "two committees", without a vote. */
  secretary: CitedSwitchSchema,
});

/** See {@link MeetingsSchema}. */
export type Meetings = z.infer<typeof MeetingsSchema>;
