import { type Bar, describePeriod, formatBar } from '@jiayuan/core';
import type { EligibilityGround } from '../shared/context.js';
import { documentNames } from './documents.js';
import type { CommitteeLeaderSeat, CommitteeMessageTemplates } from './types.js';

const list = (ids: readonly string[]): string => ids.join(', ');
// Documents by their names, never their codes.
const docs = (codes: readonly string[]): string => list(documentNames(codes, 'en'));
const bar = (share: Bar): string => formatBar(share, 'en');

/** The small-complex exception, by area (0.01 m²) or by households. */
function smallComplex(small: {
  readonly size: number;
  readonly measure: 'area' | 'households';
  readonly atMost: number;
  readonly actual: number | null;
}): string {
  if (small.measure === 'area') {
    const here = small.actual === null ? '' : ` (this complex: ${small.actual / 100} m²)`;
    return `${small.size} where the floor area is at most ${small.atMost / 100} m²${here}`;
  }
  const here = small.actual === null ? '' : ` (this complex: ${small.actual})`;
  return `${small.size} where there are at most ${small.atMost} households${here}`;
}

/** The grounds of candidate ineligibility (SH 20 ¶2, BJ 39 ¶3), by name. */
const GROUND: Readonly<Record<EligibilityGround, string>> = {
  familyEmployedByFirm: 'they, a spouse or a direct relative work for the property firm',
  structuralDamage: 'damaged the main or load-bearing structure',
  illegalConstruction: 'built illegally',
  facadeDamage: "spoiled the building's appearance",
  unauthorisedChangeOfUse: 'changed the use of the property without approval',
  illegalLetting: 'let a dwelling unlawfully',
  notExecutingDecisions: "does not carry out the assembly's or the committee's decisions",
  feeArrears: 'in arrears of fees or the maintenance fund',
  dishonestDebtor: 'listed as a dishonest judgment debtor',
  residenceRequirement: 'does not meet the residence requirement',
};

const GROUP_LEADER: Readonly<Record<CommitteeLeaderSeat, string>> = {
  street: 'the street office',
  'residents-committee': "the residents' committee",
};

const STAND_IN_CHAIR: Readonly<Record<CommitteeLeaderSeat, string>> = {
  street: 'the street-office representative',
  'residents-committee': 'the residents’ (or villagers’) committee representative',
};

