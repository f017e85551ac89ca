import { bilingual, meetsBar, type Profile } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { isPastDue } from '../shared/time.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { StandInContext, StandInMember } from './context.js';
import { postingDeadlineId, termDeadlineId } from './deadlines.js';
import { standInOf } from './input.js';

/** The papers the stand-in files with the street office (BJ 55 ¶1 (一)–(三)). */
export const STAND_IN_FILING_DOCUMENTS = [
  'assembly-minutes-and-decisions',
  'rules-of-procedure',
  'management-statute',
] as const;

type Members = { readonly members: readonly StandInMember[] };

function count(members: readonly StandInMember[], seat: StandInMember['seat']): number {
  return members.filter((m) => m.seat === seat).length;
}

// Every body: no one listed twice, and exactly one member chairs or leads.
function checkRoster(members: readonly StandInMember[]): Verdict {
  const ids = members.map((m) => m.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) {
    return fail('stand-in-member-repeated', { duplicates: twice }, { duplicates: twice });
  }
  const chairs = members.filter((m) => m.chair).length;
  if (chairs !== 1) {
    return fail('stand-in-chair-count', { chairs }, { chairs });
  }
  return true;
}

/**
 * The make-up of Shanghai's 物业治理委员会 (SH-36 (十八)). The text sets no numbers; what it does
 * say is that the 街镇 leads it (由街镇牵头组建), so a street-office member leads the body, and
 * that it organises the owners' deliberation (组织业主开展协商议事), so at least one owner
 * representative sits on it. Passes for other kinds of body.
 */
export function checkGovernanceComposition(
  profile: Profile,
  members: readonly StandInMember[],
): Verdict {
  if (standInOf(profile)?.kind !== 'governance-committee') return true;
  const roster = checkRoster(members);
  if (roster !== true) return roster;
  if (members.find((m) => m.chair)?.seat !== 'street') {
    return fail('governance-led-by-street');
  }
  if (count(members, 'owner') < 1) {
    return fail('governance-needs-owner');
  }
  return true;
}

/**
 * The make-up of Beijing's 物业管理委员会 from the profile's numbers (BJ 54): at least the
 * minimum size, odd where required, owner representatives at least the share (an exact
 * fraction, BJ 54 ¶1 "不少于…二分之一": inclusive), and the chair from the seat the profile
 * names (BJ 54 ¶2: the residents' or villagers' committee representative). Passes for other
 * kinds of body.
 */
export function checkManagementComposition(
  profile: Profile,
  members: readonly StandInMember[],
): Verdict {
  const body = standInOf(profile);
  if (body?.kind !== 'property-management-committee') return true;
  const roster = checkRoster(members);
  if (roster !== true) return roster;
  const size = members.length;
  if (size < body.minSize || (body.odd && size % 2 === 0)) {
    return fail(
      'management-size-unlawful',
      { min: body.minSize, odd: body.odd, size },
      { size, minSize: body.minSize, odd: body.odd },
    );
  }
  const owners = count(members, 'owner');
  if (!meetsBar(owners, size, body.ownerRepsShare)) {
    return fail(
      'management-owner-share-short',
      { share: body.ownerRepsShare, owners, size },
      { owners, size },
    );
  }
  if (members.find((m) => m.chair)?.seat !== body.chair) {
    return fail('management-chair-wrong', { chair: body.chair });
  }
  return true;
}

/** The body's make-up under the profile, whichever kind it names. */
export function checkComposition(profile: Profile, members: readonly StandInMember[]): Verdict {
  const governance = checkGovernanceComposition(profile, members);
  return governance === true ? checkManagementComposition(profile, members) : governance;
}

/** Whether the body must file with the street office: the profile sets filing and an assembly exists (BJ 55). */
export function filingRequired(context: Pick<StandInContext, 'profile' | 'assemblyFormed'>) {
  return (
    standInOf(context.profile)?.kind === 'property-management-committee' && context.assemblyFormed
  );
}

/** Whether the current term's limit has passed at `at` (BJ 58); never where the profile sets none. */
export function termEnded(context: Pick<StandInContext, 'deadlines' | 'term'>, at: string) {
  return isPastDue(context, termDeadlineId('stand-in-term', context.term), at);
}

/** The body still sits at `at`: its term has not run out (BJ 58). */
export function withinTerm(
  context: Pick<StandInContext, 'deadlines' | 'term' | 'termEndsAt'>,
  event: { readonly at: string },
): Verdict {
  if (!termEnded(context, event.at)) return true;
  return fail(
    'stand-in-term-ended',
    { termEndsAt: context.termEndsAt },
    { termEndsAt: context.termEndsAt },
  );
}

/** Whether a filing deadline of the current term has passed unmet at `at`, within the term. */
export function filingLate(
  context: Pick<StandInContext, 'deadlines' | 'term'>,
  kind: 'stand-in-filing' | 'stand-in-filing-completion',
  at: string,
): boolean {
  return isPastDue(context, termDeadlineId(kind, context.term), at) && !termEnded(context, at);
}

/** The filing carries every paper BJ 55 ¶1 (一)–(三) lists. */
export function checkFilingPapers(
  _context: unknown,
  event: { readonly documents: readonly string[] },
): Verdict {
  const missing = STAND_IN_FILING_DOCUMENTS.filter((d) => !event.documents.includes(d));
  if (missing.length === 0) return true;
  return fail('stand-in-filing-lacks-documents', { missing }, { missing });
}

