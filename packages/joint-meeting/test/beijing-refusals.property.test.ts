// Issue 18: under `beijing`, no refusal of the joint-meeting catalogs cites a Shanghai article.
// The matter cannot start (Beijing's texts have no joint-meeting levels): its start refusal
// names no Shanghai article. The disclosure calendar takes random streams of plausible and broken
// events (the package's suite on @jiayuan/testing's one driver) through `dispatch`; the check is
// an invariant on each step's verdict. A refusal that cites nothing at all fails too, unless the
// Beijing text is silent and the message says so.
import {
  beijing,
  CITATIONS,
  type CitationId,
  type DispatchResult,
  formatCitation,
  type Rejection,
} from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MatterInputError, matterMachine } from '../src/index.js';
import { disclosureProperty } from '../src/testing/index.js';
import { dInput } from './disclosure/support.js';
import { input } from './support.js';

/**
 * Rules that may refuse under beijing citing nothing, because the Beijing regulation is silent
 * and the step does not exist there: the refusal says so in its text.
 */
const SILENT_IN_BEIJING: Readonly<Record<string, string>> = {};

/**
 * Rules that still break the property under beijing, with the reason. This list only shrinks: a
 * rule on it that no run sees breaking the property fails the test, and a rule not on it that
 * breaks the property fails the run.
 */
const STILL_SHANGHAI: Readonly<Record<string, string>> = {
  // The audit duties' plans under beijing cite no article (the profile's annualAuditDueBy is
  // null, cited to nothing): the refusal cites none, but its text does not yet say the Beijing
  // texts are silent.
  'evidence-required': 'cites nothing on an audit duty; the text does not say BJ is silent',
  'publisher-of-duty': 'cites nothing on an audit duty; the text does not say BJ is silent',
  'duty-due': 'cites nothing on an audit duty; the text does not say BJ is silent',
};

const BEIJING_LAWS = new Set<string>(beijing.laws);

/** The articles a rejection cites that belong to no law the beijing profile follows. */
function foreign(r: Rejection): string[] {
  const ids = r.rule?.citations ?? [];
  return ids.filter((id) => !BEIJING_LAWS.has(CITATIONS[id as CitationId]?.law ?? 'unknown'));
}

/** A Shanghai article named in a message's text (an id such as SH-16-1, or 上海). */
const SHANGHAI_TEXT = /\bSH-\d|上海|Shanghai/;

/** What a run saw: the rule refusals, and the listed rules that still cite Shanghai. */
interface Seen {
  refusals: number;
  readonly listed: Map<string, string>;
}

const newSeen = (): Seen => ({ refusals: 0, listed: new Map() });

/** Why a rule refusal breaks the property, or `null` when it keeps it. */
function fault(r: Rejection): string | null {
  const cited = foreign(r);
  if (cited.length > 0) return `cites ${cited.join(', ')}`;
  const id = r.rule?.id ?? '?';
  if ((r.rule?.citations ?? []).length === 0 && id !== 'guard') {
    const says = SILENT_IN_BEIJING[id];
    if (says === undefined) return 'cites nothing';
    if (!r.message.en.includes(says)) return 'cites nothing and does not say the text is silent';
  }
  if (SHANGHAI_TEXT.test(r.message.en) || SHANGHAI_TEXT.test(r.message['zh-CN'])) {
    return 'names Shanghai in its text';
  }
  return null;
}

/**
 * The invariant, counting the rule refusals it read in `seen`: a refusal that breaks the property
 * fails the run unless its rule is on {@link STILL_SHANGHAI}, where it is recorded.
 */
function citesBeijingOnly(seen: Seen): Invariant<never> {
  return {
    name: 'a refusal cites no Shanghai article',
    check(_snapshot, _previous, step) {
      const result = step.result as DispatchResult | undefined;
      if (result === undefined || result.ok || result.rejection.code !== 'rule-violated') {
        return true;
      }
      seen.refusals += 1;
      const r = result.rejection;
      const why = fault(r);
      if (why === null) return true;
      const id = r.rule?.id ?? '?';
      if (Object.hasOwn(STILL_SHANGHAI, id)) {
        seen.listed.set(id, why);
        return true;
      }
      return `${id} ${why}: ${JSON.stringify(r)}`;
    },
  };
}

/** The listed rules the runs saw still citing Shanghai, over all runs. */
const listedSeen = new Set<string>();

describe('under beijing, disclosure refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each([
    ['lump-sum', 'lump-sum'],
    ['commission', 'commission'],
  ] as const)('%s complex', (_name, feeModel) => {
    const seen = newSeen();
    disclosureProperty({
      input: dInput({ feeModel, profile: beijing }),
      numRuns: 120,
      seed: 18,
      invariants: [citesBeijingOnly(seen)],
    });
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(seen.refusals).toBeGreaterThan(20);
    for (const id of seen.listed.keys()) listedSeen.add(id);
  });

  it('the list of rules still citing Shanghai holds only those the runs saw doing so', () => {
    expect([...listedSeen].sort()).toEqual(Object.keys(STILL_SHANGHAI).sort());
  });
});

/** Every Shanghai article as a message would name it, in both locales. */
const SHANGHAI_ARTICLES = Object.values(CITATIONS)
  .filter((c) => !BEIJING_LAWS.has(c.law) && /^(SH|JA)/.test(c.law))
  .flatMap((c) => [formatCitation(c, 'en'), formatCitation(c, 'zh-CN')]);

describe('the matter’s start under beijing', () => {
  it('is refused, coded and bilingual, citing no Shanghai article', { timeout: 30_000 }, () => {
    const errors: unknown[] = [];
    const actor = createActor(matterMachine, { input: input({ profile: beijing }) });
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const e = errors[0] as MatterInputError;
    expect(e).toBeInstanceOf(MatterInputError);
    expect(e.code).toBe('no-joint-meetings');
    // The profile's levels cite no article: the texts are silent.
    expect(beijing.jointMeetings.levels.cite).toEqual([]);
    expect(SHANGHAI_ARTICLES.length).toBeGreaterThan(50);
    for (const text of [e.messages.en, e.messages['zh-CN'], e.message]) {
      expect(text).not.toMatch(/\bSH-\d|\bJA-\d/);
      for (const article of SHANGHAI_ARTICLES) expect(text).not.toContain(article);
    }
  });
});
