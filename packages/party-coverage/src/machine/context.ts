import {
  DEFAULT_PROFILE,
  type DeadlineBook,
  type FollowedLaw,
  holdProfile,
  type Party,
} from '@jiayuan/core';
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

/** How a branch's leadership was last elected (PARTY-3): a committee of `members`, or a secretary. */
export type BranchLeadership =
  | { readonly kind: 'committee'; readonly members: number; readonly electedAt: string }
  | { readonly kind: 'secretary'; readonly electedAt: string };

/** The unit's own branch: who approved it, and its leadership once elected. */
export interface Branch {
  readonly id: string;
  readonly approvedAt: string;
  readonly by: string;
  /** `null` until the branch elects its committee or secretary. */
  readonly leadership: BranchLeadership | null;
}

/** The community posts a cross-appointed person holds (居民区“两委”). */
export const COMMUNITY_POSTS = ['party-organisation', 'residents-committee'] as const;

/** One of {@link COMMUNITY_POSTS}. */
export type CommunityPost = (typeof COMMUNITY_POSTS)[number];

/**
 * A cross-appointment (交叉任职, PARTY-7): a member of the community's party organisation or
 * residents' committee who also serves on the unit (the committee, or the firm's project).
 */
export interface CrossAppointment {
  readonly at: string;
  readonly by: string;
  readonly personId: string;
  readonly communityPost: CommunityPost;
}

/**
 * The party-member share of an owners' committee against the profile's quota (PARTY-7), as last
 * assessed: party members (full and probationary) over the headcount.
 */
export interface QuotaCheck {
  readonly members: number;
  readonly headcount: number;
  readonly met: boolean;
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
  /**
   * The profile's party section: fixed when the process starts, or for a process that follows
   * the law the section of the edition in force on the last act's day.
   */
  readonly party: Party;
  readonly census: Census;
  /** What the census called for when last assessed; `null` before the first assessment. */
  readonly need: Need | null;
  readonly form: Form | null;
  readonly formSince: string | null;
  readonly jointBranch: { readonly id: string; readonly units: readonly string[] } | null;
  readonly branch: Branch | null;
  readonly coverage: CoverageRecord;
  readonly firm: FirmPartyBuilding;
  /** Cross-appointments recorded, where the profile provides for them. */
  readonly crossAppointments: readonly CrossAppointment[];
  /**
   * The owners' committee's party-member share as last assessed; `null` without a quota, for a
   * firm's project, and before the first assessment.
   */
  readonly memberQuota: QuotaCheck | null;
  readonly reviews: readonly ReviewEntry[];
  readonly history: readonly FormChange[];
  readonly deadlines: DeadlineBook;
  readonly closedReason: string | null;
  /**
   * The history the process follows and the edition it holds, when started with
   * `{ follows: id }`: the clock moves `party` to the edition of each event's day. Absent for a
   * fixed profile, so a restored snapshot without it keeps its frozen section.
   */
  readonly law?: FollowedLaw;
}

/**
 * The context a validated input starts with.
 *
 * @throws {CoverageInputError} when the input is another procedure's or breaks its schema.
 */
export function initialContext(raw: CoverageInput): CoverageContext {
  const input = parseCoverageInput(raw);
  // For `{ follows }`, the edition of the start day (a start before the history was refused).
  const { profile, law } = holdProfile(input.profile ?? DEFAULT_PROFILE, input.startedAt);
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
        ? { id: existing.branchId, approvedAt: existing.since, by: existing.by, leadership: null }
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
    crossAppointments: [],
    // Assessed on entry, so a committee short of the quota from the start is announced.
    memberQuota: null,
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
    // Last, so a fixed profile's context keeps the shape of the recorded snapshots.
    ...(law === undefined ? {} : { law }),
  };
}
