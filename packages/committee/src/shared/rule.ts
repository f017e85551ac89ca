import type { Bilingual, CitationId, Rule } from '@jiayuan/core';
import type { CommitteeContext } from './context.js';
import type { Verdict } from './verdict.js';

/** A snapshot as the committee's rules read it. */
export interface ContextSnapshot {
  readonly context: CommitteeContext;
}

/**
 * A catalog rule over the process context. The same check backs the machine's guard, so a
 * guard never refuses without the rule saying why.
 */
export function contextRule<TEvent>(
  id: string,
  citations: readonly CitationId[],
  description: Bilingual,
  check: (context: CommitteeContext, event: TEvent) => Verdict,
): Rule<TEvent, ContextSnapshot> {
  return {
    id,
    citations,
    description,
    check: (snapshot: ContextSnapshot, event: TEvent) => check(snapshot.context, event),
  };
}
