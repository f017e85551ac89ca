// Issue 18: under `beijing`, no refusal of the joint-meeting catalogs cites a Shanghai article.
// The matter cannot start (Beijing's texts have no joint-meeting levels): its start refusal
// names no Shanghai article. The disclosure calendar takes random streams of plausible and broken
// events (the package's suite on @jiayuan/testing's one driver) through `dispatch`; the check is
// @jiayuan/testing's `beijingRefusalInvariant` on each step's verdict. A refusal that cites
// nothing at all fails too, unless the Beijing text is silent and the message says so. BJ 34
// (八) leaves the audits to the assembly and sets no date or posting for them: "对业主委员会主任
// 实施任期、离任经济责任审计".
import { beijing, CITATIONS, formatCitation } from '@jiayuan/core';
import { beijingRefusalInvariant } from '@jiayuan/testing';
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
const SILENT_IN_BEIJING: Readonly<Record<string, string>> = {
  // The audit duties' plans cite no article (annualAuditDueBy, termEndAuditWithin and
  // auditPosting cite nothing): the refusal quotes the profile's note and names the settings.
  'evidence-required': 'Not set by the Beijing regulation.',
  'publisher-of-duty': 'Not set by the Beijing regulation.',
  'duty-due': 'Not set by the Beijing regulation.',
};

/**
 * Rules that still break the property under beijing, with the reason. This list only shrinks: a
 * rule on it that no run sees breaking the property fails the test, and a rule not on it that
 * breaks the property fails the run.
 */
const STILL_SHANGHAI: Readonly<Record<string, string>> = {};

const BEIJING_LAWS = new Set<string>(beijing.laws);

const check = beijingRefusalInvariant({
  laws: beijing.laws,
  silent: SILENT_IN_BEIJING,
  stillListed: STILL_SHANGHAI,
});

describe('under beijing, disclosure refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each([
    ['lump-sum', 'lump-sum'],
    ['commission', 'commission'],
  ] as const)('%s complex', (_name, feeModel) => {
    const run = check.run();
    disclosureProperty({
      input: dInput({ feeModel, profile: beijing }),
      numRuns: 120,
      seed: 18,
      invariants: [run.invariant],
    });
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(run.seen.refusals).toBeGreaterThan(20);
  });

  it('the list of rules still citing Shanghai holds only those the runs saw doing so', () => {
    expect(check.missing()).toEqual([]);
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