/** The committee's refusal texts in English. */
export const en: CommitteeMessageTemplates = {
  'group-member-repeated': () => 'a group member is listed twice',
  'group-size-even': ({ size }) => `The group must have an odd number of members; it has ${size}.`,
  'group-owner-share-short': ({ share, owners, size }) =>
    `Owner representatives must be ${bar(share)} of the group; they are ${owners}/${size}.`,
  'group-leader-wrong': ({ leader }) =>
    `The group needs exactly one leader, the representative of ${GROUP_LEADER[leader]}.`,
  'group-developer-count': ({ required, actual }) =>
    `The group needs ${required} developer representative(s); it has ${actual}.`,
  'group-street-count': ({ min, max, actual }) =>
    `The group needs ${min}–${max} street-office representatives; it has ${actual}.`,
  'group-residents-committee-count': ({ each, total, actual }) =>
    `The residents' committees send 1 to ${total} representatives (each may send ${each}); the group has ${actual}.`,
  'group-owner-rep-ineligible': ({ memberId, grounds }) =>
    `Owner representative ${memberId} does not meet the eligibility of a committee candidate: ${list(grounds.map((g) => GROUND[g]))}.`,
  'group-empty': () => 'empty group',
  'reelection-group-has-developer': () => 'A re-election group has no developer member.',
  'reelection-group-needs-street': () => 'A re-election group needs a street-office member.',

  'seats-at-least-one': () => 'at least one seat',
  'committee-size-unlawful': ({ min, odd, seats, small }) =>
    `The committee has ${min} or more${odd ? ', an odd number of,' : ''} members${
      small === null ? '' : `; ${smallComplex(small)}`
    }; ${seats} is not allowed.`,

  'delivery-exceeds-total': () => 'Delivered area cannot exceed the total area.',
  'owners-may-not-act-directly': () =>
    'This profile does not let owners act as assembly and committee themselves.',
  'direct-action-needs-agreement': ({ owners }) =>
    `With ${owners} owners, all of them must agree in writing not to form an assembly.`,
  'direct-action-not-unanimous': ({ signatories, owners }) =>
    `Only ${signatories} of the ${owners} owners signed: all of them must agree.`,
  'signatories-exceed-owners': ({ signatories, owners }) =>
    `${signatories} signatories but only ${owners} owners: the record is inconsistent.`,
  'report-lacks-documents': ({ missing }) => `The report lacks: ${docs(missing)}.`,
  'report-not-in-profile': ({ profile }) =>
    `The ${profile} profile's texts set no developer's report; the developer applies to form the assembly instead.`,
  'roll-first': () => 'Confirm and post the roll first.',
  'drafts-missing': ({ missing }) => `Still missing: ${docs(missing)}.`,
  'officers-repeated': () => 'Chair and vice-chairs must be different members.',
  'officers-not-members': ({ outsiders }) =>
    `Officers are chosen among members: ${list(outsiders)} is not a member.`,
  'filing-lacks-documents': ({ missing }) => `The filing lacks: ${docs(missing)}.`,
  'term-out-of-bounds': ({ termEndsOn, elected, earliest, latest }) =>
    earliest === null
      ? `A term elected on ${elected} may end no later than ${latest}, not on ${termEndsOn}.`
      : `A term elected on ${elected} ends between ${earliest} and ${latest}, not on ${termEndsOn}.`,
  'facilitator-not-provided': () => 'This profile does not provide for a third-party organisation.',
  'party-does-not-lead-formation': () =>
    'This profile does not have the residential party organisation lead the formation or re-election of the committee.',
  'owner-application-not-provided': () =>
    'This profile has no application by owners or the developer to form the assembly.',
  'application-names-no-applicants': () =>
    "An owners' application names its applicants: how many, of how many owners, and the area they hold.",
  'applicants-exceed-owners': ({ owners, ofOwners }) =>
    `${owners} applicants but only ${ofOwners} owners: the record is inconsistent.`,
  'applicant-area-exceeds-total': ({ area, totalArea }) =>
    `The applicants hold ${area / 100} m² of a building of ${totalArea / 100} m²: the record is inconsistent.`,
  'applicants-below-share': ({ headcount, areaShare, owners, ofOwners, area, totalArea }) =>
    `The applicants must be ${bar(headcount)} of the owners or hold ${bar(areaShare)} of the total area; they are ${owners}/${ofOwners} and hold ${area / 100}/${totalArea / 100} m².`,
  'no-leader-step': () =>
    'Under this profile the street office forms the group itself: there is no leader to appoint first.',
  'leader-already-appointed': () => 'The group leader is already appointed.',
  'leader-not-appointed': () =>
    'The street office reviews the application and appoints the group leader first; the leader then convenes the group.',
  'residents-committee-may-not-nominate': () =>
    "This profile does not let the residents' committee recommend candidates.",
  'party-may-not-nominate': () =>
    'This profile does not have the party organisation recommend candidates.',
  'trainees-not-group-members': ({ outsiders }) =>
    `Attendees must be group members: ${list(outsiders)} is not one.`,
  'group-not-trained': () =>
    'The street office must train the group before its work begins; no training is recorded.',
  'objected-member-not-in-group': ({ memberId }) => `${memberId} is not a member of the group.`,
  'no-open-member-objection': ({ objectionId }) => `There is no open objection ${objectionId}.`,
  'dismissed-objection-replaces-no-one': () => 'A dismissed objection replaces no one.',
  'replacement-already-in-group': ({ memberId }) => `${memberId} is already a member of the group.`,
  'stand-in-not-provided': () =>
    'This profile provides no stand-in body formed by the street office.',

  'group-not-formed': () => 'No group has been formed yet.',
  'procedure-run-by-other-group': ({ kind }) =>
    `This procedure is run by the ${kind === 'preparatory' ? 'preparatory' : 're-election'} group.`,
  'nomination-before-roll': () => 'The roll is not confirmed yet.',
  'candidate-not-owner': ({ candidateId }) =>
    `${candidateId} is not an owner on the roll and cannot stand.`,
  'candidate-already-nominated': () => 'This candidate is already nominated.',
  'unknown-candidate': ({ candidateId }) => `No candidate ${candidateId}.`,
  'undertaking-by-candidate-only': () => 'Only the candidate can sign their undertaking.',
  'candidate-barred': ({ candidateId, grounds, added }) =>
    `Candidate ${candidateId} was found ineligible and cannot undertake to meet the conditions: ${list(
      [
        ...grounds.map((g) => GROUND[g]),
        ...added.map((text) => `“${text}” (added by the rules of procedure)`),
      ],
    )}.`,
  'assembly-grounds-not-allowed': () =>
    "The profile does not let the assembly add grounds of ineligibility: vet the candidate on the profile's grounds only.",
  'assembly-grounds-before-assembly': () =>
    'The first election comes before any assembly: no rules of procedure have added grounds yet.',
  'too-few-candidates': ({ standing, open }) =>
    `${standing} eligible candidates with signed undertakings; ${open} seats to fill.`,
  'notice-too-short': ({ days, postedOn, meetingOn }) =>
    `The meeting must be at least ${days} days after the notice (posted ${postedOn}, meeting ${meetingOn}).`,
  'first-meeting-too-late': ({ lastDay, period }) =>
    `The first meeting must be held by ${lastDay} (${period.en} from the group forming).`,
  'no-open-objection': () => 'No unanswered objection with this id.',
  'meeting-not-called': () => 'The meeting has not been called.',
  'voting-before-meeting-day': ({ meetingOn }) =>
    `The meeting is set for ${meetingOn}; voting cannot open before it.`,
  'objections-unanswered': ({ unanswered }) => `${unanswered} objection(s) have no answer yet.`,
  'voting-not-open': () => 'Voting is not open.',
  'not-on-ballot': ({ unknown }) => `Not on the ballot: ${list(unknown)}.`,
  'candidate-named-twice': () => 'A candidate is named twice.',

  'voting-closes-before-opening': () => 'Voting must close after it opens.',
  'own-ballot-only': () => 'An owner casts only their own ballot.',
  'ballot-empty': () => 'Empty ballot.',
  'ballot-refused': ({ code, reason }) => `The ballot is refused (${code}): ${reason.en}.`,
  'counting-before-close': ({ closesAt }) =>
    `Voting closes at ${closesAt}; it cannot be counted before.`,

  'handover-not-overdue': () => 'The hand-over is not overdue; nothing to press.',
  'records-already-handed-over': () => 'Records and seals were already handed over.',
  'filing-not-completed': () =>
    "The housing office hands over once the new committee's filing is complete.",
  'audit-scope-incomplete': ({ missing }) =>
    `The audit must cover the maintenance fund, public revenue and the committee's funds; missing: ${docs(missing)}.`,
  'assembly-frozen': () =>
    'From the re-election group forming until the new committee is elected, the committee may not call the assembly to decide this matter.',

  'not-sitting-member': ({ memberId }) => `${memberId} is not a sitting member.`,
  'no-absence-ground': () => 'This profile has no absence ground.',
  'absence-below-share': ({ absent, held, share }) =>
    `Absent from ${absent} of ${held} meetings in the year: not ${bar(share)}.`,
  'no-removal-vote': () => 'No motion is being voted on.',
  'no-handover-pending': ({ memberId }) => `${memberId} has no hand-over pending.`,
  'handover-not-in-profile': ({ profile }) =>
    `The ${profile} profile's texts set no period for a departing member's hand-over.`,
  'by-election-not-allowed': () =>
    'A by-election needs vacant seats with more than half still filled.',
  'no-change-filing-pending': () => 'No membership change is waiting to be filed.',

  'not-members': ({ outsiders }) => `Not members: ${list(outsiders)}.`,
  'interim-proposers-short': ({ share, proposers, members }) =>
    `An interim meeting needs ${bar(share)} of the members proposing; ${proposers}/${members} did.`,
  'proxies-not-allowed': () => 'Members may not attend by proxy.',
  'quorum-short': ({ share, present, members }) =>
    `The meeting needs ${bar(share)} of all members present; ${present}/${members} are.`,
  'meeting-not-in-session': () => 'No meeting is in session.',
  'secretary-not-in-profile': ({ profile }) =>
    `The ${profile} profile's texts provide no committee secretary.`,
  'secretary-is-member': ({ personId }) =>
    `${personId} is a committee member; the secretary is not one (SH 84).`,
  'seals-held-together': ({ memberId, seal }) =>
    `${memberId} already keeps the ${seal}; the seals are kept by different members.`,
  'agenda-not-noticed': ({ period, lastDay }) =>
    `The residents' committee is told the agenda ${describePeriod(period).en} before the meeting; no notice served by ${lastDay} lets it be held now.`,
  'decision-already-recorded': () => 'This decision is already recorded.',
  'no-decision-to-post': () => 'No decision with this id is waiting to be posted.',
  'interim-already-proposed': () =>
    'An interim meeting is already proposed and waits to be convened.',
  'officers-not-recorded': () =>
    'The chair and vice-chairs are not on record: the process input names them.',
  'not-an-officer': ({ memberId }) => `${memberId} is neither the chair nor a vice-chair.`,
  'no-meeting-owed': () =>
    'No meeting is owed: no interim meeting proposed by a third of the members, and the regular meeting is not overdue.',
  'refusal-already-recorded': ({ memberId }) =>
    `${memberId}'s refusal or failure to convene is already recorded.`,
  'officers-have-not-refused': ({ pending }) =>
    `Not every officer has refused or failed to convene: still ${list(pending)}.`,
  'no-owners-request': () => 'The owners have not asked the street office in writing.',
  'designation-not-in-profile': ({ profile }) =>
    `The ${profile} profile's texts provide no designation of another member to convene by the street office.`,
  'convener-is-officer': ({ memberId }) =>
    `${memberId} is the chair or a vice-chair: the street office designates another member.`,

  'stand-in-member-repeated': ({ duplicates }) => `Listed twice: ${list(duplicates)}.`,
  'stand-in-chair-count': ({ chairs }) =>
    `Exactly one member chairs (leads) the body; ${chairs} do.`,
  'governance-led-by-street': () =>
    'The street office leads the governance committee: its lead member must be the street-office representative.',
  'governance-needs-owner': () =>
    'The governance committee organises the owners’ deliberation: it needs at least one owner representative.',
  'management-size-unlawful': ({ min, odd, size }) =>
    `The committee has ${min} or more${odd ? ', an odd number of,' : ''} members; ${size} is not allowed.`,
  'management-owner-share-short': ({ share, owners, size }) =>
    `Owner representatives must be ${bar(share)} of the members; they are ${owners}/${size}.`,
  'management-chair-wrong': ({ chair }) => `The chair must be ${STAND_IN_CHAIR[chair]}.`,
  'stand-in-term-ended': ({ termEndsAt }) =>
    `The term ended at ${termEndsAt}: the street office re-forms the body.`,
  'stand-in-filing-lacks-documents': ({ missing }) => `The filing lacks: ${docs(missing)}.`,
  'deliberation-already-recorded': () => 'This deliberation is already recorded.',
  'matter-already-recorded': () => 'This matter is already recorded.',
  'governance-takes-no-decisions': () =>
    'The governance committee takes no signed decisions of its own: it organises the owners’ deliberation, and the owners decide.',
  'matter-already-decided': () => 'This decision is already recorded.',
  'stand-in-attendance-not-given': () =>
    'Name the members present at the meeting that decided: its quorum is checked.',
  'stand-in-quorum-short': ({
    members,
    present,
    size,
    ownerReps,
    ownerRepsPresent,
    ownerRepsTotal,
  }) =>
    `The meeting needs ${bar(members)} of the members and ${bar(ownerReps)} of the owner-representative members present; ${present}/${size} and ${ownerRepsPresent}/${ownerRepsTotal} are.`,
  'no-decided-matter-to-post': () => 'No decision with this id is waiting to be posted.',
  'profile-names-no-stand-in': ({ profileId }) =>
    `The profile "${profileId}" names no stand-in body (term.standIn is "none"): there is no governance or property-management committee to form; the street office convenes the assembly instead.`,
  're-election-needs-assembly': () =>
    'A re-election presupposes an owners’ assembly: assemblyFormed cannot be false.',
  'input-for-another-procedure': ({ expected, named, fields }) =>
    named !== null && named !== expected
      ? `This input is for the "${named}" procedure; the ${expected} machine does not start from it.`
      : `This input has fields of another procedure (${list(fields)}); the ${expected} machine does not start from it.`,
  'input-names-unknown-procedure': ({ expected }) =>
    `This input's procedure is not "${expected}"; the ${expected} machine does not start from it.`,
  'input-invalid': ({ procedure, issues }) => `The ${procedure} input is invalid: ${issues.en}.`,
};
