// Each disclosure value of the profiles drives the calendar that reads it.
// SH 47 ¶2: "物业服务企业对前款第一项至第三项规定的有关信息资料，应当定期予以公示".
// CC 943: "物业服务人应当定期将服务的事项、负责人员、质量要求、收费项目、收费标准、履行情况 … 以合理方式向业主
// 公开". SPC 13: "业主请求公布、查阅下列应当向业主公开的情况和资料的，人民法院应予支持 … （二）… 业主大会或者
// 业主委员会的决定及会议记录". BJ 84 ¶3: "业主大会或者业主委员会自行管理共有资金的，应当每季度公布一次自行
// 管理账目". CC 201: "开始的当日不计入"; CC 203: "期间的最后一日的截止时间为二十四时".
import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { dutiesFor } from '../../src/index.js';
import { refusal, startCalendar, T0 } from './support.js';

describe('DISC-7 (SH 47 ¶2 定期): the firm posts its records again within the profile’s period', () => {
  it('shanghai gives a yearly period: the first posting falls due by 24:00 of 2027-03-02', () => {
    expect(PROFILES.shanghai.disclosure.firmRecordsEvery).toMatchObject({
      period: { years: 1 },
      cite: ['SH-47'],
    });
    const h = startCalendar();
    expect(h.obligation('firm-records')?.dueAt).toBe('2027-03-02T16:00:00.000Z');
    h.send('TICK', 'system', '2027-03-02T23:59:59+08:00');
    expect(h.obligation('firm-records')?.status).toBe('due');
    h.send('TICK', 'system', '2027-03-03T00:00:00+08:00');
    expect(h.obligation('firm-records')?.status).toBe('overdue');
  });

  it('one posting no longer holds for ever: posted 2026-06-01, the next is due 2027-06-01', () => {
    const h = startCalendar();
    expect(
      h.send('PUBLISH', 'property-firm', '2026-06-01T10:00:00+08:00', {
        duty: 'firm-records',
        evidence: 'board photo',
      }).ok,
    ).toBe(true);
    expect(h.obligation('firm-records', 1)?.status).toBe('published');
    const next = h.obligation('firm-records', 2);
    expect(next).toMatchObject({ status: 'due', dueAt: '2027-06-01T16:00:00.000Z' });
    h.send('TICK', 'system', '2027-06-02T00:00:00+08:00');
    expect(h.obligation('firm-records', 2)?.status).toBe('overdue');
  });

  it('beijing (BJ 70 如实公示、及时更新) names no period: one posting kept current', () => {
    expect(PROFILES.beijing.disclosure.firmRecordsEvery).toBeUndefined();
    const plan = dutiesFor(PROFILES.beijing.disclosure, 'lump-sum').find(
      (p) => p.duty === 'firm-records',
    );
    expect(plan?.schedule).toEqual({ kind: 'standing' });
  });
});

describe('national: CC 943 gives the firm its duty; SPC 13 the committee its decisions', () => {
  const national = PROFILES.national;

  it('the values and their articles', () => {
    expect(national.disclosure.firmPostsServiceAndFees).toEqual({ value: true, cite: ['CC-943'] });
    expect(national.disclosure.committeeDisclosesDecisions).toEqual({
      value: true,
      cite: ['SPC-13'],
    });
  });

  it('the firm posts its services and fees; the committee may not post them for it', () => {
    const h = startCalendar({ profile: national });
    expect(h.obligation('service-and-fees')).toMatchObject({ status: 'due', cite: ['CC-943'] });
    const r = refusal(
      h.send('PUBLISH', 'committee', T0, { duty: 'service-and-fees', evidence: 'e' }),
    );
    expect(r.rule).toEqual({ id: 'publisher-of-duty', citations: ['CC-943'] });
    expect(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'service-and-fees', evidence: 'e' }).ok,
    ).toBe(true);
    expect(h.obligation('service-and-fees')?.status).toBe('published');
  });

  it('the committee posts its decisions and minutes (SPC 13(二)); the firm may not', () => {
    const h = startCalendar({ profile: national });
    expect(h.obligation('committee-decisions')).toMatchObject({ cite: ['SPC-13'] });
    const r = refusal(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'committee-decisions', evidence: 'e' }),
    );
    expect(r.rule).toEqual({ id: 'publisher-of-duty', citations: ['SPC-13'] });
    expect(
      h.send('PUBLISH', 'committee', T0, { duty: 'committee-decisions', evidence: 'e' }).ok,
    ).toBe(true);
  });
});

