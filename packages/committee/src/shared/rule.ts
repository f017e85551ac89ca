import { type Bilingual, type CitationId, defineRule, type Rule } from '@jiayuan/core';
import type { Verdict } from './verdict.js';

/** A snapshot as a rule reads it: the context of the process. */
export interface ContextSnapshot<TContext> {
  readonly context: TContext;
}

/**
 * A catalog rule over the process context: its id is the name of the machine's guard (a host
 * may `provide()` its own), its check the committee's verdict, which says why it refuses.
 * `TContext` and `TEvent` are what `check` reads, so one rule fits every machine that has them.
 */
export function contextRule<const TId extends string, TContext, TEvent>(
  id: TId,
  citations: readonly CitationId[],
  description: Bilingual,
  check: (context: TContext, event: TEvent) => Verdict,
): Rule<TEvent, ContextSnapshot<TContext>, TId> {
  return defineRule({
    id,
    citations,
    description,
    check: (snapshot: ContextSnapshot<TContext>, event: TEvent) => check(snapshot.context, event),
  });
}
