import { addMonths, bilingual, localDateOf } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { SeatingContext } from './context.js';

/** The filing documents (SH 23 (一)–(六)). */
export const FILING_DOCUMENTS = [
  'minutes-and-decisions',
  'rules-of-procedure',
  'management-statute',
  'fund-statute',
  'members-and-undertakings',
  'training-records',
] as const;

/** Officers are distinct elected members (SH 21 ¶2). */
export function checkOfficers(
  context: Pick<SeatingContext, 'members'>,
  event: { readonly chair: string; readonly viceChairs: readonly string[] },
): Verdict {
  const members = new Set(context.members.map((m) => m.id));
  const named = [event.chair, ...event.viceChairs];
  if (new Set(named).size !== named.length) {
    return fail('officers-repeated');
  }
  const outsiders = named.filter((id) => !members.has(id));
  if (outsiders.length > 0) {
    return fail('officers-not-members', { outsiders });
  }
  return true;
}

/** The filing carries all six documents (SH 23 (一)–(六)). */
export function checkFiling(
  _context: unknown,
  event: { readonly documents: readonly string[] },
): Verdict {
  const absent = FILING_DOCUMENTS.filter((d) => !event.documents.includes(d));
  if (absent.length === 0) return true;
  return fail('filing-lacks-documents', { missing: absent }, { missing: absent });
}

/**
 * FORM-8, SH 20 ¶1: the term the rules of procedure set ("任期每届三至五年", the profile's
 * `formation.committeeTerm`) runs from the election: a term of N years ends on the same date N
 * years on (CC 201, CC 202). Every filing names the term's last day and is checked against it;
 * a profile without bounds (national: the texts are silent) takes any day.
 */
export function checkTerm(
  context: Pick<SeatingContext, 'profile' | 'milestones'>,
  event: { readonly termEndsOn: string },
): Verdict {
  const bounds = context.profile.formation.committeeTerm.value;
  const electedAt = context.milestones.elected;
  if (bounds === null || electedAt === undefined) return true;
  const elected = localDateOf(electedAt);
  const earliest = bounds.minYears === null ? null : addMonths(elected, 12 * bounds.minYears);
  const latest = addMonths(elected, 12 * bounds.maxYears);
  const { termEndsOn } = event;
  if ((earliest === null || termEndsOn >= earliest) && termEndsOn <= latest) return true;
  const params = { termEndsOn, elected, earliest, latest };
  return fail('term-out-of-bounds', params, params);
}

/** SH 21 ¶2: the chair and vice-chairs are distinct members. */
export const officersAreMembers = contextRule(
  'officers-are-members',
  ['SH-21-2'],
  bilingual('主任、副主任须为不同委员', 'Officers are distinct members'),
  checkOfficers,
);

/** SH 23, SH 29 ¶2: the filing has every document. */
export const filingDocuments = contextRule(
  'filing-documents',
  ['SH-23', 'SH-29-2'],
  bilingual('备案文件齐全', 'All filing documents'),
  checkFiling,
);

/** SH 20 ¶1: the term filed lies within the profile's bounds, counted from the election. */
export const termWithinBounds = contextRule(
  'term-within-bounds',
  ['SH-20-1-term'],
  bilingual(
    '业主委员会任期由议事规则规定，每届三至五年，自选举产生之日起算',
    'The committee’s term, set by the rules of procedure, is three to five years from its election',
  ),
  checkTerm,
);
