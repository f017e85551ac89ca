import {
  type Bilingual,
  CITATIONS,
  type CitationId,
  defineRule,
  type Profile,
  type Rule,
} from '@jiayuan/core';
import { citing, type Verdict } from './verdict.js';

/** A snapshot as a rule reads it: the context of the process. */
export interface ContextSnapshot<TContext> {
  readonly context: TContext;
}

/**
 * The articles of `citations` that belong to a law the profile in force follows. A refusal under
 * `beijing` does not cite a Shanghai article a rule was first written from.
 */
export function citationsInForce(
  profile: Pick<Profile, 'laws'>,
  citations: readonly CitationId[],
): CitationId[] {
  const laws = new Set<string>(profile.laws);
  return citations.filter((id) => laws.has(CITATIONS[id].law));
}

function profileOf(context: unknown): Pick<Profile, 'laws'> | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  const profile: unknown = Reflect.get(context, 'profile');
  if (typeof profile !== 'object' || profile === null) return undefined;
  return Array.isArray(Reflect.get(profile, 'laws'))
    ? (profile as Pick<Profile, 'laws'>)
    : undefined;
}

/**
 * A catalog rule over the process context: its id is the name of the machine's guard (a host
 * may `provide()` its own), its check the committee's verdict, which says why it refuses.
 * `TContext` and `TEvent` are what `check` reads, so one rule fits every machine that has them.
 * A refusal names the articles the check gave (from the profile in force), or else the rule's
 * own that belong to the profile's laws.
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
    check: (snapshot: ContextSnapshot<TContext>, event: TEvent) => {
      const verdict = check(snapshot.context, event);
      if (verdict === true || verdict.citations !== undefined) return verdict;
      const profile = profileOf(snapshot.context);
      if (profile === undefined) return verdict;
      const kept = citationsInForce(profile, citations);
      return kept.length === citations.length ? verdict : citing(verdict, kept);
    },
  });
}
