import { bilingual, type CitationId, type Profile } from '@jiayuan/core';
import type { GroupMember } from '../shared/context.js';
import { checkOwnerRepresentatives } from '../shared/eligibility.js';
import {
  checkPreparatoryGroup,
  checkReElectionGroup,
  type GroupProposal,
} from '../shared/group.js';
import { citationsInForce, contextRule } from '../shared/rule.js';
import { checkCommitteeSize } from '../shared/size.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import type { GroupContext } from './context.js';

/** What the group drafts and fixes before the first meeting (SH 16 ¶1 (三)–(六)). */
export const DRAFTS = [
  'management-statute',
  'rules-of-procedure',
  'voting-rules',
  'nomination-method',
  'election-method',
] as const;

/** The roll is confirmed, the drafts `required` are all there, and the seats are lawful (FORM-5, FORM-8). */
function checkDraftsOf(
  required: readonly string[],
  context: Pick<GroupContext, 'roll' | 'profile' | 'complex'>,
  event: { readonly drafts: readonly string[]; readonly seats: number },
): Verdict {
  if (context.roll === null) return fail('roll-first');
  const absent = required.filter((d) => !event.drafts.includes(d));
  if (absent.length > 0) return fail('drafts-missing', { missing: absent }, { missing: absent });
  return checkCommitteeSize(context.profile, context.complex.floorArea, context.roll, event.seats);
}

/** The preparatory group's work starts only after the 街镇 trained it (SH 15 ¶5). */
export function trainedFirst(context: Pick<GroupContext, 'group'>): Verdict {
  if ((context.group?.trainings.length ?? 0) > 0) return true;
  return fail('group-not-trained');
}

/** A third-party organisation may assist only where the profile provides for it (JA 二(二)). */
export function facilitatorAllowed(context: Pick<GroupContext, 'profile'>): Verdict {
  if (context.profile.formation.thirdPartyFacilitator.value) return true;
  return fail('facilitator-not-provided');
}

/**
 * The party organisation's guidance of formation and re-election is a step only where the profile
 * has the residential party organisation lead them (`party.partyLedFormation`: SH 6, JA 二(二),
 * BJ 3 ¶1, BJ 40); the refusal cites the profile's own articles.
 */
export function partyLedFormation(context: Pick<GroupContext, 'profile'>): Verdict {
  const setting = context.profile.party.partyLedFormation;
  return setting.value ? true : citing(fail('party-does-not-lead-formation'), setting.cite);
}

/** Whether the profile has a stand-in body for a committee not formed or re-elected in time. */
export function standInAvailable(context: Pick<GroupContext, 'profile'>): Verdict {
  if (context.profile.term.standIn.value.kind !== 'none') return true;
  return fail('stand-in-not-provided');
}

// Beijing: BJ 31 ¶4 (odd, owner representatives not less than half), ¶1 (the leader a
// residents' committee worker), BJ 49 ¶3 (the re-election group built like the preparatory one).
const COMPOSITION_CITES = [
  'SH-15-2',
  'SH-15-2-owner-share',
  'SH-15-2-leader',
  'SH-28-3',
  'SH-6-6',
  'BJ-31-4',
  'BJ-31-1-leader',
  'BJ-49-3',
] as const;
const COMPOSITION = bilingual('小组组成合法', 'The group is lawfully composed');

/** SH 15 ¶2 (FORM-4): the preparatory group is lawfully composed. */
export const preparatoryComposition = contextRule(
  'group-composition',
  COMPOSITION_CITES,
  COMPOSITION,
  (context: Pick<GroupContext, 'profile'>, event: GroupProposal) =>
    checkPreparatoryGroup(context.profile, event),
);

/** SH 28 ¶3 (TERM-2): the re-election group is lawfully composed. */
export const reElectionComposition = contextRule(
  'group-composition',
  COMPOSITION_CITES,
  COMPOSITION,
  (context: Pick<GroupContext, 'profile'>, event: GroupProposal) =>
    checkReElectionGroup(context.profile, event),
);

/**
 * Where each group's owner representatives must meet the candidate eligibility: SH 15 ¶2 (the
 * preparatory group) and SH 28 ¶3 (the re-election group) with SH 20 ¶2; BJ 31 ¶3 with BJ 39 ¶3
 * (BJ 49 ¶3: the re-election group is made up as the preparatory group). National texts are
 * silent: the check follows the profile's eligibility grounds and cites what those cite.
 */
