import type { Bilingual } from '../i18n.js';

// Kept free of zod types: `@jiayuan/core/dispatch` declares them too.

/** A rule's refusal, with the reason in both languages. */
export interface RuleFailure {
  readonly ok: false;
  readonly message: Bilingual;
  readonly details?: Readonly<Record<string, unknown>>;
  /**
   * The articles this refusal applies, when they depend on the profile in force (e.g. BJ 39
   * rather than SH 20); the rejection reports them in place of the rule's own citations.
   */
  readonly citations?: readonly string[];
}

/**
 * What a rule's check returns: `true` or `{ ok: true }` to let the event through, `false` to
 * refuse it with the generic message, or a {@link RuleFailure} that says why.
 */
export type RuleVerdict = boolean | { readonly ok: true } | RuleFailure;
