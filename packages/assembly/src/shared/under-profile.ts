import {
  type Bilingual,
  CITATIONS,
  defineRule,
  formatCitation,
  isCitationId,
  type Profile,
  type Rule,
  type RuleVerdict,
  ruleCitesUnder,
} from '@jiayuan/core';
import { PROFILE_CITES } from './profile-cites.js';

/** A snapshot whose context holds the profile in force. */
export interface Profiled {
  readonly context: { readonly profile: Profile };
}

/**
 * The articles a refusal of rule `id`, whose own are `own`, cites under `profile`: `null` where
 * the profile follows them all (they stand, as under `shanghai`); else core's `ruleCitesUnder`
 * of the rule with its {@link PROFILE_CITES} entry — those of `own` and of the entry that the
 * profile follows, the rule book's list — so that no refusal under one profile cites another's
 * texts. An empty list means the profile's texts are silent.
 */
export function citesUnder(
  id: string,
  own: readonly string[],
  profile: Profile,
): readonly string[] | null {
  const profileCites = PROFILE_CITES[id];
  const cites = ruleCitesUnder(
    { citations: own, ...(profileCites === undefined ? {} : { profileCites }) },
    profile,
  );
  return cites === own ? null : cites;
}

/** Articles for people, in both languages (`Beijing Property Management Regulation art. 36`). */
export function articlesText(ids: readonly string[]): Bilingual {
  const known = ids.filter(isCitationId).map((id) => CITATIONS[id]);
  return {
    'zh-CN': known.map((c) => formatCitation(c, 'zh-CN')).join('、'),
    en: known.map((c) => formatCitation(c, 'en')).join(', '),
  };
}

/**
 * A rule whose refusals cite the articles of the profile in force (see {@link citesUnder}) in
 * place of its own where the profile does not follow them all; it carries its
 * {@link PROFILE_CITES} entry as `profileCites`. A plain `false` becomes a refusal
 * with the rule's description.
 */
export function profileRule<const TId extends string, TEvent, TSnapshot extends Profiled>(
  rule: Rule<TEvent, TSnapshot, TId>,
): Rule<TEvent, TSnapshot, TId> {
  const profileCites = PROFILE_CITES[rule.id];
  return defineRule<TId, TEvent, TSnapshot>({
    ...rule,
    // Carried on the rule, so the rule book reads the same entry as the refusal.
    ...(profileCites === undefined ? {} : { profileCites }),
    check(snapshot, event) {
      const verdict: RuleVerdict = rule.check(snapshot, event);
      if (verdict === true || (typeof verdict === 'object' && verdict.ok)) return verdict;
      const cites = citesUnder(rule.id, rule.citations, snapshot.context.profile);
      if (cites === null) return verdict;
      // A refusal that names its articles itself (built from the same profile) keeps them.
      if (verdict !== false)
        return verdict.citations === undefined ? { ...verdict, citations: cites } : verdict;
      return rule.description === undefined
        ? verdict
        : { ok: false, message: rule.description, citations: cites };
    },
  });
}
