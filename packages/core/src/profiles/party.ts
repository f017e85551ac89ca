import { z } from 'zod';
import type { Period } from '../calendar/index.js';
import { PeriodSchema } from '../calendar/index.js';
import type { Bar } from '../fraction.js';
import { BarSchema } from '../fraction.js';
import type { Cited } from './cited.js';
import { CitedCountSchema, CitedSwitchSchema, cited } from './cited.js';

/** How many members a branch committee (支部委员会) has. */
export interface BranchCommitteeSize {
  /** The usual fewest members. */
  min: number;
  /** The usual most members. */
  max: number;
  /** The most members in any case. */
  absoluteMax: number;
}

/** Term of a branch committee. */
export interface BranchCommitteeTerm {
  /** In a community (社区) branch. */
  community: Period;
  /** In any other branch. */
  other: Period;
}

/** A party-member quota on committees. */
export interface MemberQuota {
  /** Whether the profile sets a quota. */
  enabled: boolean;
  /** The share of members who are party members; `null` when no share is set. */
  share: Bar | null;
}

/** Party organisation and work coverage (RULES PARTY-1..7, FORM-13, VOTE-15). */
export interface Party {
  /** Full members that oblige a unit to form a branch (党章 30). */
  branchMinFullMembers: Cited<number>;
  /** Units one joint branch may cover. */
  jointBranchMaxUnits: Cited<number>;
  /** Full members from which a branch elects a committee rather than a secretary. */
  branchCommitteeFrom: Cited<number>;
  /** How many members a branch committee has. */
  branchCommitteeSize: Cited<BranchCommitteeSize>;
  /** The most members one branch should have. */
  branchMaxMembers: Cited<number>;
  /** Term of a branch committee. */
  branchCommitteeTerm: Cited<BranchCommitteeTerm>;
  /** A party work group (党的工作小组) in the committee where no branch can be formed. */
  workGroupAllowed: Cited<boolean>;
  /** Work coverage by a dispatched party-building instructor where there are no members. */
  instructorCoverage: Cited<boolean>;
  /** The residential party organisation leads committee formation and reorganisation. */
  partyLedFormation: Cited<boolean>;
  /** The committee reports to the party organisation before calling a vote on a major matter. */
  reportBeforeMajorMatters: Cited<boolean>;
  /** Party-member quota on committees: a parameter, off unless a text sets one. */
  memberQuota: Cited<MemberQuota>;
  /** Cross-appointment between community committees and party members on committees/firms. */
  crossAppointment: Cited<boolean>;
  /** Property-firm party-building alliance, 双培养 and 党建入章. */
  firmPartyBuilding: Cited<boolean>;
}

/**
 * {@link PartySchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const partyExact = z.strictObject({
  branchMinFullMembers: CitedCountSchema,
  jointBranchMaxUnits: CitedCountSchema,
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
  workGroupAllowed: CitedSwitchSchema,
  instructorCoverage: CitedSwitchSchema,
  partyLedFormation: CitedSwitchSchema,
  reportBeforeMajorMatters: CitedSwitchSchema,
  memberQuota: cited(z.strictObject({ enabled: z.boolean(), share: BarSchema.nullable() })),
  crossAppointment: CitedSwitchSchema,
  firmPartyBuilding: CitedSwitchSchema,
});

/** Zod schema of {@link Party}. */
export const PartySchema: z.ZodType<Party, Party> = partyExact;
