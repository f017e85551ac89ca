// Re-raising the fund (RULES FUND-6, FUND-7), boundaries of SH 65:
// ¶1 "专项维修资金余额不足首期筹集金额百分之三十的，业主应当…及时补建或者再次筹集专项维修资金。"
// ¶3 "专项维修资金管理规约未就补建或者再次筹集专项维修资金进行约定，且业主大会在本条第一款规定的情形
//     发生之日起九十日内未作出决定的，业主委员会应当书面通知专项维修资金开户银行向需要交纳专项维修
//     资金的业主发出交款通知…业主应当自收到交款通知之日起九十日内，一次性将专项维修资金账户余额补至
//     首期筹集金额的百分之五十。"
import { beijing, defineProfile, epochMillisOf, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  type FundReRaiseInput,
  fundReRaiseMachine,
  isBelowShare,
  RE_RAISE_DECISION,
  RESTORE_BALANCE,
} from '../../src/index.js';
import { harness, verdict } from './support.js';

// A first collection of ¥3,000,000.01 = 300,000,001 fen: 30% is 90,000,000.3 fen, so
// 90,000,000 fen is below and 90,000,001 is not. With ¥3,000,000.00 = 300,000,000 fen,
// 30% is exactly 90,000,000 fen: not below ("不足" excludes the bound); 89,999,999 is below.
const FIRST = 300_000_000;
const START = '2026-01-05T09:00:00+08:00';
const FELL = '2026-02-02T10:00:00+08:00';
// 90 days from 02-02 count from 02-03 (CC 201 ¶1): 02-03 … 05-03, ending 24:00 of 05-03.
const DECIDE_BY = '2026-05-04T00:00:00+08:00';
const SECOND_BEFORE = '2026-05-03T23:59:59+08:00';

const input = (o: Partial<FundReRaiseInput> = {}): FundReRaiseInput => ({
  fundId: 'f1',
  complexId: 'c1',
  firstCollectionFen: FIRST,
  startedAt: START,
  ...o,
});

function short(o: Partial<FundReRaiseInput> = {}) {
  const h = harness(fundReRaiseMachine, input(o));
  expect(verdict(h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 89_999_999 }))).toBe(
    'ok',
  );
  return h;
}

const decided = (passed: boolean, kind = 'raise-maintenance-fund', majority = 'special') => ({
  meetingId: 'm-2026-1',
  itemId: 'raise',
  kind,
  majority,
  passed,
});

describe('the shortfall at 30% of the first collection (SH 65 ¶1), in fen', () => {
  it('exactly 30% is not below; one fen less is; one fen more is not', () => {
    const h = harness(fundReRaiseMachine, input());
    h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 90_000_001 });
    expect(h.state()).toBe('sufficient');
    h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 90_000_000 });
    expect(h.state()).toBe('sufficient');
    h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 89_999_999 });
    expect(h.state()).toBe('shortfall');
    expect(h.emitted.map((e) => e.type)).toContain('shortfall');
  });

  it('a fractional bound: 30% of 300,000,001 fen is 90,000,000.3 — 90,000,000 is below, 90,000,001 not', () => {
    expect(isBelowShare(beijing, 90_000_000, 300_000_001)).toBe(true);
    expect(isBelowShare(beijing, 90_000_001, 300_000_001)).toBe(false);
  });

  it("a host's share too fine to count exactly is refused, coded, not a crash", () => {
    const profile = defineProfile({
      ...shanghai,
      id: 'fine',
      fund: {
        ...(shanghai.fund as NonNullable<typeof shanghai.fund>),
        sufficientBalance: {
          value: { fraction: { num: 3, den: 1_000_000 }, mode: 'at-least' },
          cite: ['SH-65'],
        },
      },
    });
    const h = harness(fundReRaiseMachine, input({ profile }));
    const r = h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 9_000_000_000_000 });
    expect(verdict(r)).toBe('balance-comparable');
    expect(!r.ok && r.rejection.message?.['zh-CN']).toMatch(/安全整数/);
    expect(verdict(h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 2 }))).toBe('ok');
  });

  it('national sets no share: no shortfall', () => {
    const h = harness(fundReRaiseMachine, input({ profile: national }));
    h.send('BALANCE_REPORTED', 'system', FELL, { balanceFen: 0 });
    expect(h.state()).toBe('sufficient');
  });

  it('opens the assembly’s 90 days, due at 24:00 of the 90th day', () => {
    const h = short();
    const d = h.actor.getSnapshot().context.deadlines[RE_RAISE_DECISION];
    expect(epochMillisOf(d.due.dueAt)).toBe(epochMillisOf(DECIDE_BY));
    expect(d.cite).toEqual(['SH-65-3']);
  });

  it('a balance back at 30% ends the shortfall and drops the period', () => {
    const h = short();
    h.send('BALANCE_REPORTED', 'committee', '2026-03-01T10:00:00+08:00', {
      balanceFen: 90_000_000,
    });
    expect(h.state()).toBe('sufficient');
    expect(h.actor.getSnapshot().context.deadlines[RE_RAISE_DECISION]).toBeUndefined();
  });
});

