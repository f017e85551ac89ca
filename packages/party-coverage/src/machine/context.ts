import {
  bilingual,
  DEFAULT_PROFILE,
  type DeadlineBook,
  type Party,
  type Profile,
  ProfileSchema,
  startDeadline,
} from '@jiayuan/core';
import { z } from 'zod';
import {
  type Census,
  coverageOfForm,
  FORMS,
  type Form,
  formFits,
  membersOf,
  type Need,
} from './forms.js';
import { BRANCH_TERM } from './setup.js';

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
  /** A form the unit already has when the host starts tracking it (migration). */
  readonly existing?: ExistingForm | undefined;
}

/**
 * A form established before the machine starts: checked against the census and the profile
 * like the events that establish forms (a branch needs its full members and an approval; a
 * joint branch at most the profile's units, this unit among them; a work group only where the
 * profile allows it, with members; an instructor where the profile provides them).
 */
export interface ExistingForm {
  readonly form: Form;
  /** When it was established; not after `startedAt`. */
  readonly since: string;
  /** Who established or approved it, for the record. */
  readonly by: string;
  /** The branch's id (form `branch`). */
  readonly branchId?: string | undefined;
  /** The joint branch (form `joint-branch`). */
  readonly jointBranch?: { readonly id: string; readonly units: readonly string[] } | undefined;
}

/** Zod schema of {@link ExistingForm} (shape only; the census checks need the whole input). */
export const ExistingFormSchema = z.strictObject({
  form: z.enum(FORMS),
  since: z.iso.datetime({ offset: true }),
  by: z.string().min(1),
  branchId: z.string().min(1).optional(),
  jointBranch: z
    .strictObject({ id: z.string().min(1), units: z.array(z.string().min(1)).min(1) })
    .optional(),
});

/** Why an existing form does not fit the input, or `null` when it does. */
export function existingFormIssue(input: CoverageInput): string | null {
  const existing = input.existing;
  if (existing === undefined) return null;
  const party = (input.profile ?? DEFAULT_PROFILE).party;
  const { census } = input;
  if (Date.parse(existing.since) > Date.parse(input.startedAt))
    return `existing ${existing.form} since ${existing.since} is after startedAt ${input.startedAt}`;
  switch (existing.form) {
    case 'branch':
      if (existing.branchId === undefined) return 'an existing branch needs its branchId';
      if (!formFits('branch', census, party))
        return `a branch needs at least ${party.branchMinFullMembers.value} full party members (${party.branchMinFullMembers.cite.join(', ')}); the census has ${census.full}`;
      return null;
    case 'joint-branch': {
      const jb = existing.jointBranch;
      if (jb === undefined) return 'an existing joint branch needs jointBranch { id, units }';
      if (membersOf(census) === 0)
        return 'a joint branch member unit needs party members; the census has none';
      if (jb.units.length > party.jointBranchMaxUnits.value)
        return `a joint branch covers at most ${party.jointBranchMaxUnits.value} units (${party.jointBranchMaxUnits.cite.join(', ')}); given ${jb.units.length}`;
      if (new Set(jb.units).size !== jb.units.length) return 'joint branch units repeat';
      if (!jb.units.includes(input.unitId))
        return `joint branch units do not include this unit ${input.unitId}`;
      return null;
    }
    case 'work-group':
      if (!party.workGroupAllowed.value)
        return `the profile has no party work groups (${party.workGroupAllowed.cite.join(', ') || 'no text'})`;
      if (membersOf(census) === 0)
        return 'a party work group needs party members; the census has none';
      return null;
    case 'instructor':
      if (!party.instructorCoverage.value)
        return 'the profile provides no party-building instructors';
      return null;
  }
}

/**
 * Zod schema of the machine's input. Annotated, since the profile's inferred type is too large
 * for declaration files.
 */
export const CoverageInputSchema: z.ZodType<CoverageInput> = z
  .strictObject({
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
    existing: ExistingFormSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const issue = existingFormIssue(input);
    if (issue !== null) ctx.addIssue({ code: 'custom', path: ['existing'], message: issue });
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
  const existing = input.existing;
  const term = profile.party.branchCommitteeTerm;
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
    form: existing?.form ?? null,
    formSince: existing?.since ?? null,
    jointBranch:
      existing?.form === 'joint-branch' && existing.jointBranch !== undefined
        ? { id: existing.jointBranch.id, units: [...existing.jointBranch.units] }
        : null,
    branch:
      existing?.form === 'branch' && existing.branchId !== undefined
        ? { id: existing.branchId, approvedAt: existing.since, by: existing.by }
        : null,
    coverage:
      existing === undefined
        ? { organisational: false, work: false, form: null, since: null }
        : { ...coverageOfForm(existing.form), form: existing.form, since: existing.since },
    firm: {
      alliance: null,
      dualTraining: { membersIntoCoreStaff: 0, coreStaffIntoMembers: 0 },
      articles: null,
    },
    reviews: [],
    history:
      existing === undefined
        ? []
        : [{ at: existing.since, by: existing.by, from: null, to: existing.form }],
    deadlines:
      existing?.form === 'branch'
        ? startDeadline({}, BRANCH_TERM, {
            title: bilingual(
              '党支部委员会（书记）任期届满',
              'the branch committee’s (secretary’s) term ends',
            ),
            trigger: existing.since,
            period: input.kind === 'owners-committee' ? term.value.community : term.value.other,
            cite: term.cite,
          })
        : {},
    closedReason: null,
  };
}
