// The issue-18 property as one invariant over dispatch results: under `beijing` no refusal cites
// a Shanghai article or names one in its text. BJ 76 ¶1: "物业服务人应当自接到通知之日起三十日内履行下列
// 交接义务"; SH 50: "物业服务企业应当自物业服务合同终止之日起十日内，向建设单位或者业主委员会移交下列资料和
// 财物" (the article a Beijing refusal must not cite). 党章 30: "凡是有正式党员三人以上的，都应当成立党的
// 基层组织" (binds under every profile: allowed by `lawsAllowed`).
import { beijing, type DispatchResult, type Rejection } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { beijingRefusalInvariant, type InvariantStep } from '../src/index.js';

const refusal = (
  id: string,
  citations: readonly string[],
  en: string,
  zh = '不允许。',
  code: Rejection['code'] = 'rule-violated',
): DispatchResult => ({
  ok: false,
  rejection: {
    code,
    type: 'X',
    state: 's',
    allowed: [],
    message: { 'zh-CN': zh, en },
    ...(code === 'rule-violated' ? { rule: { id, citations } } : {}),
  },
});

const step = (result: DispatchResult | undefined, index = 1): InvariantStep => ({
  index,
  input: undefined,
  result,
});

/** The invariant's verdict on one step (snapshots are not read). */
const verdict = (
  run: ReturnType<ReturnType<typeof beijingRefusalInvariant>['run']>,
  r: DispatchResult,
) => run.invariant.check(undefined as never, undefined, step(r));

const LAWS = beijing.laws;

describe('beijingRefusalInvariant', () => {
  it('a refusal citing BJ 76 keeps it and counts; one citing SH 50 fails it', {
    timeout: 10_000,
  }, () => {
    const run = beijingRefusalInvariant({ laws: LAWS }).run();
    expect(verdict(run, refusal('handover-open', ['BJ-76'], 'Not yet (BJ 76 ¶1).'))).toBe(true);
    const failed = verdict(run, refusal('handover-open', ['BJ-76', 'SH-50'], 'Not yet.'));
    expect(failed).toMatch(/^handover-open cites SH-50: /);
    expect(run.seen.refusals).toBe(2);
  });

  it('an unknown citation fails it', { timeout: 10_000 }, () => {
    const run = beijingRefusalInvariant({ laws: LAWS }).run();
    expect(verdict(run, refusal('r', ['NOWHERE-1'], 'x'))).toMatch(/^r cites NOWHERE-1/);
  });

  it('a text naming 上海, Shanghai or an SH-xx id fails it; BJ-76 or XSH-1 does not', {
    timeout: 10_000,
  }, () => {
    const run = beijingRefusalInvariant({ laws: LAWS }).run();
    const ok = (en: string, zh?: string) => verdict(run, refusal('r', ['BJ-76'], en, zh));
    expect(ok('as SH-50 says')).toMatch(/names Shanghai in its text/);
    expect(ok('as in Shanghai')).toMatch(/names Shanghai in its text/);
    expect(ok('ok', '如上海')).toMatch(/names Shanghai in its text/);
    expect(ok('ok', '（SH-5-1）')).toMatch(/names Shanghai in its text/);
    expect(ok('as BJ-76 and XSH-1 say', '北京')).toBe(true);
  });

  it('the party’s national documents pass only with lawsAllowed', { timeout: 10_000 }, () => {
    const r = refusal('must-build-own-branch', ['PARTY-CONST-30'], 'Three full members.');
    expect(verdict(beijingRefusalInvariant({ laws: LAWS }).run(), r)).toMatch(
      /cites PARTY-CONST-30/,
    );
    const allowed = beijingRefusalInvariant({ laws: LAWS, lawsAllowed: ['党章'] }).run();
    expect(verdict(allowed, r)).toBe(true);
  });

  it('citing nothing fails, unless the rule is silent and its text says so; a guard may', {
    timeout: 10_000,
  }, () => {
    const check = beijingRefusalInvariant({
      laws: LAWS,
      silent: { 'duty-due': 'Not set by the Beijing regulation' },
    });
    const run = check.run();
    expect(verdict(run, refusal('other', [], 'No.'))).toMatch(/^other cites nothing: /);
    expect(verdict(run, refusal('duty-due', [], 'No.'))).toMatch(
      /^duty-due cites nothing and does not say the text is silent/,
    );
    expect(verdict(run, refusal('duty-due', [], 'No. Not set by the Beijing regulation.'))).toBe(
      true,
    );
    expect(verdict(run, refusal('guard', [], 'No.'))).toBe(true);
    expect(check.fault({ ...(refusal('x', [], 'y') as { rejection: Rejection }).rejection })).toBe(
      'cites nothing',
    );
  });

  it('a listed rule breaking it is recorded, not failed; an unlisted one fails', {
    timeout: 10_000,
  }, () => {
    const check = beijingRefusalInvariant({
      laws: LAWS,
      stillListed: { 'handover-open': 'names SH 50' },
    });
    const run = check.run();
    expect(verdict(run, refusal('handover-open', ['BJ-76'], 'as SH-50'))).toBe(true);
    expect(run.seen.listed.get('handover-open')).toBe('names Shanghai in its text');
    expect(check.seen.listed.has('handover-open')).toBe(true);
    expect(verdict(run, refusal('freeze', ['SH-27'], 'x'))).toMatch(/^freeze cites SH-27/);
    expect(check.missing()).toEqual([]);
  });

  it('missing: a listed rule no run saw, and fewer refusals than asked (exactly at: none)', {
    timeout: 10_000,
  }, () => {
    const check = beijingRefusalInvariant({
      laws: LAWS,
      stillListed: { 'handover-open': 'names SH 50', 'b-rule': 'why' },
    });
    expect(check.missing()).toEqual([
      'b-rule is listed but no run saw it break the property: strike it',
      'handover-open is listed but no run saw it break the property: strike it',
      '0 rule refusals seen, fewer than 1',
    ]);
    const one = check.run();
    verdict(one, refusal('handover-open', ['BJ-76'], 'as SH-50'));
    const two = check.run();
    verdict(two, refusal('r', ['BJ-76'], 'ok'));
    // Each run keeps its own count; the check sums them.
    expect([one.seen.refusals, two.seen.refusals, check.seen.refusals]).toEqual([1, 1, 2]);
    expect(check.missing({ minRefusals: 2 })).toEqual([
      'b-rule is listed but no run saw it break the property: strike it',
    ]);
    expect(check.missing({ minRefusals: 3 })).toContain('2 rule refusals seen, fewer than 3');
  });

  it('reads only rule refusals: accepted steps, step 0 and other codes are not counted', {
    timeout: 10_000,
  }, () => {
    const run = beijingRefusalInvariant({ laws: LAWS }).run();
    const check = (r: DispatchResult | undefined) =>
      run.invariant.check(undefined as never, undefined, step(r));
    expect(check(undefined)).toBe(true);
    expect(check({ ok: true } as DispatchResult)).toBe(true);
    expect(check(refusal('r', ['SH-50'], 'as SH-50', '上海', 'not-permitted'))).toBe(true);
    expect(run.seen.refusals).toBe(0);
  });
});
