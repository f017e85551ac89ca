import {
  type Bilingual,
  defineRule,
  type Profile,
  type Rule,
  type RuleVerdict,
  ruleCitesUnder,
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
  const profileCites = PROFILE_CITES[id];
  const rule = defineRule<TId, TEvent, TSnapshot>({
    id,
    citations,
    description: RULE_TEXT[id],
    ...(profileCites === undefined ? {} : { profileCites }),
    check(snapshot: TSnapshot, event: TEvent): RuleVerdict {
      return underProfile(rule, profileOf(snapshot), check(snapshot, event));
    },
  });
  return rule;
}

function profileOf(snapshot: unknown): Profile | undefined {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null) return undefined;
  return Reflect.get(context, 'profile') as Profile | undefined;
}

/**
 * A refusal under a profile whose laws leave out some of the rule's own articles (SH under
 * `beijing`) cites what core's `ruleCitesUnder` gives — the rule book's list for that profile —
 * so no message under one profile cites another's articles; under a profile that follows them
 * all, the rule's own stand.
 */
function underProfile(
  rule: Rule<never, never, FirmRuleId>,
  profile: Profile | undefined,
  verdict: RuleVerdict,
): RuleVerdict {
  const failed = verdict === false || (typeof verdict === 'object' && !verdict.ok);
  if (!failed || profile === undefined) return verdict;
  const cites = ruleCitesUnder(rule, profile);
  if (cites === rule.citations) return verdict;
  const failure = verdict === false ? { ok: false as const, message: RULE_TEXT[rule.id] } : verdict;
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
