import { meetsBar, type Party } from '@jiayuan/core';

/**
 * The forms of coverage a unit can have (RULES PARTY-1..3): its own branch, membership of a
 * joint branch, a party work group (党的工作小组), or a dispatched party-building instructor.
 */
export const FORMS = ['branch', 'joint-branch', 'work-group', 'instructor'] as const;

/** One of {@link FORMS}. */
export type Form = (typeof FORMS)[number];

/**
 * What the census calls for (应建尽建, JA 二(二)1): `branch-committee` from the profile's
 * `branchCommitteeFrom` full members, `branch` from `branchMinFullMembers`, `organisation` (a
 * joint branch or a work group) with fewer full members but some members, and `work` (an
 * instructor) with none.
 */
export const NEEDS = ['work', 'organisation', 'branch', 'branch-committee'] as const;

/** One of {@link NEEDS}. */
export type Need = (typeof NEEDS)[number];

/** Party members among a unit's members or staff, kept current by the host. */
export interface Census {
  /** Members of the committee, or staff on the firm's project. */
  readonly headcount: number;
  /** Full (正式) party members. */
  readonly full: number;
  /** Probationary (预备) party members. */
  readonly probationary: number;
}

/** The party rules a census is read against: the profile's `party` section values. */
export type PartyNumbers = Pick<
  Party,
  'branchMinFullMembers' | 'branchCommitteeFrom' | 'workGroupAllowed' | 'instructorCoverage'
>;

/** Party members of either kind. */
export function membersOf(census: Census): number {
  return census.full + census.probationary;
}

/** What the census calls for under the profile (see {@link NEEDS}). */
export function needOf(census: Census, party: PartyNumbers): Need {
  // "三人以上" includes three (CC 1259 reading of 以上).
  if (census.full >= party.branchCommitteeFrom.value) return 'branch-committee';
  if (census.full >= party.branchMinFullMembers.value) return 'branch';
  if (membersOf(census) > 0) return 'organisation';
  return 'work';
}

/**
 * Whether an established form still fits the census: a branch needs the minimum of full members;
 * a joint branch or work group needs at least one member; an instructor fits any census, as work
 * coverage that stays until an organisation is built.
 */
export function formFits(form: Form, census: Census, party: PartyNumbers): boolean {
  switch (form) {
    case 'branch':
      return census.full >= party.branchMinFullMembers.value;
    case 'joint-branch':
    case 'work-group':
      return membersOf(census) > 0;
    case 'instructor':
      return true;
  }
}

/**
 * The coverage a form gives. A branch and a joint branch are party organisations (组织覆盖); a
 * work group and an instructor bring party work without a party organisation (工作覆盖 only).
 */
export function coverageOfForm(form: Form | null): {
  readonly organisational: boolean;
  readonly work: boolean;
} {
  if (form === null) return { organisational: false, work: false };
  return { organisational: form === 'branch' || form === 'joint-branch', work: true };
}

/**
 * Whether `form` satisfies `need` — the unit is where 应建尽建 wants it, with nothing due. An
 * instructor satisfies `work`, a joint branch or work group `organisation`, a branch the rest.
 */
export function formSatisfies(form: Form | null, need: Need): boolean {
  switch (need) {
    case 'work':
      return form !== null;
    case 'organisation':
      return form === 'joint-branch' || form === 'work-group' || form === 'branch';
    case 'branch':
    case 'branch-committee':
      return form === 'branch';
  }
}

/**
 * The owners' committee's party-member share against the profile's quota (PARTY-7): `null` for a
 * firm's project, or where the profile sets no quota. Party members are full and probationary
 * members; whether the share itself meets the quota is the host's bar (`at-least` includes it,
 * `more-than` does not). An empty committee has no share to meet.
 */
export function quotaCheck(
  kind: 'owners-committee' | 'firm-project',
  census: Census,
  party: Pick<Party, 'memberQuota'>,
): { readonly members: number; readonly headcount: number; readonly met: boolean } | null {
  const quota = party.memberQuota.value;
  if (kind !== 'owners-committee' || !quota.enabled || quota.share === null) return null;
  const members = membersOf(census);
  const met = census.headcount > 0 && meetsBar(members, census.headcount, quota.share);
  return { members, headcount: census.headcount, met };
}
