import {
  type Bilingual,
  CITATIONS,
  defineRule,
  formatCitation,
  isCitationId,
  type Profile,
  type Rule,
  type RuleVerdict,
} from '@jiayuan/core';
import { PROFILE_CITES } from './profile-cites.js';

/** A snapshot whose context holds the profile in force. */
export interface Profiled {
  readonly context: { readonly profile: Profile };
}

/** Whether the profile follows the text of article `id`. */
const followed = (profile: Profile, id: string): boolean =>
  isCitationId(id) && profile.laws.includes(CITATIONS[id].law);

/**
 * The articles a refusal of rule `id`, whose own are `own`, cites under `profile`: `null` where
 * the profile follows them all (they stand, as under `shanghai`); else those of `own` and of the
 * rule's {@link PROFILE_CITES} entry that the profile follows, so that no refusal under one
 * profile cites another's texts. An empty list means the profile's texts are silent.
 */
export function citesUnder(
  id: string,
  own: readonly string[],
  profile: Profile,
): readonly string[] | null {
  if (own.every((c) => followed(profile, c))) return null;
  const mapped = PROFILE_CITES[id]?.(profile) ?? [];
  return [...new Set([...own, ...mapped])].filter((c) => followed(profile, c));
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
 * place of its own where the profile does not follow them all. A plain `false` becomes a refusal
 * with the rule's description.
 */
export function profileRule<const TId extends string, TEvent, TSnapshot extends Profiled>(
  rule: Rule<TEvent, TSnapshot, TId>,
): Rule<TEvent, TSnapshot, TId> {
  return defineRule<TId, TEvent, TSnapshot>({
    ...rule,
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
