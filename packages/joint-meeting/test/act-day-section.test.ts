// The matter keeps the profile's joint-meeting section and the disclosure calendar keeps duties
// derived from its disclosure section, not the profile; each declares what it keeps (`keeps` on
// its catalog), so its rules read the section of the act's own day even on the first act of a
// new edition, before the clock has moved what is held (issue 17).
//
// JA 二(一)4 names who attends the complex-level meeting (the registry's key phrase for JA-2-1-4);
// BJ 44 ¶1 (八): "每半年公示业主委员会委员、候补委员交纳物业费、停车费情况". No Shanghai text changes either
// within the history, so it is replaced here by one whose edition of 2026-05-01 (inside
// shanghai@2026-03-23) adds the street office to the complex-level meeting and asks the
// committee to post its members' fee payments every six months, as Beijing does. It also drops
// the report before a lump-sum fee increase (SH 48 ¶4) with no text in its place, so a refusal of
// that duty cites that day's entry: none, where the held edition cites SH 48 ¶4.
import { describe, expect, it, vi } from 'vitest';
import { disclosureEvents, LEVEL_RULES, matterEvents } from '../src/index.js';
import { startCalendar } from './disclosure/support.js';
import { start } from './support.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../core/test/support/extra-edition.js');
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-03-23',
    from: '2026-05-01',
    change: (held) => ({
      jointMeetings: {
        ...held.jointMeetings,
        participants: {
          // JA 二(一)4's participants (LEVEL_RULES.complex.required, checked below) and the street office.
          value: {
            complex: [
              'committee-members',
              'building-leaders',
              'firm-representative',
              'owner-representatives',
              'street-office',
            ],
          },
          cite: ['JA-2-1-4'],
        },
      },
      disclosure: {
        ...held.disclosure,
        committeeFeePaymentEvery: { period: { months: 6 }, cite: ['SH-27'] },
        lumpSumReportBeforeIncrease: {
          value: false,
          cite: [],
          note: {
            'zh-CN': '测试：本版本不要求调价前报告。',
            en: 'Test: no report before an increase.',
          },
        },
      },
    }),
    summary: { 'zh-CN': '测试：联席会议与公示变化', en: 'Test: joint meetings and postings' },
  });
});

const LAST_SECOND = '2026-04-30T23:59:59+08:00';
const FIRST_SECOND = '2026-05-01T00:00:00+08:00';
const follows = { follows: 'shanghai' } as const;
const HELD = 'shanghai@2026-03-23';

describe("the matter's rules read the joint-meeting section of the act's day", () => {
  const required = [...LEVEL_RULES.complex.required];
  const meet = (at: string, participants: readonly string[]) => {
    const h = start({ raisedAt: '2026-04-20T09:00:00+08:00', profile: follows });
    expect(h.actor.getSnapshot().context.law?.edition).toBe(HELD);
    const r = h.send('HOLD_MEETING', LEVEL_RULES.complex.convener, at, {
      participants: [...participants],
      minutes: '纪要',
    });
    return { h, r };
  };

  it('declares that it keeps the joint-meeting section', () => {
    expect(Object.keys(matterEvents.keeps ?? {})).toEqual(['jointMeetings']);
    expect(required).toEqual([
      'committee-members',
      'building-leaders',
      'firm-representative',
      'owner-representatives',
    ]);
  });

  it('holds the meeting without the street office at 23:59:59 of 04-30, under the held edition', () => {
    expect(meet(LAST_SECOND, required).r.ok).toBe(true);
  });

  it('refuses it at 00:00:00 of 05-01, where that day asks for the street office', () => {
    const { h, r } = meet(FIRST_SECOND, required);
    expect(r.ok ? 'ok' : r.rejection.rule?.id).toBe('required-participants');
    if (!r.ok) expect(r.rejection.details).toMatchObject({ missing: ['street-office'] });
    expect(h.actor.getSnapshot().context.law?.edition).toBe(HELD);
    const ok = meet(FIRST_SECOND, [...required, 'street-office']);
    expect(ok.r.ok).toBe(true);
    expect(ok.h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-05-01');
  });
});

describe("the calendar's rules read the duties of the act's day", () => {
  const post = (at: string) => {
    const h = startCalendar({ startAt: '2026-04-20T09:00:00+08:00', profile: follows });
    expect(h.actor.getSnapshot().context.law?.edition).toBe(HELD);
    const r = h.send('PUBLISH', 'committee-chair', at, {
      duty: 'committee-fee-payments',
      evidence: 'notice 1',
    });
    return { h, r };
  };

  it('declares the duties it keeps', () => {
    expect(Object.keys(disclosureEvents.keeps ?? {})).toEqual([
      'plans',
      'obligations',
      'deadlines',
      'matterLevel',
    ]);
  });

  it("refuses the members' fee payments at 23:59:59 of 04-30: no duty under the held edition", () => {
    const { h, r } = post(LAST_SECOND);
    expect(r.ok ? 'ok' : r.rejection.rule?.id).toBe('duty-applies');
    expect(h.obligation('committee-fee-payments')).toBeUndefined();
  });

  it('accepts them at 00:00:00 of 05-01: the duty of that day opens its first period and is posted', () => {
    const { h, r } = post(FIRST_SECOND);
    expect(r.ok ? 'ok' : r.rejection.rule?.id).toBe('ok');
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-05-01');
    expect(h.obligation('committee-fee-payments', 1)).toMatchObject({
      status: 'published',
      cite: ['SH-27'],
    });
  });
});

// SH 48 ¶4 (2023): "实行物业服务包干制收费方式的，物业服务企业应当在调整物业服务收费标准前，将经审计的物业服务
// 费用收支情况或者经第三方机构评估的收费标准向业主委员会或者全体业主报告". A commission calendar has no plan of
// the report under either edition, so its refusals cite the profile's entry for the duty: the
// entry of the act's day, not of the profile as written.
describe("a refusal where no plan exists cites the entry of the act's day", () => {
  const refusals = (at: string) => {
    const h = startCalendar({ startAt: '2026-04-20T09:00:00+08:00', profile: follows });
    expect(h.actor.getSnapshot().context.feeModel).toBe('commission');
    const publish = h.send('PUBLISH', 'property-firm', at, {
      duty: 'lump-sum-report',
      evidence: 'notice 1',
    });
    const increase = h.send('PLAN_FEE_INCREASE', 'property-firm', at, {
      effectiveOn: '2026-06-01',
    });
    expect(h.actor.getSnapshot().context.law?.edition).toBe(HELD);
    return {
      publish: publish.ok ? undefined : publish.rejection.rule,
      increase: increase.ok ? undefined : increase.rejection.rule,
    };
  };

  it('cites SH 48 ¶4 at 23:59:59 of 04-30, under the held edition', () => {
    const r = refusals(LAST_SECOND);
    expect(r.increase).toEqual({ id: 'lump-sum-model', citations: ['SH-48-lump-sum'] });
    expect(r.publish).toMatchObject({ id: 'duty-applies' });
    expect(r.publish?.citations).toContain('SH-48-lump-sum');
  });

  it('cites none at 00:00:00 of 05-01, whose edition cites no text for the report', () => {
    const r = refusals(FIRST_SECOND);
    expect(r.increase).toEqual({ id: 'lump-sum-model', citations: [] });
    expect(r.publish).toEqual({ id: 'duty-applies', citations: [] });
  });
});
