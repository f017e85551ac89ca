import { bilingual, type DeadlineBook, type Party, startDeadline } from '@jiayuan/core';
import type { UnitKind } from './input.js';

/** Id of the deadline of the branch's term (its committee or secretary serves 3 or 5 years). */
export const BRANCH_TERM = 'branch-term';

/**
 * Starts the branch term at `at`: an owners' committee's branch serves the profile's community
 * term (5 years in Shanghai), a firm project's branch the other term (3 years).
 */
export function startBranchTerm(
  deadlines: DeadlineBook,
  kind: UnitKind,
  party: Party,
  at: string,
): DeadlineBook {
  const term = party.branchCommitteeTerm;
  return startDeadline(deadlines, BRANCH_TERM, {
    title: bilingual(
      '党支部委员会（书记）任期届满',
      'the branch committee’s (secretary’s) term ends',
    ),
    trigger: at,
    period: kind === 'owners-committee' ? term.value.community : term.value.other,
    cite: term.cite,
  });
}