/** A deliberation not recorded before. */
export function checkDeliberation(
  context: Pick<StandInContext, 'deliberations'>,
  event: { readonly deliberationId: string },
): Verdict {
  if (!context.deliberations.some((d) => d.id === event.deliberationId)) return true;
  return fail('deliberation-already-recorded');
}

/** A matter not recorded before. */
export function checkMatter(
  context: Pick<StandInContext, 'matters'>,
  event: { readonly matterId: string },
): Verdict {
  if (!context.matters.some((m) => m.id === event.matterId)) return true;
  return fail('matter-already-recorded');
}

/**
 * Only a body the profile gives decisions takes them. SH-36 (十八) gives the 物业治理委员会
 * none of its own: it organises the owners' deliberation, and the owners decide.
 */
export function decisionsKept(context: Pick<StandInContext, 'profile'>): Verdict {
  if (standInOf(context.profile)?.kind === 'property-management-committee') return true;
  return fail('governance-takes-no-decisions');
}

/** Signers are members, and the decision is new (BJ 57 ¶3). */
export function checkDecision(
  context: Pick<StandInContext, 'decisions' | 'members'>,
  event: { readonly decisionId: string; readonly consenting: readonly string[] },
): Verdict {
  if (context.decisions.some((d) => d.id === event.decisionId)) {
    return fail('matter-already-decided');
  }
  const members = new Set(context.members.map((m) => m.id));
  const outsiders = event.consenting.filter((id) => !members.has(id));
  if (outsiders.length === 0) return true;
  return fail('not-members', { outsiders }, { outsiders });
}

/** Whether signed consent reaches the profile's share of all members (BJ 57 ¶3: 过半数). */
export function decisionPasses(
  context: Pick<StandInContext, 'profile' | 'members'>,
  consenting: readonly string[],
): boolean {
  const body = context.profile.term.standIn.value;
  if (body.kind !== 'property-management-committee') return false;
  return meetsBar(new Set(consenting).size, context.members.length, body.decision);
}

/** A decided matter waiting to be posted (BJ 57 ¶3); a late posting is still a posting. */
export function postingPending(
  context: Pick<StandInContext, 'deadlines' | 'decisions'>,
  event: { readonly decisionId: string },
): Verdict {
  const entry = context.deadlines[postingDeadlineId(event.decisionId)];
  if (entry?.status === 'pending' || entry?.status === 'missed') {
    if (context.decisions.find((d) => d.id === event.decisionId)?.postedAt === null) return true;
  }
  return fail('no-decided-matter-to-post');
}

/** SH-36 (十八): led by the street office, with owner representatives. */
export const governanceComposition = contextRule(
  'governance-composition',
  ['SH-36-18'],
  bilingual('街镇牵头，有业主代表', 'Led by the street office, with owner representatives'),
  (context: Pick<StandInContext, 'profile'>, event: Members) =>
    checkGovernanceComposition(context.profile, event.members),
);

/** BJ 54: seven or more, odd, owners at least half, chaired by the residents' committee. */
export const managementComposition = contextRule(
  'management-composition',
  ['BJ-54-1', 'BJ-54-2'],
  bilingual(
    '七人以上单数，业主代表不少于二分之一，居委会代表任主任',
    'Seven or more, odd, owner representatives at least half, chaired by the residents’ committee',
  ),
  (context: Pick<StandInContext, 'profile'>, event: Members) =>
    checkManagementComposition(context.profile, event.members),
);

/** BJ 58: the body acts only within its term. */
export const withinTermRule = contextRule(
  'within-term',
  ['BJ-58'],
  bilingual('任期未届满', 'The term has not run out'),
  withinTerm,
);

/** BJ 55 ¶1: the filing carries its papers. */
export const filingPapers = contextRule(
  'filing-papers',
  ['BJ-55'],
  bilingual(
    '会议记录和决定、议事规则、管理规约齐全',
    'Minutes and decisions, rules of procedure, management statute',
  ),
  checkFilingPapers,
);

/** SH-36 (十八), BJ 52: a deliberation recorded once. */
export const newDeliberation = contextRule(
  'new-deliberation',
  ['SH-36-18', 'BJ-52'],
  bilingual('尚未记录的协商议事', 'A deliberation not yet recorded'),
  checkDeliberation,
);

/** SH-36 (十八), BJ 52: a matter recorded once. */
export const newMatter = contextRule(
  'new-matter',
  ['SH-36-18', 'BJ-52'],
  bilingual('尚未记录的事项', 'A matter not yet recorded'),
  checkMatter,
);

/** SH-36 (十八), BJ 57 ¶3: only a body that decides by signatures takes decisions. */
export const decisionsKeptRule = contextRule(
  'decisions-kept',
  ['SH-36-18', 'BJ-57-3-decision'],
  bilingual('该机构以委员签字确定事项', 'The body decides by its members’ signatures'),
  (context: Pick<StandInContext, 'profile'>) => decisionsKept(context),
);

/** BJ 57 ¶3: signers are members, and the decision is new. */
export const standInDecisionSigners = contextRule(
  'decision-signers',
  ['BJ-57-3-decision'],
  bilingual('签字人为委员，决定未重复', 'Signers are members; a new decision'),
  checkDecision,
);

/** BJ 57 ¶3: a decided matter waits to be posted. */
export const standInPostingPending = contextRule(
  'posting-pending',
  ['BJ-57-3-posting', 'BJ-57'],
  bilingual('有待公示的确定事项', 'A decided matter waits to be posted'),
  postingPending,
);
