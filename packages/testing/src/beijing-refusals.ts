import { CITATIONS, type CitationId, type DispatchResult, type Rejection } from '@jiayuan/core';
import type { Invariant } from './invariants.js';

/** A Shanghai article named in a message's text: an id such as SH-16-1, or 上海. */
export const SHANGHAI_TEXT: RegExp = /\bSH-\d|上海|Shanghai/;

/** Options of {@link beijingRefusalInvariant}. */
export interface BeijingRefusalOptions {
  /** The laws of the profile in force (`beijing.laws`): a refusal may cite their articles. */
  readonly laws: readonly string[];
  /**
   * Laws outside the profile's that bind under every profile and may be cited too (the party's
   * national documents: 党章, 支部工作条例, MOHURD 2020 No. 10).
   */
  readonly lawsAllowed?: readonly string[];
  /**
   * Rules that may refuse citing nothing because the profile's texts are silent, each with a
   * phrase its English text must contain to say so.
   */
  readonly silent?: Readonly<Record<string, string>>;
  /**
   * Rules that still break the property, each with the reason. A refusal of a listed rule that
   * breaks it is recorded, not failed; the list only shrinks (see
   * {@link BeijingRefusalCheck.missing}).
   */
  readonly stillListed?: Readonly<Record<string, string>>;
}

/** What runs saw: the rule refusals read, and the listed rules seen breaking the property. */
export interface RefusalTally {
  /** Refusals with code `rule-violated`. */
  readonly refusals: number;
  /** Each listed rule seen breaking the property, with the last breach. */
  readonly listed: ReadonlyMap<string, string>;
}

/** One run of the property: its invariant and what it saw. */
export interface BeijingRefusalRun {
  /** Fails a step whose refusal breaks the property, unless its rule is listed. */
  readonly invariant: Invariant<never>;
  /** What this run's invariant saw. */
  readonly seen: RefusalTally;
}

/** The property over any number of runs. */
export interface BeijingRefusalCheck {
  /** A fresh invariant and tally for one run; its refusals count towards {@link seen} too. */
  run(): BeijingRefusalRun;
  /** What every run so far saw. */
  readonly seen: RefusalTally;
  /**
   * Why the runs so far prove too little: each listed rule no run saw breaking the property
   * (strike it from the list), and fewer refusals in all than `minRefusals` (default 1). Empty
   * when nothing is missing.
   */
  missing(options?: { readonly minRefusals?: number }): string[];
  /**
   * Why one refusal breaks the property (cites an article of another profile's laws, cites
   * nothing without saying the texts are silent, or names Shanghai in its text), or `null`.
   */
  fault(rejection: Rejection): string | null;
}

interface Tally {
  refusals: number;
  readonly listed: Map<string, string>;
}

/**
 * The property of issue 18 as an invariant over dispatch results (`step.result`): under a
 * profile, no rule refusal cites an article of a law the profile does not follow, names Shanghai
 * in either locale's text, or cites nothing unless its rule is `silent` and the text says so.
 * Refusals of other codes (unknown events, bad payloads) are not read.
 *
 * @example
 * ```ts
 * const check = beijingRefusalInvariant({ laws: beijing.laws, stillListed: { 'x': 'why' } });
 * const run = check.run();
 * firmProperty({ machine, input, invariants: [run.invariant] });
 * expect(run.seen.refusals).toBeGreaterThan(20);
 * // after every run:
 * expect(check.missing()).toEqual([]);
 * ```
 */
export function beijingRefusalInvariant(options: BeijingRefusalOptions): BeijingRefusalCheck {
  const allowed = new Set<string>([...options.laws, ...(options.lawsAllowed ?? [])]);
  const silent = options.silent ?? {};
  const listed = options.stillListed ?? {};
  const total: Tally = { refusals: 0, listed: new Map() };

  const fault = (r: Rejection): string | null => {
    const cites = r.rule?.citations ?? [];
    const foreign = cites.filter(
      (id) => !allowed.has(CITATIONS[id as CitationId]?.law ?? 'unknown'),
    );
    if (foreign.length > 0) return `cites ${foreign.join(', ')}`;
    const id = r.rule?.id ?? '?';
    // A refusal by a plain guard has no rule of its own to cite.
    if (cites.length === 0 && id !== 'guard') {
      const says = Object.hasOwn(silent, id) ? silent[id] : undefined;
      if (says === undefined) return 'cites nothing';
      if (!r.message.en.includes(says)) return 'cites nothing and does not say the text is silent';
    }
    if (SHANGHAI_TEXT.test(r.message.en) || SHANGHAI_TEXT.test(r.message['zh-CN'])) {
      return 'names Shanghai in its text';
    }
    return null;
  };

  const run = (): BeijingRefusalRun => {
    const seen: Tally = { refusals: 0, listed: new Map() };
    const invariant: Invariant<never> = {
      name: 'a refusal cites no article of another profile',
      check(_snapshot, _previous, step) {
        const result = step.result as DispatchResult | undefined;
        if (result === undefined || result.ok || result.rejection.code !== 'rule-violated') {
          return true;
        }
        seen.refusals += 1;
        total.refusals += 1;
        const r = result.rejection;
        const why = fault(r);
        if (why === null) return true;
        const id = r.rule?.id ?? '?';
        if (!Object.hasOwn(listed, id)) return `${id} ${why}: ${JSON.stringify(r)}`;
        seen.listed.set(id, why);
        total.listed.set(id, why);
        return true;
      },
    };
    return { invariant, seen };
  };

  const missing = ({ minRefusals = 1 }: { readonly minRefusals?: number } = {}): string[] => {
    const out = Object.keys(listed)
      .filter((id) => !total.listed.has(id))
      .sort()
      .map((id) => `${id} is listed but no run saw it break the property: strike it`);
    if (total.refusals < minRefusals) {
      out.push(`${total.refusals} rule refusals seen, fewer than ${minRefusals}`);
    }
    return out;
  };

  return { run, seen: total, missing, fault };
}