describe('the assembly decides by special majority (CC 278 ¶2), within 90 days (SH 65 ¶3)', () => {
  it('a passed special-majority item re-raises; then 30% back ends it', () => {
    const h = short();
    expect(verdict(h.send('ASSEMBLY_DECIDED', 'committee', SECOND_BEFORE, decided(true)))).toBe(
      'ok',
    );
    expect(h.state()).toBe('reRaising');
    expect(h.actor.getSnapshot().context.deadlines[RE_RAISE_DECISION].status).toBe('met');
    h.send('BALANCE_REPORTED', 'system', '2026-06-01T10:00:00+08:00', { balanceFen: 90_000_000 });
    expect(h.state()).toBe('sufficient');
  });

  it('an ordinary-majority item or another kind is not the re-raising decision', () => {
    const h = short();
    const r = h.send(
      'ASSEMBLY_DECIDED',
      'committee',
      FELL,
      decided(true, 'raise-maintenance-fund', 'ordinary'),
    );
    expect(verdict(r)).toBe('raising-decision');
    expect(!r.ok && r.rejection.message?.['zh-CN']).toMatch(/特别多数/);
    expect(
      verdict(h.send('ASSEMBLY_DECIDED', 'committee', FELL, decided(true, 'use-maintenance-fund'))),
    ).toBe('raising-decision');
  });

  it('a failed item leaves the shortfall and its period running', () => {
    const h = short();
    h.send('ASSEMBLY_DECIDED', 'committee', '2026-04-01T10:00:00+08:00', decided(false));
    expect(h.state()).toBe('shortfall');
    expect(h.actor.getSnapshot().context.deadlines[RE_RAISE_DECISION].status).toBe('pending');
  });
});

describe('the default route (SH 65 ¶3)', () => {
  it('the notice to the bank one second before the 90 days end is refused; at the end it goes', () => {
    const h = short();
    expect(
      verdict(h.send('PAYMENT_NOTICE', 'committee', SECOND_BEFORE, { evidence: '致开户银行函' })),
    ).toBe('payment-notice-due');
    const r = h.send('PAYMENT_NOTICE', 'committee', DECIDE_BY, { evidence: '致开户银行函' });
    expect(verdict(r)).toBe('ok');
    expect(h.state()).toBe('noticed');
    expect(h.emitted.at(-1)).toMatchObject({ type: 'file', to: ['bank'] });
    expect(h.actor.getSnapshot().context.deadlines[RE_RAISE_DECISION].status).toBe('missed');
  });

  it('not when the fund’s rules provide for re-raising', () => {
    const h = short({ rulesProvide: true });
    const r = h.send('PAYMENT_NOTICE', 'committee', DECIDE_BY, { evidence: 'x' });
    expect(verdict(r)).toBe('payment-notice-due');
    expect(!r.ok && r.rejection.details).toMatchObject({ rulesProvide: true });
  });

  it('the owners restore 50% within 90 days of receipt: one fen short is not restored', () => {
    const h = short();
    h.send('PAYMENT_NOTICE', 'committee', DECIDE_BY, { evidence: '致开户银行函' });
    h.send('NOTICES_DELIVERED', 'system', '2026-05-10T10:00:00+08:00');
    expect(h.state()).toBe('restoring');
    const d = h.actor.getSnapshot().context.deadlines[RESTORE_BALANCE];
    // 05-10 + 90 days: 05-11 … 08-08, ending 24:00 of 08-08.
    expect(epochMillisOf(d.due.dueAt)).toBe(epochMillisOf('2026-08-09T00:00:00+08:00'));
    h.send('BALANCE_REPORTED', 'system', '2026-07-01T10:00:00+08:00', { balanceFen: 149_999_999 });
    expect(h.state()).toBe('restoring');
    h.send('BALANCE_REPORTED', 'system', '2026-08-08T23:59:59+08:00', { balanceFen: 150_000_000 });
    expect(h.state()).toBe('sufficient');
    expect(h.actor.getSnapshot().context.deadlines[RESTORE_BALANCE].status).toBe('met');
  });

  it('a TICK at the end of the owners’ 90 days marks it missed and tells the district (SH 89 ¶2)', () => {
    const h = short();
    h.send('PAYMENT_NOTICE', 'committee', DECIDE_BY, { evidence: 'x' });
    h.send('NOTICES_DELIVERED', 'system', '2026-05-10T10:00:00+08:00');
    h.send('TICK', 'system', '2026-08-08T23:59:59+08:00');
    expect(h.actor.getSnapshot().context.deadlines[RESTORE_BALANCE].status).toBe('pending');
    expect(h.emitted.some((e) => e.about === 'restore-missed')).toBe(false);
    h.send('TICK', 'system', '2026-08-09T00:00:00+08:00');
    expect(h.actor.getSnapshot().context.deadlines[RESTORE_BALANCE].status).toBe('missed');
    // SH 89 ¶2 "业主未按要求补建或者再次筹集专项维修资金的，由区房屋行政管理部门责令限期改正": told once.
    expect(h.emitted.at(-1)).toMatchObject({
      type: 'notify',
      about: 'restore-missed',
      to: ['district-housing-bureau', 'committee'],
    });
    h.send('TICK', 'system', '2026-08-10T00:00:00+08:00');
    expect(h.emitted.filter((e) => e.about === 'restore-missed')).toHaveLength(1);
  });

  it('beijing: the committee notifies and urges the owners at once (BJ 83), no periods', () => {
    const h = short({ profile: beijing });
    expect(h.actor.getSnapshot().context.deadlines).toEqual({});
    expect(verdict(h.send('PAYMENT_NOTICE', 'committee', FELL, { evidence: '催缴通知' }))).toBe(
      'ok',
    );
    expect(h.emitted.at(-1)).toMatchObject({ type: 'file', to: ['owner'] });
    h.send('NOTICES_DELIVERED', 'committee', FELL);
    h.send('BALANCE_REPORTED', 'system', '2026-03-01T10:00:00+08:00', { balanceFen: 90_000_000 });
    expect(h.state()).toBe('sufficient');
  });
});
