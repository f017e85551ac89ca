// The committee's monthly duties beside its meetings (CMTG-3), as the profile sets them.
//
// SH-36 (十六): "每月至少安排一次业主接待日，及时协调、解决业主反映的问题；主动参加居（村）党组织牵头的居（村）民委员会、
// 业主委员会、物业服务企业月度联席会议". CC 201: "开始的当日不计入"; CC 202: "按照年、月计算期间的，到期月的对应日
// 为期间的最后一日"; CC 203: "二十四时". Started 2026-03-02: the month runs 03-03 … 04-02.
import { beijing, dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ev, MEETINGS_INPUT, startMeetings } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
type Actor = ReturnType<typeof startMeetings>;
const send = (actor: Actor, e: Record<string, unknown>) => {
  const r = dispatch(actor, e);
  if (!r.ok) throw new Error(JSON.stringify(r.rejection));
};
const duty = (actor: Actor, id: string) => actor.getSnapshot().context.deadlines[id];
const notes = (actor: Actor) => actor.getSnapshot().context.notes.map((n) => n.text);

describe.each([
  ['reception-day', 'HOLD_RECEPTION_DAY', ['SH-36-16']],
  ['three-party-meeting', 'ATTEND_THREE_PARTY_MEETING', ['SH-36-16-joint']],
] as const)('shanghai: %s every month', (id, type, cite) => {
  it('is due by 24:00 of 04-02, cited', () => {
    expect(duty(startMeetings(), id)).toMatchObject({
      cite,
      status: 'pending',
      due: { lastDay: '2026-04-02' },
    });
  });

  it('done at 23:59:59 of 04-02: met, and the next month runs to 05-02', () => {
    const actor = startMeetings();
    send(actor, ev(type, 'committee-chair', D('2026-04-02T23:59:59')));
    expect(notes(actor)).toEqual([`${id}: met`]);
    expect(duty(actor, id)?.due.lastDay).toBe('2026-05-02');
  });

  it('done at 00:00:00 of 04-03: late', () => {
    const actor = startMeetings();
    send(actor, ev(type, 'committee', D('2026-04-03T00:00:00')));
    expect(notes(actor)).toEqual([`${id}: late`]);
  });

  it('a TICK at 00:00:00 of 04-03 marks it missed, not one at 23:59:59 of 04-02', () => {
    const actor = startMeetings();
    send(actor, ev('TICK', 'system', D('2026-04-02T23:59:59')));
    expect(duty(actor, id)?.status).toBe('pending');
    send(actor, ev('TICK', 'system', D('2026-04-03T00:00:00')));
    expect(duty(actor, id)?.status).toBe('missed');
  });

  it('beijing sets no such duty: nothing is due, and a reception held is only noted', () => {
    const actor = startMeetings({ ...MEETINGS_INPUT, profile: beijing });
    expect(duty(actor, id)).toBeUndefined();
    send(actor, ev(type, 'committee', D('2026-04-03T00:00:00')));
    expect(notes(actor)).toEqual([`${id}: no-duty`]);
    expect(duty(actor, id)).toBeUndefined();
  });
});
