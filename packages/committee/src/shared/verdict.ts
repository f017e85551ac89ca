import type { RuleFailure } from '@jiayuan/core';
import { committeeMessage } from '../locales/index.js';
import type { CommitteeMessageArgs, CommitteeMessageId } from '../locales/types.js';

/** A rule's answer: `true` or a bilingual reason. Guards and catalog rules share it. */
export type Verdict = true | RuleFailure;

/** Details a refusal carries beside its text, for hosts and tests. */
type Details = Readonly<Record<string, unknown>>;

/**
 * The arguments after the message id: the message's params (or `undefined` for a message
 * without), then optional details. The params slot is kept for every message so that details
 * are never mistaken for params.
 */
export type FailArgs<K extends CommitteeMessageId> =
  CommitteeMessageArgs<K> extends []
    ? [params?: undefined, details?: Details]
    : [...CommitteeMessageArgs<K>, details?: Details];

/** A refusal whose reason is committee message `id`, rendered in both languages by the locales. */
export function fail<K extends CommitteeMessageId>(id: K, ...args: FailArgs<K>): RuleFailure {
  const [params, details] = args as unknown as [unknown, Details | undefined];
  const message = committeeMessage(id, ...([params] as unknown as CommitteeMessageArgs<K>));
  return details === undefined ? { ok: false, message } : { ok: false, message, details };
}

/** The first refusal of several checks, or `true`. */
export function firstFailure(...checks: ReadonlyArray<() => Verdict>): Verdict {
  for (const check of checks) {
    const verdict = check();
    if (verdict !== true) return verdict;
  }
  return true;
}

/**
 * `verdict` naming `citations` — the articles of the profile in force — when it refuses; the
 * rejection reports them in place of the rule's own.
 */
export function citing(verdict: Verdict, citations: readonly string[]): Verdict {
  return verdict === true ? verdict : { ...verdict, citations: [...citations] };
}
