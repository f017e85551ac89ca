import { CITATIONS, isCitationId } from '../citations/index.js';
import type { Profile } from '../profiles/schema.js';
import type { Rule } from './catalog.js';

/**
 * The articles a refusal of `rule` cites under `profile` — the one list a refusal and the rule
 * book both read. Where the profile follows the texts of all the rule's own `citations` (as
 * `shanghai` does of SH), they stand; else those of the rule's own and of its
 * `profileCites(profile)` whose text the profile follows, so that no refusal under one profile
 * cites another's texts (no SH article under `beijing`). An empty list means the profile's texts
 * are silent on the rule.
 *
 * A refusal may still name articles it computes from its context (a verdict's own `citations`,
 * built from the same profile); `dispatch` then leaves out those not in force on the act's day.
 */
export function ruleCitesUnder(
  rule: Pick<Rule, 'citations' | 'profileCites'>,
  profile: Profile,
): readonly string[] {
  const laws: readonly string[] = profile.laws;
  const followed = (id: string) => isCitationId(id) && laws.includes(CITATIONS[id].law);
  if (rule.citations.every(followed)) return rule.citations;
  const mapped = rule.profileCites?.(profile) ?? [];
  return [...new Set([...rule.citations, ...mapped])].filter(followed);
}
