// A 10-owner complex under the `national` profile (CC, PMR, SPC alone) dismisses its firm and
// starts hiring the next without a plan. Every date and tally was worked out by hand (comments).
// PMR 14: "召开业主大会会议，应当于会议召开15日以前通知全体业主". CC 278 ¶2: "应当由专有部分面积占比三分之二
// 以上的业主且人数占比三分之二以上的业主参与表决 … 应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的
// 业主同意". CC 946 ¶1: "决定解聘的，应当提前六十日书面通知物业服务人". CC 949 ¶1: "原物业服务人应当在约定期限
// 或者合理期限内退出物业服务区域". CC 201: "开始的当日不计入，自下一日开始计算"; CC 203: "期间的最后一日的截止
// 时间为二十四时".
import { national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { dismissalMachine, hiringMachine } from '../src/index.js';
import {
  authoritiesNotice,
  ballot,
  baseInput,
  createActor,
  ev,
  hiringInput,
  refuse,
  send,
} from './support.js';

const D = (day: string, time = '10:00:00') => `2026-${day}T${time}+08:00`;
// 10 owners u-1-1 … u-2-5, 90.00 m² each: headcount 10, area 90,000.
const UNITS = [1, 2].flatMap((b) => [1, 2, 3, 4, 5].map((n) => [b, n] as const));

function castAll(actor: AnyActorRef, voters: number, agree: number, at: string) {
  UNITS.slice(0, voters).forEach(([b, n], i) => {
    const choice = i < agree ? 'agree' : 'disagree';
    send(actor, ev('CAST_BALLOT', 'committee', at, { ballot: ballot(b, n, choice, at) }));
  });
}

function called() {
  const actor = createActor(dismissalMachine, { input: baseInput({ profile: national }) }).start();
  send(actor, ev('PROPOSE_DISMISSAL', 'committee', D('03-02')));
  // No party report under national (reportBeforeMajorMatters off): the call needs none. PMR 14
  // ¶2: "住宅小区的业主大会会议，应当同时告知相关的居民委员会" — told before the call.
  send(actor, authoritiesNotice(D('03-03')));
  // Notice 03-03 + 15 days = 03-18 (03-04 … 03-18): voting may open on 03-18, not 03-17.
  const early = refuse(
    actor,
    ev('CALL_ASSEMBLY', 'committee', D('03-03'), {
      opensAt: D('03-17', '09:00:00'),
      closesAt: D('03-31', '18:00:00'),
    }),
  );
  expect(early.rule?.id).toBe('assembly-notice');
  expect(early.rule?.citations.some((c) => c.startsWith('SH'))).toBe(false);
  send(
    actor,
    ev('CALL_ASSEMBLY', 'committee', D('03-03'), {
      opensAt: D('03-18', '09:00:00'),
      closesAt: D('03-31', '18:00:00'),
    }),
  );
  send(actor, ev('OPEN_VOTE', 'committee', D('03-18', '09:00:00'), { voteId: 'dismiss' }));
  return actor;
}

describe('national: dismissal (CC 278, CC 946, CC 949)', { timeout: 30_000 }, () => {
  it('6 of 10 vote: 6 × 3 = 18 < 20, two thirds not reached; the firm stays', () => {
    const actor = called();
    castAll(actor, 6, 6, D('03-20'));
    send(actor, ev('CLOSE_VOTE', 'committee', D('04-01', '09:00:00')));
    const [qh, qa] = actor.getSnapshot().context.votes[0]!.result!.checks;
    expect([qh.part, qh.whole, qh.passed]).toEqual([6, 10, false]);
    // 6 × 9,000 = 54,000 of 90,000: 162,000 < 180,000.
    expect([qa.part, qa.whole, qa.passed]).toEqual([54_000, 90_000, false]);
    expect(actor.getSnapshot().value).toBe('notDismissed');
  });

  const actor = called();

  it('7 of 10 vote (21 ≥ 20), 4 agree (8 > 7): decided on 04-01', () => {
    castAll(actor, 7, 4, D('03-20'));
    send(actor, ev('CLOSE_VOTE', 'committee', D('04-01', '09:00:00')));
    const [qh, qa, ah, aa] = actor.getSnapshot().context.votes[0]!.result!.checks;
    expect([qh.part, qa.part, ah.part, aa.part]).toEqual([7, 63_000, 4, 36_000]);
    expect([ah.whole, aa.whole]).toEqual([7, 63_000]);
    expect(actor.getSnapshot().value).toBe('decided');
  });

  it('notice 04-02: 60 days are 04-03 … 06-01, so the contract ends at 24:00 of 06-01', () => {
    const short = refuse(
      actor,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', D('04-02'), {
        effectiveAt: D('06-01', '23:59:59'),
      }),
    );
    expect(short.rule).toEqual({ id: 'dismissal-notice', citations: ['CC-946'] });
    send(
      actor,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', D('04-02'), {
        effectiveAt: D('06-02', '00:00:00'),
      }),
    );
    // CC 949 sets no number: nothing is due at the notice, nor on the end (a reasonable period).
    expect(actor.getSnapshot().context.deadlines.handover).toBeUndefined();
    send(actor, ev('TICK', 'system', D('06-01', '23:59:59')));
    expect(actor.getSnapshot().value).toBe('noticeRunning');
    send(actor, ev('TICK', 'system', D('06-02', '00:00:00')));
    expect(actor.getSnapshot().value).toEqual({
      terminated: { handover: 'pending', service: 'oldFirmServing' },
    });
    expect(actor.getSnapshot().context.deadlines.handover).toBeUndefined();
  });

  it('the hand-over with no deadline, then the successor: ended', () => {
    for (const item of [
      'documents',
      'maintenance-records',
      'public-revenue-balance',
      'management-premises',
    ]) {
      send(
        actor,
        ev('HAND_OVER_ITEM', 'property-firm', D('06-20'), { item, receipt: `r-${item}` }),
      );
    }
    send(actor, ev('COMPLETE_HANDOVER', 'committee', D('06-20')));
    send(actor, ev('SUCCESSOR_TAKES_OVER', 'committee', D('06-21'), { firmId: 'f-new' }));
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('the next hiring starts at the tender: national requires no plan (CC 278 ¶1(四))', () => {
    const hiring = createActor(hiringMachine, {
      input: hiringInput({ profile: national }),
    }).start();
    expect(hiring.getSnapshot().value).toBe('selection');
  });
});
