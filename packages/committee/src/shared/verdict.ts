import { bilingual, type RuleFailure } from '@jiayuan/core';

/** A rule's answer: `true` or a bilingual reason. Guards and catalog rules share it. */
export type Verdict = true | RuleFailure;

/** A refusal with its reason in both languages. */
export function fail(
  zh: string,
  en: string,
  details?: Readonly<Record<string, unknown>>,
): RuleFailure {
  return details === undefined
    ? { ok: false, message: bilingual(zh, en) }
    : { ok: false, message: bilingual(zh, en), details };
}

/** The first refusal of several checks, or `true`. */
export function firstFailure(...checks: ReadonlyArray<() => Verdict>): Verdict {
  for (const check of checks) {
    const verdict = check();
    if (verdict !== true) return verdict;
  }
  return true;
}
