import {
  DEFAULT_PROFILE,
  type DeadlineBook,
  type Party,
  type Profile,
  ProfileSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import type { Census, Form, Need } from './forms.js';

/** The kinds of covered unit: an owners' committee, or a property firm's managed project. */
export const UNIT_KINDS = ['owners-committee', 'firm-project'] as const;

/** One of {@link UNIT_KINDS}. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Zod schema of a {@link Census}: whole numbers, party members no more than the headcount. */
export const CensusSchema = z
  .strictObject({
    headcount: z.number().int().nonnegative().max(100_000),
    full: z.number().int().nonnegative().max(100_000),
    probationary: z.number().int().nonnegative().max(100_000),
  })
  .refine((c) => c.full + c.probationary <= c.headcount, {
    error: 'full + probationary party members cannot exceed the headcount',
  });

/** What a host passes to start the machine. */
export interface CoverageInput {
  /** The covered unit's id in the host (a committee or a firm's project). */
  readonly unitId: string;
  readonly kind: UnitKind;
  /** Where the unit belongs, for aggregation. */
  readonly complexId?: string | undefined;
  readonly streetId?: string | undefined;
  readonly firmId?: string | undefined;
  /** When the process starts: the clock's first value. */
  readonly startedAt: string;
  readonly census: Census;
  /** Defaults to core's `DEFAULT_PROFILE` (Shanghai). */
  readonly profile?: Profile | undefined;
}

/**
 * Zod schema of the machine's input. Annotated, since the profile's inferred type is too large
 * for declaration files.
 */
export const CoverageInputSchema: z.ZodType<CoverageInput> = z.strictObject({
  /** The covered unit's id in the host (a committee or a firm's project). */
  unitId: z.string().min(1),
  kind: z.enum(UNIT_KINDS),
  /** Where the unit belongs, for aggregation. */
  complexId: z.string().min(1).optional(),
  streetId: z.string().min(1).optional(),
  firmId: z.string().min(1).optional(),
  /** When the process starts: the clock's first value. */
  startedAt: z.iso.datetime({ offset: true }),
  census: CensusSchema,
  /** Defaults to core's `DEFAULT_PROFILE` (Shanghai). */
  profile: ProfileSchema.optional(),
});

/** A unit's coverage now: the record a street or district aggregates. */
export interface CoverageRecord {
  readonly organisational: boolean;
  readonly work: boolean;
  readonly form: Form | null;
  /** When the current form was established; `null` when uncovered. */
  readonly since: string | null;
}

/** One review of a unit's coverage (periodic, or on term end, membership change, re-election). */
export interface ReviewEntry {
  readonly at: string;
  readonly by: string;
  readonly reason: ReviewReason;
  readonly census: Census;
  readonly need: Need;
  readonly record: CoverageRecord;
  readonly note: string | null;
}

/** Why a review happened. */
export const REVIEW_REASONS = [
  'periodic',
  'term-end',
  'membership-change',
  'committee-re-election',
] as const;

/** One of {@link REVIEW_REASONS}. */
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** A change of form, kept in order. */
export interface FormChange {
  readonly at: string;
  readonly by: string;
  readonly from: Form | null;
  readonly to: Form | null;
}

/** Party building of a firm (PARTY-6, JA 二(三)). */
export interface FirmPartyBuilding {
  readonly alliance: { readonly id: string; readonly since: string } | null;
  /** 双培养: members trained into core staff, core staff trained into members. */
  readonly dualTraining: {
    readonly membersIntoCoreStaff: number;
    readonly coreStaffIntoMembers: number;
  };
  /** 党建入章: when the firm's articles took in party building, and the evidence. */
  readonly articles: { readonly since: string; readonly evidence: string } | null;
}

/** The machine's context: plain JSON. */
export interface CoverageContext {
  readonly now: string;
  readonly unitId: string;
  readonly kind: UnitKind;
  readonly complexId: string | null;
  readonly streetId: string | null;
  readonly firmId: string | null;
  readonly profileId: string;
  /** The profile's party section, frozen when the process starts. */
  readonly party: Party;
  readonly census: Census;
  /** What the census called for when last assessed; `null` before the first assessment. */
  readonly need: Need | null;
  readonly form: Form | null;
  readonly formSince: string | null;
  readonly jointBranch: { readonly id: string; readonly units: readonly string[] } | null;
  readonly branch: { readonly id: string; readonly approvedAt: string; readonly by: string } | null;
  readonly coverage: CoverageRecord;
  readonly firm: FirmPartyBuilding;
  readonly reviews: readonly ReviewEntry[];
  readonly history: readonly FormChange[];
  readonly deadlines: DeadlineBook;
  readonly closedReason: string | null;
}

/** The context a validated input starts with. */
export function initialContext(raw: CoverageInput): CoverageContext {
  const input = CoverageInputSchema.parse(raw);
  const profile: Profile = input.profile ?? DEFAULT_PROFILE;
  return {
    now: input.startedAt,
    unitId: input.unitId,
    kind: input.kind,
    complexId: input.complexId ?? null,
    streetId: input.streetId ?? null,
    firmId: input.firmId ?? null,
    profileId: profile.id,
    party: profile.party,
    census: input.census,
    need: null,
    form: null,
    formSince: null,
    jointBranch: null,
    branch: null,
    coverage: { organisational: false, work: false, form: null, since: null },
    firm: {
      alliance: null,
      dualTraining: { membersIntoCoreStaff: 0, coreStaffIntoMembers: 0 },
      articles: null,
    },
    reviews: [],
    history: [],
    deadlines: {},
    closedReason: null,
  };
}
