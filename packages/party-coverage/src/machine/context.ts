import { DEFAULT_PROFILE, type DeadlineBook, type Party, type Profile } from '@jiayuan/core';
import { startBranchTerm } from './deadlines.js';
import { type Census, coverageOfForm, type Form, type Need } from './forms.js';
import { type CoverageInput, parseCoverageInput, type UnitKind } from './input.js';

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

/**
 * The context a validated input starts with.
 *
 * @throws {CoverageInputError} when the input is another procedure's or breaks its schema.
 */
export function initialContext(raw: CoverageInput): CoverageContext {
  const input = parseCoverageInput(raw);
  const profile: Profile = input.profile ?? DEFAULT_PROFILE;
  const existing = input.existing;
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
        ? startBranchTerm({}, input.kind, profile.party, existing.since)
        : {},
    closedReason: null,
  };
}
