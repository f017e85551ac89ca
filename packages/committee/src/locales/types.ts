import type { Bar, Bilingual, Period } from '@jiayuan/core';
import type { EligibilityGround } from '../shared/context.js';

/** Who leads a group or chairs a stand-in body: the street office or the residents' committee. */
export type CommitteeLeaderSeat = 'street' | 'residents-committee';

/** Ids given as a list, e.g. missing documents or people who are not members. */
type Ids = readonly string[];

/**
 * The refusal texts of the committee rules, one template per message id. Each locale implements
 * every id; parameters carry raw values (numbers, ids, bars) so each locale formats them itself.
 */
export interface CommitteeMessageTemplates {
  // Groups: preparatory (SH 15 ¶2) and re-election (SH 28 ¶3).
  readonly 'group-member-repeated': () => string;
  readonly 'group-size-even': (params: { readonly size: number }) => string;
  readonly 'group-owner-share-short': (params: {
    readonly share: Bar;
    readonly owners: number;
    readonly size: number;
  }) => string;
  readonly 'group-leader-wrong': (params: { readonly leader: CommitteeLeaderSeat }) => string;
  readonly 'group-developer-count': (params: {
    readonly required: number;
    readonly actual: number;
  }) => string;
  readonly 'group-street-count': (params: {
    readonly min: number;
    readonly max: number;
    readonly actual: number;
  }) => string;
  readonly 'group-residents-committee-count': (params: {
    readonly each: number;
    readonly total: number;
    readonly actual: number;
  }) => string;
  readonly 'group-owner-rep-ineligible': (params: {
    readonly memberId: string;
    /** The grounds found that bar the seat under the profile. */
    readonly grounds: readonly EligibilityGround[];
  }) => string;
  readonly 'group-empty': () => string;
  readonly 'reelection-group-has-developer': () => string;
  readonly 'reelection-group-needs-street': () => string;

  // Committee size (SH 20 ¶1). Areas in 0.01 m².
  readonly 'seats-at-least-one': () => string;
  readonly 'committee-size-unlawful': (params: {
    readonly min: number;
    readonly odd: boolean;
    readonly seats: number;
    /**
     * The small-complex exception, where the profile has one: by floor area (SH 20 ¶1, 0.01 m²)
     * or by households (BJ 39 ¶1); `actual` is this complex's, `null` before the roll is known.
     */
    readonly small: {
      readonly size: number;
      readonly measure: 'area' | 'households';
      readonly atMost: number;
      readonly actual: number | null;
    } | null;
  }) => string;

  // Formation (SH 13–23).
  readonly 'delivery-exceeds-total': () => string;
  readonly 'owners-may-not-act-directly': () => string;
  readonly 'direct-action-needs-agreement': (params: { readonly owners: number }) => string;
  readonly 'direct-action-not-unanimous': (params: {
    readonly signatories: number;
    readonly owners: number;
  }) => string;
  readonly 'signatories-exceed-owners': (params: {
    readonly signatories: number;
    readonly owners: number;
  }) => string;
  readonly 'report-lacks-documents': (params: { readonly missing: Ids }) => string;
  readonly 'report-not-in-profile': (params: { readonly profile: string }) => string;
  readonly 'roll-first': () => string;
  readonly 'drafts-missing': (params: { readonly missing: Ids }) => string;
  readonly 'officers-repeated': () => string;
  readonly 'officers-not-members': (params: { readonly outsiders: Ids }) => string;
  readonly 'filing-lacks-documents': (params: { readonly missing: Ids }) => string;
  readonly 'term-out-of-bounds': (params: {
    readonly termEndsOn: string;
    readonly elected: string;
    readonly earliest: string | null;
    readonly latest: string;
  }) => string;
  readonly 'facilitator-not-provided': () => string;
  readonly 'party-does-not-lead-formation': () => string;

