// Issue 18: under `beijing` the fund's refusals cite the articles of the profile in force, not
// Shanghai's, and say so where the texts are silent; under `shanghai` they stand as they were.
//
// BJ 34 ¶1: "业主大会依照法律法规的规定召开，决定下列事项：…（五）筹集、管理和使用专项维修资金"
// BJ 34 ¶2: "业主委员会应当就前款规定的决定事项向业主大会提出讨论方案。"
// BJ 83 ¶1: "专项维修资金余额不足首期筹集金额百分之三十的，业主委员会或者物业管理委员会应当及时通知、
//           督促业主按照届时适用的标准补足专项维修资金。"
// CC 278 ¶1: "下列事项由业主共同决定：…（五）使用建筑物及其附属设施的维修资金；（六）筹集建筑物及其
//            附属设施的维修资金" ¶2: "决定前款第六项至第八项规定的事项，应当经参与表决专有部分面积
//            四分之三以上的业主且参与表决人数四分之三以上的业主同意。决定前款其他事项，应当经参与表决
//            专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// No Beijing or national text says that the owners of a part of the complex decide its repair
// alone (SH 69 ¶1 "应当由部分共用的业主决定" is Shanghai's).
import {
  beijing,
  type DispatchResult,
  national,
  type Profile,
  ruleCitesUnder,
  shanghai,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { raisingDecision } from '../../src/fund/re-raise/rules.js';
import { consultationRoute } from '../../src/fund/use/rules.js';
import {
  type FundReRaiseInput,
  type FundUseInput,
  fundReRaiseMachine,
  fundUseMachine,
} from '../../src/index.js';
import { liftDecision as decision, harness, liftPlan as plan } from './support.js';

const START = '2026-06-01T09:00:00+08:00';
const AT = '2026-06-02T10:00:00+08:00';

/** The rule, citations and message of a refusal. */
function refusal(r: DispatchResult) {
  if (r.ok) throw new Error('accepted');
  return { rule: r.rejection.rule, en: r.rejection.message.en, zh: r.rejection.message['zh-CN'] };
}

/** An ordinary use under `profile` at `stage`, its plan (for part B3) proposed. */
function use(profile: Profile, stage: FundUseInput['stage'] = 'assembly') {
  const h = harness(fundUseMachine, {
    useId: 'use-1',
    complexId: 'c1',
    startedAt: START,
    stage,
    profile,
  } satisfies FundUseInput);
  const proposed = h.send('PROPOSE_PLAN', 'property-firm', AT, plan('B3'));
  if (!proposed.ok) throw new Error(proposed.rejection.message.en);
  // Shanghai asks for both reviews first (SH 67 ¶1); the other profiles take them as records.
  h.send('REVIEW_PRICE', 'property-firm', AT, { reportId: '审价-1', reviewedFen: 40_500_000 });
  h.send('REVIEW_PROCEDURE', 'housing-office', AT, { evidence: '程序审核意见' });
  return h;
}

/** A use under `profile` whose plan was put to the assembly as item lift-b3. */
function deciding(profile: Profile) {
  const h = use(profile);
  const put = h.send('SUBMIT_TO_OWNERS', 'committee', AT, { itemId: 'lift-b3' });
  if (!put.ok) throw new Error(put.rejection.message.en);
  return h;
}

describe('consultation-route: who puts the plan to the owners', () => {
  it('beijing, assembly formed: CC 278 ¶1 and BJ 34 ¶2, the committee', { timeout: 30_000 }, () => {
    const r = use(beijing).send('SUBMIT_TO_OWNERS', 'residents-committee', AT, { itemId: 'x' });
    expect(refusal(r)).toEqual({
      rule: { id: 'consultation-route', citations: ['CC-278-1', 'BJ-34-2'] },
      en: "The owners are consulted by owners' committee at this stage.",
      zh: '此阶段由业主委员会征询业主意见。',
    });
    // The rule book's list for beijing is the refusal's.
    expect(refusal(r).rule?.citations).toEqual(ruleCitesUnder(consultationRoute, beijing));
  });

  it('beijing, before the assembly: no route, and the text says so', { timeout: 30_000 }, () => {
    const r = use(beijing, 'before-assembly').send('SUBMIT_TO_OWNERS', 'residents-committee', AT, {
      itemId: 'x',
    });
    expect(refusal(r)).toEqual({
      rule: { id: 'consultation-route', citations: ['CC-278-1', 'BJ-34-2'] },
      en: "This profile's texts give no route to the fund before the assembly exists.",
      zh: '本配置所依据的文本未规定业主大会成立前使用维修资金的途径。',
    });
  });

  it('national: CC 278 ¶1 and the profile’s entry (CC 281)', { timeout: 30_000 }, () => {
    const r = use(national).send('SUBMIT_TO_OWNERS', 'residents-committee', AT, { itemId: 'x' });
    expect(refusal(r).rule).toEqual({
      id: 'consultation-route',
      citations: ['CC-278-1', 'CC-281'],
    });
    expect(refusal(r).rule?.citations).toEqual(ruleCitesUnder(consultationRoute, national));
  });

  it('shanghai keeps SH 71 ¶2 beside CC 278 ¶1', { timeout: 30_000 }, () => {
    const r = use(shanghai).send('SUBMIT_TO_OWNERS', 'residents-committee', AT, { itemId: 'x' });
    expect(refusal(r).rule).toEqual({
      id: 'consultation-route',
      citations: ['CC-278-1', 'SH-71-2'],
    });
    expect(refusal(r).rule?.citations).toEqual(ruleCitesUnder(consultationRoute, shanghai));
  });
});

describe('decision-matches: the owners’ decision on this plan', () => {
  it('beijing: CC 278 ¶1, ¶2 (ordinary) and BJ 34 ¶1 (五)', { timeout: 30_000 }, () => {
    const r = deciding(beijing).send(
      'OWNERS_DECIDED',
      'committee',
      AT,
      decision({ majority: 'special' }),
    );
    expect(refusal(r)).toEqual({
      rule: {
        id: 'decision-matches',
        citations: ['CC-278-1', 'CC-278-2-ordinary', 'BJ-34-1-5'],
      },
      en: "The decision is not the owners' decision on this plan: the majority is special.",
      zh: '该决定不是业主对本方案的决定：表决规则为special。',
    });
  });

  it('beijing: a part decided by all owners — the texts are silent on a part’s owners', {
    timeout: 30_000,
  }, () => {
    const r = deciding(beijing).send('OWNERS_DECIDED', 'committee', AT, decision({ part: null }));
    expect(refusal(r)).toEqual({
      rule: {
        id: 'decision-matches',
        citations: ['CC-278-1', 'CC-278-2-ordinary', 'BJ-34-1-5'],
      },
      en: "The decision is not the owners' decision on this plan: decided by all owners, the plan is for B3 (this profile's texts do not say that the owners of a part decide its repair: the decision is held to the plan's part as proposed).",
      zh: '该决定不是业主对本方案的决定：表决范围为全体业主，方案涉及B3（本配置所依据的文本未规定部分共用部分的维修由该部分业主决定，按方案所列范围核对）。',
    });
  });

  it('national: CC 278 ¶1 and ¶2 alone', { timeout: 30_000 }, () => {
    const r = deciding(national).send('OWNERS_DECIDED', 'committee', AT, decision({ itemId: 'x' }));
    expect(refusal(r).rule).toEqual({
      id: 'decision-matches',
      citations: ['CC-278-1', 'CC-278-2-ordinary'],
    });
  });

  it('shanghai keeps SH 69, and names no silence', { timeout: 30_000 }, () => {
    const r = deciding(shanghai).send('OWNERS_DECIDED', 'committee', AT, decision({ part: null }));
    expect(refusal(r)).toEqual({
      rule: { id: 'decision-matches', citations: ['CC-278-1', 'CC-278-2-ordinary', 'SH-69'] },
      en: "The decision is not the owners' decision on this plan: decided by all owners, the plan is for B3.",
      zh: '该决定不是业主对本方案的决定：表决范围为全体业主，方案涉及B3。',
    });
  });
});

describe('raising-decision: re-raising is an assembly decision by special majority', () => {
  const FIRST = 300_000_000;
  // 89,999,999 fen is below 30% of 300,000,000 fen (90,000,000 is not: "不足" excludes it).
  const short = (profile: Profile) => {
    const h = harness(fundReRaiseMachine, {
      fundId: 'f1',
      complexId: 'c1',
      firstCollectionFen: FIRST,
      startedAt: START,
      profile,
    } satisfies FundReRaiseInput);
    const fell = h.send('BALANCE_REPORTED', 'system', AT, { balanceFen: 89_999_999 });
    if (!fell.ok) throw new Error(fell.rejection.message.en);
    return h;
  };
  const decided = (majority: string) => ({
    meetingId: 'm-1',
    itemId: 'raise',
    kind: 'raise-maintenance-fund',
    majority,
    passed: true,
  });

  it('beijing: CC 278 ¶2 (special), BJ 34 ¶1 (五) and BJ 83', { timeout: 30_000 }, () => {
    const r = short(beijing).send('ASSEMBLY_DECIDED', 'committee', AT, decided('ordinary'));
    expect(refusal(r)).toEqual({
      rule: { id: 'raising-decision', citations: ['CC-278-2-special', 'BJ-34-1-5', 'BJ-83'] },
      en: 'Re-raising the fund is an assembly decision by special majority (CC 278 ¶2): the majority is ordinary.',
      zh: '再次筹集专项维修资金由业主大会以特别多数决定（民法典第二百七十八条第二款）：表决规则为ordinary。',
    });
    expect(refusal(r).rule?.citations).toEqual(ruleCitesUnder(raisingDecision, beijing));
  });

  it('national: CC 278 ¶2 (special), read off the rule: no national text sets the shortfall bar, so no run reaches it', {
    timeout: 30_000,
  }, () => {
    const v = raisingDecision.check({ context: { profile: national } } as never, {
      at: AT,
      by: { id: 'committee-1', role: 'committee' },
      kind: 'raise-maintenance-fund',
      majority: 'ordinary',
    });
    expect(typeof v === 'object' && !v.ok && v.citations).toEqual(['CC-278-2-special']);
  });

  it('shanghai keeps SH 65 beside CC 278 ¶2', { timeout: 30_000 }, () => {
    const r = short(shanghai).send('ASSEMBLY_DECIDED', 'committee', AT, decided('ordinary'));
    expect(refusal(r).rule).toEqual({
      id: 'raising-decision',
      citations: ['SH-65', 'CC-278-2-special'],
    });
  });
});
