// SH 66 ¶2: "业主委员会和受委托的物业服务企业应当至少每半年公布一次专项维修资金的收支情况，每季度公布一次
// 公共收益的收支情况". A quarter is a calendar quarter (1–3, 4–6, 7–9, 10–12 月) and a half-year a calendar
// half (1–6, 7–12 月): each period's posting is due by 24:00 of its last day (CC 203).
import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { dutiesFor } from '../../src/index.js';
import { refusal, startCalendar } from './support.js';

const START = '2026-01-05T09:00:00+08:00';
const post = (h: ReturnType<typeof startCalendar>, duty: string, at: string) =>
  h.send('PUBLISH', 'property-firm', at, { duty, evidence: `${duty}-${at}` });

describe('public revenue each calendar quarter (SH 66 ¶2)', () => {
  it('is due by 24:00 of the quarter’s last day, overdue from the next quarter’s first second', () => {
    const h = startCalendar({ startAt: START });
    expect(h.obligation('public-revenue', 1)?.dueAt).toBe('2026-03-31T16:00:00.000Z');
    h.send('TICK', 'system', '2026-03-31T23:59:59+08:00');
    expect(h.obligation('public-revenue', 1)?.status).toBe('due');
    h.send('TICK', 'system', '2026-04-01T00:00:00+08:00');
    expect(h.obligation('public-revenue', 1)?.status).toBe('overdue');
  });

  it('takes a posting at the quarter’s last second as on time, and one at the next first second as late', () => {
    const onTime = startCalendar({ startAt: START });
    expect(post(onTime, 'public-revenue', '2026-03-31T23:59:59+08:00').ok).toBe(true);
    expect(onTime.obligation('public-revenue', 1)).toMatchObject({ late: false });
    const late = startCalendar({ startAt: START });
    expect(post(late, 'public-revenue', '2026-04-01T00:00:00+08:00').ok).toBe(true);
    expect(late.obligation('public-revenue', 1)).toMatchObject({ late: true });
  });

  it('a January posting is not overdue in early April: the second quarter runs to 06-30', () => {
    const h = startCalendar({ startAt: START });
    expect(post(h, 'public-revenue', '2026-01-20T10:00:00+08:00').ok).toBe(true);
    expect(h.obligation('public-revenue', 2)?.dueAt).toBe('2026-06-30T16:00:00.000Z');
    h.send('TICK', 'system', '2026-04-21T00:00:00+08:00');
    expect(h.obligation('public-revenue', 2)?.status).toBe('due');
    h.send('TICK', 'system', '2026-07-01T00:00:00+08:00');
    expect(h.obligation('public-revenue', 2)?.status).toBe('overdue');
  });

  it('counts a posting for the quarter it is made in: not one for the next quarter ahead of it', () => {
    const h = startCalendar({ startAt: START });
    post(h, 'public-revenue', '2026-01-20T10:00:00+08:00');
    const early = refusal(post(h, 'public-revenue', '2026-03-31T23:59:59+08:00'));
    expect(early.rule?.id).toBe('duty-due');
    expect(early.message['zh-CN']).toContain('2026-04-01');
    expect(post(h, 'public-revenue', '2026-04-01T00:00:00+08:00').ok).toBe(true);
    expect(h.obligation('public-revenue', 2)).toMatchObject({ late: false });
    expect(h.obligation('public-revenue', 3)?.dueAt).toBe('2026-09-30T16:00:00.000Z');
  });

  it('after a late posting the next quarter is still due by its own last day', () => {
    const h = startCalendar({ startAt: START });
    h.send('TICK', 'system', '2026-04-01T00:00:00+08:00');
    post(h, 'public-revenue', '2026-04-10T10:00:00+08:00');
    expect(h.obligation('public-revenue', 1)).toMatchObject({ late: true });
    expect(h.obligation('public-revenue', 2)?.dueAt).toBe('2026-06-30T16:00:00.000Z');
  });
});

describe('the maintenance fund each calendar half-year (SH 66 ¶2)', () => {
  it('is due by 24:00 of 06-30, overdue from 07-01 00:00:00, then by 12-31', () => {
    const h = startCalendar({ startAt: START });
    expect(h.obligation('maintenance-fund', 1)?.dueAt).toBe('2026-06-30T16:00:00.000Z');
    h.send('TICK', 'system', '2026-06-30T23:59:59+08:00');
    expect(h.obligation('maintenance-fund', 1)?.status).toBe('due');
    h.send('TICK', 'system', '2026-07-01T00:00:00+08:00');
    expect(h.obligation('maintenance-fund', 1)?.status).toBe('overdue');
    h.send('PUBLISH', 'committee', '2026-07-02T10:00:00+08:00', {
      duty: 'maintenance-fund',
      evidence: 'board',
    });
    expect(h.obligation('maintenance-fund', 2)?.dueAt).toBe('2026-12-31T16:00:00.000Z');
  });
});

describe('the profiles name the period kind', () => {
  it('Shanghai and Beijing post by calendar periods, citing their articles', () => {
    const sh = PROFILES.shanghai.disclosure;
    expect(sh.publicRevenueEvery).toMatchObject({
      period: { months: 3 },
      periodKind: 'calendar',
      cite: ['SH-66'],
    });
    expect(sh.maintenanceFundEvery).toMatchObject({
      period: { months: 6 },
      periodKind: 'calendar',
      cite: ['SH-66'],
    });
    expect(PROFILES.beijing.disclosure.publicRevenueEvery).toMatchObject({
      periodKind: 'calendar',
      cite: ['BJ-84'],
    });
    const plans = dutiesFor(sh, 'commission');
    expect(plans.find((p) => p.duty === 'public-revenue')?.schedule).toEqual({
      kind: 'calendar',
      months: 3,
    });
    expect(plans.find((p) => p.duty === 'maintenance-fund')?.schedule).toEqual({
      kind: 'calendar',
      months: 6,
    });
  });
});