  // Owners' or developer's application, and the group leader (BJ 30–31).
  readonly 'owner-application-not-provided': () => string;
  readonly 'application-names-no-applicants': () => string;
  readonly 'applicants-exceed-owners': (params: {
    readonly owners: number;
    readonly ofOwners: number;
  }) => string;
  readonly 'applicant-area-exceeds-total': (params: {
    readonly area: number;
    readonly totalArea: number;
  }) => string;
  readonly 'applicants-below-share': (params: {
    readonly headcount: Bar;
    readonly areaShare: Bar;
    readonly owners: number;
    readonly ofOwners: number;
    readonly area: number;
    readonly totalArea: number;
  }) => string;
  readonly 'no-leader-step': () => string;
  readonly 'leader-already-appointed': () => string;
  readonly 'leader-not-appointed': () => string;
  readonly 'residents-committee-may-not-nominate': () => string;
  readonly 'party-may-not-nominate': () => string;
  readonly 'trainees-not-group-members': (params: { readonly outsiders: Ids }) => string;
  readonly 'group-not-trained': () => string;
  readonly 'objected-member-not-in-group': (params: { readonly memberId: string }) => string;
  readonly 'no-open-member-objection': (params: { readonly objectionId: string }) => string;
  readonly 'dismissed-objection-replaces-no-one': () => string;
  readonly 'replacement-already-in-group': (params: { readonly memberId: string }) => string;
  readonly 'stand-in-not-provided': () => string;

  // The election (SH 16, SH 20, SH 21).
  readonly 'group-not-formed': () => string;
  readonly 'procedure-run-by-other-group': (params: {
    readonly kind: 'preparatory' | 're-election';
  }) => string;
  readonly 'nomination-before-roll': () => string;
  readonly 'candidate-not-owner': (params: { readonly candidateId: string }) => string;
  readonly 'candidate-already-nominated': () => string;
  readonly 'unknown-candidate': (params: { readonly candidateId: string }) => string;
  readonly 'undertaking-by-candidate-only': () => string;
  readonly 'candidate-barred': (params: {
    readonly candidateId: string;
    /** The grounds found that bar the candidate under the profile. */
    readonly grounds: readonly EligibilityGround[];
    /** The words of the grounds the assembly's rules of procedure add that were found. */
    readonly added: readonly string[];
  }) => string;
  readonly 'assembly-grounds-not-allowed': () => string;
  readonly 'assembly-grounds-before-assembly': () => string;
  readonly 'too-few-candidates': (params: {
    readonly standing: number;
    readonly open: number;
  }) => string;
  readonly 'notice-too-short': (params: {
    readonly days: number;
    /** Local dates, `YYYY-MM-DD`. */
    readonly postedOn: string;
    readonly meetingOn: string;
  }) => string;
  readonly 'first-meeting-too-late': (params: {
    readonly lastDay: string;
    /** The profile's period, as words in each locale (e.g. 60 days). */
    readonly period: Bilingual;
  }) => string;
  readonly 'no-open-objection': () => string;
  readonly 'meeting-not-called': () => string;
  readonly 'voting-before-meeting-day': (params: { readonly meetingOn: string }) => string;
  readonly 'objections-unanswered': (params: { readonly unanswered: number }) => string;
  readonly 'voting-not-open': () => string;
  readonly 'not-on-ballot': (params: { readonly unknown: Ids }) => string;
  readonly 'candidate-named-twice': () => string;

  // Votes: the election and a removal motion.
  readonly 'voting-closes-before-opening': () => string;
  readonly 'own-ballot-only': () => string;
  readonly 'ballot-empty': () => string;
  readonly 'ballot-refused': (params: {
    readonly code: string;
    /** Core's reason for the refused ballot, in each locale. */
    readonly reason: Bilingual;
  }) => string;
  readonly 'counting-before-close': (params: { readonly closesAt: string }) => string;

  // Re-election (SH 28, SH 29, SH 67).
  readonly 'handover-not-overdue': () => string;
  readonly 'records-already-handed-over': () => string;
  readonly 'filing-not-completed': () => string;
  readonly 'audit-scope-incomplete': (params: { readonly missing: Ids }) => string;
  readonly 'assembly-frozen': () => string;

  // Membership (SH 30–33).
  readonly 'not-sitting-member': (params: { readonly memberId: string }) => string;
  readonly 'no-absence-ground': () => string;
  readonly 'absence-below-share': (params: {
    readonly absent: number;
    readonly held: number;
    readonly share: Bar;
  }) => string;
  readonly 'no-removal-vote': () => string;
  readonly 'no-handover-pending': (params: { readonly memberId: string }) => string;
  readonly 'handover-not-in-profile': (params: { readonly profile: string }) => string;
  readonly 'by-election-not-allowed': () => string;
  readonly 'no-change-filing-pending': () => string;

