// BJ 76 ¶1: "业主共同决定解聘物业服务人的，物业服务人应当自接到通知之日起三十日内履行下列交接义务，并且退出物业
// 管理区域". BJ 97: "对拒不移交有关资料或者财物的，处一万元以上十万元以下的罚款". PMR 58: "逾期仍不移交有关资
// 料的，对建设单位、物业服务企业予以通报，处1万元以上10万元以下的罚款". CC 946 ¶1: "业主依照法定程序共同决定
// 解聘物业服务人的，可以解除物业服务合同。决定解聘的，应当提前六十日书面通知物业服务人". CC 201: "开始的当日
// 不计入，自下一日开始计算"; CC 203: "期间的最后一日的截止时间为二十四时".
import { beijing, DEFAULT_PROFILE, defineProfile, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { dismissalMachine } from '../src/index.js';
import {
  authoritiesNotice,
  ballot,
  baseInput,
  createActor,
  ev,
  partyReport,
  refuse,
  send,
} from './support.js';

const D = (day: string, time = '10:00:00') => `2026-${day}T${time}+08:00`;
// Lump sum (the default fee model): item (4), the commission model's fund, does not apply.
const ITEMS = ['documents', 'maintenance-records', 'public-revenue-balance', 'management-premises'];

/**
 * A profile's dismissal through the vote, decided 04-01: called 03-03 for 03-18 (15 days, 03-04 …
 * 03-18; BJ 35 ¶4 "会议召开十五日前通知"); 7 of 10 owners vote, 7 × 3 = 21 ≥ 20 (two thirds,
 * area 63,000 of 90,000 alike), and all 7 agree, more than half of those voting (CC 278 ¶2).
 */
function decided(profile = beijing) {
  const actor = createActor(dismissalMachine, { input: baseInput({ profile }) });
  const emitted: { about: string; text: { en: string; 'zh-CN': string } }[] = [];
  actor.on('*', (e) => emitted.push(e as never));
  actor.start();
  send(actor, ev('PROPOSE_DISMISSAL', 'committee', D('03-02')));
  if (profile.party.reportBeforeMajorMatters.value) send(actor, partyReport(D('03-03')));
  send(actor, authoritiesNotice(D('03-03')));
  send(
    actor,
    ev('CALL_ASSEMBLY', 'committee', D('03-03'), {
      opensAt: D('03-18', '09:00:00'),
      closesAt: D('03-31', '18:00:00'),
    }),
  );
  send(actor, ev('OPEN_VOTE', 'committee', D('03-18', '09:00:00'), { voteId: 'd' }));
  for (let i = 0; i < 7; i++) {
    const [b, n] = i < 5 ? [1, i + 1] : [2, i - 4];
    send(
      actor,
      ev('CAST_BALLOT', 'committee', D('03-20'), { ballot: ballot(b, n, 'agree', D('03-20')) }),
    );
  }
  send(actor, ev('CLOSE_VOTE', 'committee', D('04-01', '09:00:00')));
  expect(actor.getSnapshot().value).toBe('decided');
  return { actor, emitted };
}

/** Serves the notice on 04-02 for 24:00 of 06-01 (04-03 + 60 days − 1). */
function noticed(profile = beijing) {
  const run = decided(profile);
  send(
    run.actor,
    ev('SERVE_DISMISSAL_NOTICE', 'committee', D('04-02'), { effectiveAt: D('06-02', '00:00:00') }),
  );
  return run;
}

function handOverAll(actor: AnyActorRef, at: string) {
  for (const item of ITEMS) {
    send(actor, ev('HAND_OVER_ITEM', 'property-firm', at, { item, receipt: `r-${item}` }));
  }
}

describe('BJ 76 ¶1: the hand-over counts from the notice, not from the contract’s end', () => {
  it('a notice served 04-02 for 06-01 gives 04-03 … 05-02, due by 24:00 of 05-02', () => {
    expect(beijing.firm.handover).toMatchObject({
      period: { days: 30 },
      countsFrom: 'notice-received',
      cite: ['BJ-76'],
    });
    const { actor } = noticed();
    const due = actor.getSnapshot().context.deadlines.handover!;
    expect(due.cite).toEqual(['BJ-76']);
    expect([due.due.startsOn, due.due.lastDay, due.due.dueAt]).toEqual([
      '2026-04-03',
      '2026-05-02',
      '2026-05-02T16:00:00.000Z',
    ]);
  });

  it('under shanghai nothing is due at the notice, and no item is taken before the end (SH 50)', () => {
    const { actor } = noticed(DEFAULT_PROFILE);
    expect(actor.getSnapshot().context.deadlines.handover).toBeUndefined();
    const r = refuse(
      actor,
      ev('HAND_OVER_ITEM', 'property-firm', D('04-10'), { item: 'documents', receipt: 'r' }),
    );
    expect(r.rule).toEqual({ id: 'handover-open', citations: ['SH-50'] });
    expect(r.message.en).toContain('has not begun');
    expect(actor.getSnapshot().context.handover).toBeNull();
  });

  it('handed over and confirmed at 23:59:59 of 05-02: met; the contract ends 06-01 already handed over', () => {
    const { actor } = noticed();
    handOverAll(actor, D('04-20'));
    send(actor, ev('COMPLETE_HANDOVER', 'committee', D('05-02', '23:59:59')));
    expect(actor.getSnapshot().context.deadlines.handover?.status).toBe('met');
    expect(actor.getSnapshot().value).toBe('noticeRunning');
    send(actor, ev('TICK', 'system', D('06-02', '00:00:00')));
    expect(actor.getSnapshot().value).toEqual({
      terminated: { handover: 'complete', service: 'oldFirmServing' },
    });
    expect(actor.getSnapshot().context.terminatedAt).toBe(D('06-02', '00:00:00'));
    send(
      actor,
      ev('SUCCESSOR_TAKES_OVER', 'committee', D('06-02', '08:00:00'), { firmId: 'f-new' }),
    );
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('confirmed one second later, 00:00:00 of 05-03: late', () => {
    const { actor } = noticed();
    handOverAll(actor, D('04-20'));
    send(actor, ev('COMPLETE_HANDOVER', 'committee', D('05-03', '00:00:00')));
    expect(actor.getSnapshot().context.deadlines.handover?.status).toBe('late');
  });

  it('a TICK at 00:00:00 of 05-03 marks it missed and reports the BJ 97 fine; not at 23:59:59', () => {
    const { actor, emitted } = noticed();
    send(actor, ev('TICK', 'system', D('05-02', '23:59:59')));
    expect(actor.getSnapshot().context.deadlines.handover?.status).toBe('pending');
    expect(emitted.filter((e) => e.about === 'handover-missed')).toEqual([]);
    send(actor, ev('TICK', 'system', D('05-03', '00:00:00')));
    expect(actor.getSnapshot().context.deadlines.handover?.status).toBe('missed');
    const report = emitted.filter((e) => e.about === 'handover-missed');
    expect(report).toHaveLength(1);
    expect(report[0]!.text['zh-CN']).toContain('处10000元以上100000元以下罚款');
    expect(report[0]!.text['zh-CN']).toContain('第九十七条');
    expect(report[0]!.text.en).toContain('¥10000–100000');
    // Missed: confirmed only once the contract has ended, not counted as handed over in time.
    handOverAll(actor, D('05-10'));
    expect(refuse(actor, ev('COMPLETE_HANDOVER', 'committee', D('05-10'))).code).not.toBe('ok');
    send(actor, ev('TICK', 'system', D('06-02', '00:00:00')));
    expect(actor.getSnapshot().value).toMatchObject({ terminated: { handover: 'pending' } });
    send(actor, ev('COMPLETE_HANDOVER', 'committee', D('06-02', '09:00:00')));
    expect(actor.getSnapshot().value).toMatchObject({ terminated: { handover: 'complete' } });
  });
});

describe('the fine the profile sets is what the report cites (BJ 97, PMR 58)', () => {
  it('beijing: BJ 97, ¥10,000–100,000', () => {
    expect(beijing.firm.handoverFineYuan).toEqual({
      value: { min: 10_000, max: 100_000 },
      cite: ['BJ-97'],
    });
  });

  it('national: PMR 58, ¥10,000–100,000, reported when an agreed period (CC 949) is missed', () => {
    expect(national.firm.handoverFineYuan).toEqual({
      value: { min: 10_000, max: 100_000 },
      cite: ['PMR-58'],
    });
    // The contract's agreed period (CC 949 "在约定期限或者合理期限内退出"), 10 days from the end.
    const agreed = defineProfile({
      ...national,
      id: 'national-agreed-10-days',
      firm: {
        ...national.firm,
        handover: { period: { days: 10 }, cite: ['CC-949'] },
      },
    });
    const { actor, emitted } = noticed(agreed);
    send(actor, ev('TICK', 'system', D('06-02', '00:00:00')));
    // Ends at 24:00 of 06-01; 06-02 … 06-11; missed at 00:00:00 of 06-12, not at 23:59:59 of 06-11.
    send(actor, ev('TICK', 'system', D('06-11', '23:59:59')));
    expect(emitted.some((e) => e.about === 'handover-missed')).toBe(false);
    send(actor, ev('TICK', 'system', D('06-12', '00:00:00')));
    const report = emitted.find((e) => e.about === 'handover-missed')!;
    expect(report.text['zh-CN']).toContain('《物业管理条例》第五十八条');
  });

  it('a profile with no fine says so in the report', () => {
    const none = defineProfile({
      ...beijing,
      id: 'beijing-no-fine',
      firm: { ...beijing.firm, handoverFineYuan: { value: null, cite: ['BJ-76'] } },
    });
    const { actor, emitted } = noticed(none);
    send(actor, ev('TICK', 'system', D('05-03', '00:00:00')));
    expect(emitted.find((e) => e.about === 'handover-missed')?.text.en).toContain('no fine');
  });
});
