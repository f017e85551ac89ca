// Public revenue to a short fund, boundaries of BJ 74 ¶2:
// "公共收益归全体业主所有。专项维修资金余额不足首期应筹集金额百分之三十的，百分之五十以上的公共收益
//  金额应当优先用于补充专项维修资金，剩余部分的使用由业主共同决定。"
// 以上 includes the bound: exactly half of the revenue is enough, one fen less is not. Shanghai's
// SH 51 ¶3 share (高于百分之五十, quarterly) applies where the revenue mainly tops up the fund,
// whatever the balance, and the Civil Code (CC 282) sets none: no share under either profile.
import { atLeast, beijing, defineProfile, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type FundReRaiseInput, fundReRaiseMachine } from '../../src/index.js';
import { harness, verdict } from './support.js';

// ¥3,000,000.00 = 300,000,000 fen: 30% is exactly 90,000,000 fen, not short; 89,999,999 is.
const FIRST = 300_000_000;
const START = '2026-01-05T09:00:00+08:00';
const FELL = '2026-02-02T10:00:00+08:00';
const PAID = '2026-04-01T10:00:00+08:00';

const input = (o: Partial<FundReRaiseInput> = {}): FundReRaiseInput => ({
  fundId: 'f1',
  complexId: 'c1',
  firstCollectionFen: FIRST,
  startedAt: START,
  profile: beijing,
  ...o,
});

function withBalance(balanceFen: number, o: Partial<FundReRaiseInput> = {}) {
  const h = harness(fundReRaiseMachine, input(o));
  expect(verdict(h.send('BALANCE_REPORTED', 'committee', FELL, { balanceFen }))).toBe('ok');
  return h;
}
const allocate = (h: ReturnType<typeof harness>, revenueFen: number, toFundFen: number) =>
  h.send('PUBLIC_REVENUE_ALLOCATED', 'committee', PAID, { revenueFen, toFundFen });

describe('public revenue while the fund is short (BJ 74 ¶2)', () => {
  it('exactly half of an even revenue goes to the fund: accepted; one fen less: refused', () => {
    const h = withBalance(89_999_999);
    expect(h.state()).toBe('shortfall');
    const r = allocate(h, 1_000_000, 499_999);
    expect(verdict(r)).toBe('revenue-to-fund');
    expect(!r.ok && r.rejection.details).toMatchObject({ cite: ['BJ-74-2'] });
    expect(!r.ok && r.rejection.message?.['zh-CN']).toMatch(/1\/2以上的公共收益金额应当优先/);
    expect(!r.ok && r.rejection.message?.en).toMatch(/at least 1\/2 of the public revenue/);
    expect(verdict(allocate(h, 1_000_000, 500_000))).toBe('ok');
    expect(verdict(allocate(h, 1_000_000, 1_000_000))).toBe('ok');
  });

  it('an odd revenue: half is 500,000.5 fen, so 500,001 is enough and 500,000 is not', () => {
    const h = withBalance(89_999_999);
    expect(verdict(allocate(h, 1_000_001, 500_000))).toBe('revenue-to-fund');
    expect(verdict(allocate(h, 1_000_001, 500_001))).toBe('ok');
  });

  it('a balance exactly at 30% is not short: any split; one fen below it is', () => {
    const at = withBalance(90_000_000);
    expect(at.state()).toBe('sufficient');
    expect(verdict(allocate(at, 1_000_000, 0))).toBe('ok');
    const below = withBalance(89_999_999);
    expect(verdict(allocate(below, 1_000_000, 0))).toBe('revenue-to-fund');
    // Topped up to 30% again: the constraint ends with the shortfall.
    below.send('BALANCE_REPORTED', 'committee', PAID, { balanceFen: 90_000_000 });
    expect(below.state()).toBe('sufficient');
    expect(verdict(allocate(below, 1_000_000, 0))).toBe('ok');
  });

  it('holds in every stage of the shortfall: after the notice to the owners (BJ 83)', () => {
    const h = withBalance(89_999_999);
    expect(verdict(h.send('PAYMENT_NOTICE', 'committee', FELL, { evidence: '通知' }))).toBe('ok');
    expect(h.state()).toBe('noticed');
    expect(verdict(allocate(h, 2, 0))).toBe('revenue-to-fund');
    expect(verdict(allocate(h, 2, 1))).toBe('ok');
    h.send('NOTICES_DELIVERED', 'committee', PAID);
    expect(h.state()).toBe('restoring');
    expect(verdict(allocate(h, 2, 0))).toBe('revenue-to-fund');
  });

  it('before any balance is reported nothing is known short: any split', () => {
    const h = harness(fundReRaiseMachine, input());
    expect(verdict(allocate(h, 1_000_000, 0))).toBe('ok');
  });

  it('shanghai and national set no share tied to a shortfall: any split, even when short', () => {
    for (const profile of [shanghai, national]) {
      const h = harness(fundReRaiseMachine, input({ profile }));
      h.send('BALANCE_REPORTED', 'committee', FELL, { balanceFen: 0 });
      expect(verdict(allocate(h, 1_000_000, 0))).toBe('ok');
    }
  });

  it('bad amounts are coded refusals: more than the revenue, none, fractions, too large', () => {
    const h = withBalance(89_999_999);
    const over = allocate(h, 1_000_000, 1_000_001);
    expect(verdict(over)).toBe('revenue-to-fund');
    expect(!over.ok && over.rejection.message?.en).toMatch(/more than the revenue/);
    expect(verdict(allocate(h, 0, 0))).toBe('invalid-event');
    expect(verdict(allocate(h, 1.5, 1))).toBe('invalid-event');
    expect(verdict(allocate(h, 10_000_000_000_001, 1))).toBe('invalid-event');
    expect(
      verdict(h.send('PUBLIC_REVENUE_ALLOCATED', 'owner', PAID, { revenueFen: 2, toFundFen: 1 })),
    ).toBe('not-permitted');
    // A host's share whose cross-multiplication would leave safe integers is refused, not thrown.
    const fine = defineProfile({
      ...beijing,
      id: 'fine-share',
      fund: {
        ...(beijing.fund as NonNullable<typeof beijing.fund>),
        publicRevenueToFund: { value: atLeast(500_001, 1_000_000), cite: ['BJ-74-2'] },
      },
    });
    const big = withBalance(0, { profile: fine });
    const r = allocate(big, 10_000_000_000_000, 1);
    expect(verdict(r)).toBe('revenue-to-fund');
    expect(!r.ok && r.rejection.message?.en).toMatch(/too large to compare exactly/);
  });
});