  // Committee meetings (SH 26).
  readonly 'not-members': (params: { readonly outsiders: Ids }) => string;
  readonly 'interim-proposers-short': (params: {
    readonly share: Bar;
    readonly proposers: number;
    readonly members: number;
  }) => string;
  readonly 'proxies-not-allowed': () => string;
  readonly 'quorum-short': (params: {
    readonly share: Bar;
    readonly present: number;
    readonly members: number;
  }) => string;
  readonly 'meeting-not-in-session': () => string;
  readonly 'secretary-not-in-profile': (params: { readonly profile: string }) => string;
  readonly 'secretary-is-member': (params: { readonly personId: string }) => string;
  readonly 'seals-held-together': (params: {
    readonly memberId: string;
    readonly seal: string;
  }) => string;
  readonly 'agenda-not-noticed': (params: {
    readonly period: Period;
    readonly lastDay: string;
  }) => string;
  readonly 'decision-already-recorded': () => string;
  readonly 'no-decision-to-post': () => string;
  readonly 'interim-already-proposed': () => string;
  readonly 'officers-not-recorded': () => string;
  readonly 'not-an-officer': (params: { readonly memberId: string }) => string;
  readonly 'no-meeting-owed': () => string;
  readonly 'refusal-already-recorded': (params: { readonly memberId: string }) => string;
  readonly 'officers-have-not-refused': (params: { readonly pending: Ids }) => string;
  readonly 'no-owners-request': () => string;
  readonly 'designation-not-in-profile': (params: { readonly profile: string }) => string;
  readonly 'convener-is-officer': (params: { readonly memberId: string }) => string;

  // The stand-in body (SH-36 (十八), BJ 53–58).
  readonly 'stand-in-member-repeated': (params: { readonly duplicates: Ids }) => string;
  readonly 'stand-in-chair-count': (params: { readonly chairs: number }) => string;
  readonly 'governance-led-by-street': () => string;
  readonly 'governance-needs-owner': () => string;
  readonly 'management-size-unlawful': (params: {
    readonly min: number;
    readonly odd: boolean;
    readonly size: number;
  }) => string;
  readonly 'management-owner-share-short': (params: {
    readonly share: Bar;
    readonly owners: number;
    readonly size: number;
  }) => string;
  readonly 'management-chair-wrong': (params: { readonly chair: CommitteeLeaderSeat }) => string;
  readonly 'stand-in-term-ended': (params: { readonly termEndsAt: string | null }) => string;
  readonly 'stand-in-filing-lacks-documents': (params: { readonly missing: Ids }) => string;
  readonly 'deliberation-already-recorded': () => string;
  readonly 'matter-already-recorded': () => string;
  readonly 'governance-takes-no-decisions': () => string;
  readonly 'matter-already-decided': () => string;
  readonly 'stand-in-attendance-not-given': () => string;
  readonly 'stand-in-quorum-short': (params: {
    readonly members: Bar;
    readonly present: number;
    readonly size: number;
    readonly ownerReps: Bar;
    readonly ownerRepsPresent: number;
    readonly ownerRepsTotal: number;
  }) => string;
  readonly 'no-decided-matter-to-post': () => string;
  readonly 'profile-names-no-stand-in': (params: { readonly profileId: string }) => string;
  readonly 're-election-needs-assembly': () => string;

  // Start inputs.
  readonly 'input-for-another-procedure': (params: {
    readonly expected: string;
    readonly named: string | null;
    readonly fields: Ids;
  }) => string;
  /** The input names a procedure no committee machine has; the name is not echoed back. */
  readonly 'input-names-unknown-procedure': (params: { readonly expected: string }) => string;
  readonly 'input-invalid': (params: {
    readonly procedure: string;
    /** The issues in both languages, with their paths (core's `issueSummary`). */
    readonly issues: Bilingual;
  }) => string;
}

/** A committee message id. */
export type CommitteeMessageId = keyof CommitteeMessageTemplates;

/** The parameters message `K` takes: `[]` or `[params]`. */
export type CommitteeMessageArgs<K extends CommitteeMessageId> = Parameters<
  CommitteeMessageTemplates[K]
>;
