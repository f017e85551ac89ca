import { type Bilingual, defineRule, type Rule, type RuleVerdict } from '@jiayuan/core';
import { type FirmRuleId, RULE_TEXT } from './messages.js';

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
      return check(snapshot, event);
    },
  });
}

/** A refusal with its own message and details. */
export const refuse = (message: Bilingual, details?: Record<string, unknown>): RuleVerdict => ({
  ok: false,
  message,
  ...(details === undefined ? {} : { details }),
});

/** Milliseconds of an ISO instant. */
export const ms = (at: string): number => Date.parse(at);
