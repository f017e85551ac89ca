// Ordinary use of the fund (RULES FUND-1, FUND-2):
// SH 67 ¶1 "专项维修资金和公共收益的使用实行工程审价和使用程序审核。"
// SH 69 ¶1 "物业部分共用部分的维修、更新和改造，应当由部分共用的业主决定"
// SH 71 ¶1 "建设单位未按照规定提出成立业主大会书面报告前，专项维修资金不得动用"
// SH 71 ¶2 "…业主大会尚未成立期间，需要动用专项维修资金的，物业服务企业应当提出维修实施方案，由物业
//           所在地的居民委员会或者村民委员会组织征询业主意见"
import { beijing, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type FundUseInput, fundUseMachine } from '../../src/index.js';
import { liftDecision as decision, harness, liftPlan as plan, verdict } from './support.js';

const START = '2026-06-01T09:00:00+08:00';
const AT = '2026-06-02T10:00:00+08:00';
const input = (o: Partial<FundUseInput> = {}): FundUseInput => ({
  useId: 'use-1',
  complexId: 'c1',
  startedAt: START,
  ...o,
});

function reviewed(o: Partial<FundUseInput> = {}, proposer = 'property-firm') {
  const h = harness(fundUseMachine, input(o));
  expect(verdict(h.send('PROPOSE_PLAN', proposer, AT, plan()))).toBe('ok');
  h.send('REVIEW_PRICE', 'property-firm', AT, { reportId: '审价-1', reviewedFen: 40_500_000 });
  h.send('REVIEW_PROCEDURE', 'housing-office', AT, { evidence: '程序审核意见' });
  return h;
}

describe('price and procedure review before the owners (SH 67 ¶1)', () => {
  it('refuses to put the plan to the owners without either review', () => {
    const h = harness(fundUseMachine, input());
    h.send('PROPOSE_PLAN', 'committee', AT, plan());
    const r = h.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'lift-b3' });
    expect(verdict(r)).toBe('reviews-done');
    expect(!r.ok && r.rejection.details).toEqual({
      missing: ['price review', 'procedure review'],
    });
    h.send('REVIEW_PRICE', 'property-firm', AT, { reportId: '审价-1', reviewedFen: 1 });
    const r2 = h.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'lift-b3' });
    expect(!r2.ok && r2.rejection.details).toEqual({ missing: ['procedure review'] });
  });

  it('puts the reviewed plan to an assembly meeting as a part item (emitted, not imported)', () => {
    const h = reviewed();
    expect(verdict(h.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'lift-b3' }))).toBe('ok');
    expect(h.emitted.at(-1)).toEqual({
      type: 'put-to-owners',
      useId: 'use-1',
      at: AT,
      route: 'assembly',
      item: {
        id: 'lift-b3',
        kind: 'use-maintenance-fund',
        title: '3号楼电梯更新',
        part: 'B3',
        documents: ['维修方案及预算书'],
      },
    });
  });

  it('beijing and national set no review: the plan goes to the owners at once', () => {
    for (const profile of [beijing, national]) {
      const h = harness(fundUseMachine, input({ profile }));
      h.send('PROPOSE_PLAN', 'committee', AT, plan());
      expect(verdict(h.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'x' }))).toBe('ok');
    }
  });
});

describe("the owners' decision (CC 278 ¶2 ordinary; SH 69 the part's owners)", () => {
  function deciding() {
    const h = reviewed();
    h.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'lift-b3' });
    return h;
  }

  it("the part's item passed: approved, works, costs on the price review report", () => {
    const h = deciding();
    expect(verdict(h.send('OWNERS_DECIDED', 'committee', AT, decision()))).toBe('ok');
    expect(h.state()).toBe('approved');
    h.send('START_WORKS', 'property-firm', AT);
    const wrongReport = h.send('POST_COSTS', 'committee', AT, {
      costFen: 40_100_000,
      reportId: '审价-9',
      evidence: '公告栏',
    });
    expect(verdict(wrongReport)).toBe('costs-reviewed');
    const r = h.send('POST_COSTS', 'committee', AT, {
      costFen: 40_100_000,
      reportId: '审价-1',
      evidence: '公告栏',
    });
    expect(verdict(r)).toBe('ok');
    expect(h.state()).toBe('completed');
    expect(h.emitted.at(-1)).toMatchObject({ type: 'post', borneBy: { part: 'B3' } });
  });

  it('a decision of all owners on a part’s repair, a special majority or another item is refused', () => {
    for (const wrong of [
      { part: null },
      { majority: 'special' },
      { itemId: 'other' },
      { kind: 'hire-dismiss-firm' },
    ]) {
      const h = deciding();
      const r = h.send('OWNERS_DECIDED', 'committee', AT, decision(wrong));
      expect(verdict(r)).toBe('decision-matches');
      expect(h.state()).toBe('deciding');
    }
  });

  it('a failed item ends the use', () => {
    const h = deciding();
    h.send('OWNERS_DECIDED', 'system', AT, decision({ passed: false }));
    expect(h.state()).toBe('rejected');
  });
});

describe('before the assembly (SH 71)', () => {
  it('before the developer’s report the fund is not used', () => {
    const h = harness(fundUseMachine, input({ stage: 'no-report' }));
    const r = h.send('PROPOSE_PLAN', 'property-firm', AT, plan());
    expect(verdict(r)).toBe('fund-usable');
    expect(!r.ok && r.rejection.message?.['zh-CN']).toMatch(/建设单位承担物业维修责任/);
  });

  it('after it, the firm proposes and the residents’ committee consults the owners concerned', () => {
    const h = harness(fundUseMachine, input({ stage: 'before-assembly' }));
    expect(verdict(h.send('PROPOSE_PLAN', 'committee', AT, plan()))).toBe('plan-proposer');
    const r = reviewed({ stage: 'before-assembly' });
    expect(verdict(r.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'c-1' }))).toBe(
      'consultation-route',
    );
    expect(verdict(r.send('SUBMIT_TO_OWNERS', 'residents-committee', AT, { itemId: 'c-1' }))).toBe(
      'ok',
    );
    expect(r.emitted.at(-1)).toMatchObject({ route: 'consultation' });
    expect(verdict(r.send('OWNERS_DECIDED', 'committee', AT, decision({ itemId: 'c-1' })))).toBe(
      'consultation-route',
    );
    expect(
      verdict(r.send('OWNERS_DECIDED', 'residents-committee', AT, decision({ itemId: 'c-1' }))),
    ).toBe('ok');
  });

  it('beijing’s texts give no route before the assembly', () => {
    const h = harness(fundUseMachine, input({ stage: 'before-assembly', profile: beijing }));
    h.send('PROPOSE_PLAN', 'property-firm', AT, plan());
    const r = h.send('SUBMIT_TO_OWNERS', 'residents-committee', AT, { itemId: 'c-1' });
    expect(verdict(r)).toBe('consultation-route');
    expect(!r.ok && r.rejection.message?.en).toMatch(/no route/);
  });
});
