// The committee's monthly duties beside its meetings (CMTG-3), as the profile sets them.
//
// SH-36 (十六): "每月至少安排一次业主接待日，及时协调、解决业主反映的问题；主动参加居（村）党组织牵头的居（村）民委员会、
// 业主委员会、物业服务企业月度联席会议". CC 201: "开始的当日不计入"; CC 202: "按照年、月计算期间的，到期月的对应日
// 为期间的最后一日"; CC 203: "二十四时". Started 2026-03-02: the month runs 03-03 … 04-02.
import { beijing, dispatch, national } from '@jiayuan/core';
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

describe('BJ 45 ¶3: the agenda told to the residents’ committee five days before', () => {
  // "业主委员会应当在会议召开五日前将会议议题告知物业所在地的居民委员会，并听取意见和建议。" Told 03-10: the
  // five days are 03-11 … 03-15 (CC 201), and the meeting may be on 03-15, as the assembly's
  // "会议召开十五日前通知" is read.
  const bj = () => {
    const actor = startMeetings({ ...MEETINGS_INPUT, profile: beijing });
    send(
      actor,
      ev('NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE', 'committee-chair', D('2026-03-10T10:00:00'), {
        agenda: '议题',
      }),
    );
    send(
      actor,
      ev('CALL_MEETING', 'committee-chair', D('2026-03-11T10:00:00'), { kind: 'regular' }),
    );
    return actor;
  };
  const hold = (at: string) =>
    ev('HOLD_MEETING', 'committee-chair', D(at), { attended: ['o1', 'o2', 'o3'] });

  it('the profile sets five days, cited to BJ 45 ¶3', () => {
    expect(beijing.meetings.agendaNoticeToResidentsCommittee).toEqual({
      period: { days: 5 },
      cite: ['BJ-45-3'],
    });
  });

  it('held at 00:00:00 of 03-15: accepted; at 23:59:59 of 03-14: refused, coded and bilingual', () => {
    const early = bj();
    const r = dispatch(early, hold('2026-03-14T23:59:59'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.rule).toEqual({ id: 'agenda-noticed', citations: ['BJ-45-3'] });
      expect(r.rejection.details).toEqual({ period: { days: 5 }, lastDay: '2026-03-09' });
      expect(r.rejection.message['zh-CN']).toContain('5日前');
      expect(r.rejection.message.en).toContain('5 days before the meeting');
    }
    const onTime = bj();
    expect(dispatch(onTime, hold('2026-03-15T00:00:00')).ok).toBe(true);
  });

  it('a notice before the last meeting does not serve the next one', () => {
    const actor = bj();
    send(actor, hold('2026-03-15T10:00:00'));
    send(actor, ev('CLOSE_MEETING', 'committee-chair', D('2026-03-15T12:00:00')));
    send(
      actor,
      ev('CALL_MEETING', 'committee-chair', D('2026-04-20T10:00:00'), { kind: 'regular' }),
    );
    const r = dispatch(actor, hold('2026-04-25T10:00:00'));
    expect(r.ok || r.rejection.rule?.id).toBe('agenda-noticed');
  });

  it('shanghai asks nothing (SH 26 has no such notice): held without one', () => {
    const actor = startMeetings();
    send(
      actor,
      ev('CALL_MEETING', 'committee-chair', D('2026-03-11T10:00:00'), { kind: 'regular' }),
    );
    expect(dispatch(actor, hold('2026-03-12T10:00:00')).ok).toBe(true);
  });
});

describe('SH-36 (七): the seals kept by different members', () => {
  // "业主大会印章、业主委员会印章、业主大会财务专用章应由不同的业主委员会委员分别保管，并实行使用登记制度".
  const keep = (seal: string, memberId: string) =>
    ev('KEEP_SEAL', 'committee-chair', D('2026-03-05T10:00:00'), { seal, memberId });

  it('shanghai: a second seal to the same member is refused; to another member, kept', () => {
    const actor = startMeetings();
    send(actor, keep('assembly-seal', 'o1'));
    const r = dispatch(actor, keep('committee-seal', 'o1'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.rule).toEqual({ id: 'seal-keeper', citations: ['SH-36-7'] });
      expect(r.rejection.message['zh-CN']).toContain('分别保管');
    }
    send(actor, keep('committee-seal', 'o2'));
    // The same member keeps the same seal again: no second seal.
    send(actor, keep('assembly-seal', 'o1'));
    expect(notes(actor)).toEqual([
      'seal:assembly-seal:o1',
      'seal:committee-seal:o2',
      'seal:assembly-seal:o1',
    ]);
  });

  it('a keeper who is not a member is refused; beijing does not keep them apart', () => {
    const actor = startMeetings();
    expect(dispatch(actor, keep('assembly-seal', 'x9')).ok).toBe(false);
    const bj = startMeetings({ ...MEETINGS_INPUT, profile: beijing });
    send(bj, keep('assembly-seal', 'o1'));
    expect(dispatch(bj, keep('committee-seal', 'o1')).ok).toBe(true);
  });
});