const OWNER_REPS_CITES = {
  preparatory: ['SH-15-2', 'SH-20-2', 'BJ-31-3', 'BJ-39-3'],
  're-election': ['SH-28-3', 'SH-20-2', 'BJ-49-3', 'BJ-31-3', 'BJ-39-3'],
} as const satisfies Record<string, readonly CitationId[]>;
const OWNER_REPS = bilingual(
  '业主代表符合业主委员会委员候选人条件',
  'Owner representatives meet the eligibility of committee candidates',
);

/**
 * The owner representatives among `members`, proposed for `kind`'s group, meet the candidates'
 * bar under the profile (FORM-4); a refusal cites the articles of the profile in force.
 */
export function checkGroupOwnerReps(
  kind: keyof typeof OWNER_REPS_CITES,
  profile: Profile,
  members: readonly GroupMember[],
): Verdict {
  const cites = citationsInForce(profile, OWNER_REPS_CITES[kind]);
  return checkOwnerRepresentatives(profile, members, cites);
}

function ownerRepsRule(kind: keyof typeof OWNER_REPS_CITES) {
  return contextRule(
    'owner-reps-eligible',
    OWNER_REPS_CITES[kind],
    OWNER_REPS,
    (context: Pick<GroupContext, 'profile'>, event: Pick<GroupProposal, 'members'>) =>
      checkGroupOwnerReps(kind, context.profile, event.members),
  );
}

/** SH 15 ¶2, SH 20 ¶2, BJ 31 ¶3: the preparatory group's owner representatives are eligible. */
export const preparatoryOwnerReps = ownerRepsRule('preparatory');

/** SH 28 ¶3, SH 20 ¶2, BJ 49 ¶3: the re-election group's owner representatives are eligible. */
export const reElectionOwnerReps = ownerRepsRule('re-election');

const DRAFTS_TITLE = bilingual('筹备事项齐备，委员人数合法', 'Drafts complete; lawful size');

/** SH 16 ¶1, SH 20 ¶1: every draft of the first meeting, and a lawful number of seats. */
export const preparatoryDrafts = contextRule(
  'drafts-and-size',
  ['SH-16-1', 'SH-20-1'],
  DRAFTS_TITLE,
  (
    context: Pick<GroupContext, 'roll' | 'profile' | 'complex'>,
    event: { readonly drafts: readonly string[]; readonly seats: number },
  ) => checkDraftsOf(DRAFTS, context, event),
);

/** SH 20 ¶1: a re-election sets a lawful number of seats (its statute already stands). */
export const reElectionDrafts = contextRule(
  'drafts-and-size',
  ['SH-16-1', 'SH-20-1'],
  DRAFTS_TITLE,
  (
    context: Pick<GroupContext, 'roll' | 'profile' | 'complex'>,
    event: { readonly drafts: readonly string[]; readonly seats: number },
  ) => checkDraftsOf([], context, event),
);

/** SH 15 ¶5: the preparatory group was trained before its work began. */
export const trainedFirstRule = contextRule(
  'trained-first',
  ['SH-15-5'],
  bilingual('筹备工作开展前已组织培训', 'The group was trained before its work'),
  trainedFirst,
);

/** JA 二(二)2: a third-party facilitator only where the profile provides one. */
export const facilitatorAllowedRule = contextRule(
  'facilitator-allowed',
  ['JA-2-2-2'],
  bilingual('规则允许第三方参与', 'The profile allows a facilitator'),
  facilitatorAllowed,
);

/** SH 6, JA 二(二), BJ 3 ¶1: the party organisation's guidance where it leads formation. */
export const partyLedFormationRule = contextRule(
  'party-leads-formation',
  ['SH-6', 'JA-2-2', 'BJ-3-1', 'BJ-40'],
  bilingual(
    '居民区党组织领导业主委员会组建、换届',
    'The residential party organisation leads formation and re-election',
  ),
  partyLedFormation,
);

/** SH-36 (十八): a stand-in only where the profile provides one. */
export const standInAvailableRule = contextRule(
  'stand-in-available',
  ['SH-36-18'],
  bilingual('规则规定了临时代行机构', 'The profile provides a stand-in'),
  standInAvailable,
);
