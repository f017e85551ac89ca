import {
  type Bilingual,
  CITATIONS,
  defineRule,
  isCitationId,
  type Profile,
  type Rule,
  type RuleVerdict,
} from '@jiayuan/core';
import { type FirmRuleId, RULE_TEXT } from './messages.js';
import { PROFILE_CITES } from './profile-cites.js';

/** What a rule of this package looks at: the snapshot's context (only the fields it reads). */
export interface On<TContext> {
  readonly context: TContext;
}

/** What every rule may read of an event: when it happened and who sent it. */
export interface Sent {
  readonly at: string;
  readonly by: { readonly id: string; readonly role: string };
}

/**
 * A rule of this package: its id names its text in `RULE_TEXT` (shown when it refuses without a
 * message of its own) and is the name of its guard in the machines that use it.
 */
export function firmRule<const TId extends FirmRuleId, TSnapshot, TEvent>(
  id: TId,
  citations: readonly string[],
  check: (snapshot: TSnapshot, event: TEvent) => RuleVerdict,
): Rule<TEvent, TSnapshot, TId> {
  return defineRule<TId, TEvent, TSnapshot>({
    id,
    citations,
    description: RULE_TEXT[id],
    check(snapshot, event) {
      return underProfile(id, citations, profileOf(snapshot), check(snapshot, event));
    },
  });
}

function profileOf(snapshot: unknown): Profile | undefined {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null) return undefined;
  return Reflect.get(context, 'profile') as Profile | undefined;
}

/**
 * A refusal under a profile whose laws leave out some of the rule's own articles (SH under
 * `beijing`) cites the profile's entries for the rule in their place, so no message under one
 * profile cites another's articles; under a profile that has them all, the rule's own stand.
 */
function underProfile(
  id: FirmRuleId,
  citations: readonly string[],
  profile: Profile | undefined,
  verdict: RuleVerdict,
): RuleVerdict {
  const failed = verdict === false || (typeof verdict === 'object' && !verdict.ok);
  if (!failed || profile === undefined) return verdict;
  const laws: readonly string[] = profile.laws;
  const inForce = (c: string) => isCitationId(c) && laws.includes(CITATIONS[c].law);
  if (citations.every(inForce)) return verdict;
  const own = citations.filter(inForce);
  const cites = [...new Set([...own, ...(PROFILE_CITES[id]?.(profile) ?? [])])];
  const failure = verdict === false ? { ok: false as const, message: RULE_TEXT[id] } : verdict;
  return { ...failure, citations: cites };
}

/** A refusal with its own message and details. */
export const refuse = (message: Bilingual, details?: Record<string, unknown>): RuleVerdict => ({
  ok: false,
  message,
  ...(details === undefined ? {} : { details }),
});

/** Milliseconds of an ISO instant. */
export const ms = (at: string): number => Date.parse(at);