describe('BJ 43 ¶4: the committee’s seal kept by the committee; the texts in force cited', () => {
  // BJ 43 ¶4: "业主委员会印章由业主委员会保管，需要使用业主委员会印章的，应当有业主委员会过半数委员签字".
  // BJ 38: "业主大会可以委托街道办事处、乡镇人民政府或者居民委员会、村民委员会代为保管业主大会印章" — the
  // assembly's seal may be kept outside the committee, and the Beijing text has no finance seal.
  const keep = (seal: string, memberId: string) =>
    ev('KEEP_SEAL', 'committee-chair', D('2026-03-05T10:00:00'), { seal, memberId });

  it('beijing: a non-member keeping the committee’s seal is refused, citing BJ 43 ¶4 only', () => {
    const bj = startMeetings({ ...MEETINGS_INPUT, profile: beijing });
    const r = dispatch(bj, keep('committee-seal', 'x9'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.code).toBe('rule-violated');
      expect(r.rejection.rule).toEqual({ id: 'seal-keeper', citations: ['BJ-43-4'] });
      expect(r.rejection.message.en).toContain('x9');
      expect(r.rejection.message['zh-CN']).toContain('x9');
    }
    // One member either side of the roll: o5 sits, x9 does not.
    send(bj, keep('committee-seal', 'o5'));
  });

  it('beijing: the assembly’s seal and the finance seal are not policed (BJ 38; no finance seal)', () => {
    const bj = startMeetings({ ...MEETINGS_INPUT, profile: beijing });
    send(bj, keep('assembly-seal', 'street-office'));
    send(bj, keep('assembly-finance-seal', 'x9'));
    expect(notes(bj)).toEqual([
      'seal:assembly-seal:street-office',
      'seal:assembly-finance-seal:x9',
    ]);
  });

  it('shanghai: the same refusal cites SH-36 (七), not BJ 43', () => {
    const r = dispatch(startMeetings(), keep('committee-seal', 'x9'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.rule).toEqual({ id: 'seal-keeper', citations: ['SH-36-7'] });
  });

  it('national: the texts name no seal keeper, so the rule does not apply', () => {
    const nat = startMeetings({ ...MEETINGS_INPUT, profile: national });
    send(nat, keep('committee-seal', 'x9'));
    expect(notes(nat)).toEqual(['seal:committee-seal:x9']);
  });
});

describe('SH-36 (六), SH 84: the committee’s secretary', () => {
  // SH-36 (六): "业主委员会可以配备秘书"; SH 84: "业委会秘书是由居民区党组织、居民委员会…选派的"，
  // "业委会秘书不是业主委员会成员，不参与业主委员会会议表决".
  const appoint = (personId: string, role = 'residents-committee') =>
    ev('APPOINT_SECRETARY', role, D('2026-03-05T10:00:00'), { personId });

  it('shanghai: the residents’ committee chooses a non-member; a member is refused', () => {
    const actor = startMeetings();
    const r = dispatch(actor, appoint('o3'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.rule?.id).toBe('secretary-chosen');
    send(actor, appoint('worker-1', 'residential-party-organisation'));
    expect(notes(actor)).toEqual(['secretary:worker-1']);
    // Not a member: the secretary counts toward no quorum.
    send(
      actor,
      ev('CALL_MEETING', 'committee-chair', D('2026-03-06T10:00:00'), { kind: 'regular' }),
    );
    const held = dispatch(
      actor,
      ev('HOLD_MEETING', 'committee-chair', D('2026-03-07T10:00:00'), {
        attended: ['o1', 'o2', 'worker-1'],
      }),
    );
    expect(held.ok).toBe(false);
  });

  it('beijing has no secretary: refused, coded and bilingual; the committee cannot choose one', () => {
    const bj = startMeetings({ ...MEETINGS_INPUT, profile: beijing });
    const r = dispatch(bj, appoint('worker-1'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.rule?.id).toBe('secretary-chosen');
      expect(r.rejection.message.en).toContain('beijing');
      expect(r.rejection.message['zh-CN']).toContain('未规定业委会秘书');
      // The Beijing regulation has no 秘书 at all: nothing to cite, and no Shanghai article either.
      expect(r.rejection.rule?.citations).toEqual([]);
    }
    expect(dispatch(startMeetings(), appoint('worker-1', 'committee')).ok).toBe(false);
  });
});
