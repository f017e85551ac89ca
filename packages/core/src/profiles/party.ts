import { z } from 'zod';
import { PeriodSchema } from '../calendar/index.js';
import { BarSchema } from '../fraction.js';
import { CitedCountSchema, CitedSwitchSchema, cited } from './cited.js';

/** Party organisation and work coverage (RULES PARTY-1..7, FORM-13, VOTE-15). */
export const PartySchema = z.strictObject({
  /** Full members that oblige a unit to form a branch (党章 30). */
  branchMinFullMembers: CitedCountSchema,
  /** Units one joint branch may cover. */
  jointBranchMaxUnits: CitedCountSchema,
  /** Full members from which a branch elects a committee rather than a secretary. */
  branchCommitteeFrom: CitedCountSchema,
  branchCommitteeSize: cited(
    z.strictObject({
      min: z.number().int().positive(),
      max: z.number().int().positive(),
      absoluteMax: z.number().int().positive(),
    }),
  ),
  branchMaxMembers: CitedCountSchema,
  branchCommitteeTerm: cited(z.strictObject({ community: PeriodSchema, other: PeriodSchema })),
  /** A party work group (党的工作小组) in the committee where no branch can be formed. */
  workGroupAllowed: CitedSwitchSchema,
  /** Work coverage by a dispatched party-building instructor where there are no members. */
  instructorCoverage: CitedSwitchSchema,
  /** The residential party organisation leads committee formation and reorganisation. */
  partyLedFormation: CitedSwitchSchema,
  /** The committee reports to the party organisation before calling a vote on a major matter. */
  reportBeforeMajorMatters: CitedSwitchSchema,
  /** Party-member quota on committees: a parameter, off unless a text sets one. */
  memberQuota: cited(z.strictObject({ enabled: z.boolean(), share: BarSchema.nullable() })),
  /** Cross-appointment between community committees and party members on committees/firms. */
  crossAppointment: CitedSwitchSchema,
  /** Property-firm party-building alliance, 双培养 and 党建入章. */
  firmPartyBuilding: CitedSwitchSchema,
});

/** See {@link PartySchema}. */
export type Party = z.infer<typeof PartySchema>;