describe('BJ 84 ¶3: quarterly fund accounts bind only funds the assembly or committee manages', () => {
  const beijing = PROFILES.beijing;

  it('the profile marks both fund duties as binding self-managed funds only', () => {
    expect(beijing.disclosure.maintenanceFundEvery).toMatchObject({
      period: { months: 3 },
      periodKind: 'calendar',
      onlySelfManaged: true,
      cite: ['BJ-84'],
    });
    expect(beijing.disclosure.publicRevenueEvery).toMatchObject({ onlySelfManaged: true });
  });

  it('funds not self-managed (the default): no quarterly duty, and a posting of it is refused', () => {
    const h = startCalendar({ profile: beijing, feeModel: 'lump-sum' });
    expect(h.obligation('maintenance-fund')).toBeUndefined();
    expect(h.obligation('public-revenue')).toBeUndefined();
    const r = refusal(
      h.send('PUBLISH', 'committee', T0, { duty: 'maintenance-fund', evidence: 'e' }),
    );
    expect(r.rule?.id).toBe('duty-applies');
  });

  it('self-managed: the committee posts each quarter, due 24:00 of 03-31, overdue one second on', () => {
    const h = startCalendar({ profile: beijing, feeModel: 'lump-sum', fundsSelfManaged: true });
    expect(h.obligation('maintenance-fund')?.dueAt).toBe('2026-03-31T16:00:00.000Z');
    const firm = refusal(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'maintenance-fund', evidence: 'e' }),
    );
    // The refusal cites BJ 84, not the Shanghai articles behind DISC-1..7.
    expect(firm.rule).toEqual({ id: 'publisher-of-duty', citations: ['BJ-84'] });
    h.send('TICK', 'system', '2026-03-31T23:59:59+08:00');
    expect(h.obligation('public-revenue')?.status).toBe('due');
    h.send('TICK', 'system', '2026-04-01T00:00:00+08:00');
    expect(h.obligation('public-revenue')?.status).toBe('overdue');
    expect(h.obligation('maintenance-fund')?.status).toBe('overdue');
  });

  it('shanghai’s fund duties bind every complex, posted by either (SH 66)', () => {
    const sh = dutiesFor(PROFILES.shanghai.disclosure, 'commission');
    expect(sh.find((p) => p.duty === 'maintenance-fund')?.publisher).toBe('either');
  });
});

describe('a refusal of a duty that does not bind cites the profile’s entry for it', () => {
  it('beijing, funds not self-managed: duty-applies cites BJ 84; the lump-sum report BJ 72', () => {
    const h = startCalendar({ profile: PROFILES.beijing, feeModel: 'lump-sum' });
    const r = refusal(
      h.send('PUBLISH', 'committee', T0, { duty: 'public-revenue', evidence: 'e' }),
    );
    expect(r.rule).toEqual({ id: 'duty-applies', citations: ['BJ-84'] });
    const inc = refusal(
      h.send('PLAN_FEE_INCREASE', 'property-firm', T0, { effectiveOn: '2026-05-01' }),
    );
    expect(inc.rule).toEqual({ id: 'lump-sum-model', citations: ['BJ-72'] });
  });

  it('shanghai keeps the rule’s own citations', () => {
    const h = startCalendar();
    const r = refusal(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'lump-sum-report', evidence: 'e' }),
    );
    expect(r.rule?.citations).toContain('SH-48');
  });
});
