import { bilingual } from '@jiayuan/core';
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
