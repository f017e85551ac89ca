// Issue 18: under `beijing` each refusal of the assembly meeting cites the articles of the texts
// the profile follows, with its numbers, and names no Shanghai article; under `shanghai` the
// rule's own articles stand. Beside the property test over the catalogs, one direct case per rule.
// BJ 35 ¶2: "经百分之二十以上业主提议，业主委员会应当组织召开业主大会临时会议。"
// BJ 35 ¶4: "召开业主大会会议的，业主委员会应当于会议召开十五日前通知全体业主，将会议议题及其具体内容、
// 时间、地点、方式等在物业管理区域内显著位置公示".
// BJ 36: "业主委员会未按照规定召集业主大会会议的，业主可以请求物业所在地的街道办事处、乡镇人民政府责令限期
// 召集；逾期仍未召集的，由物业所在地的街道办事处、乡镇人民政府组织召集。"
// PMR 12 ¶2: "业主可以委托代理人参加业主大会会议。"
// BJ 35 ¶5: "业主大会会议不得就已公示议题以外的事项进行表决。"
import { beijing, type DispatchResult, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { CALL_AT, CLOSES_AT, ITEMS, OPENS_AT, START, start } from './meeting/support.js';

/** The rule, citations and message of a refusal, or 'ok'. */
const refusal = (r: DispatchResult) =>
  r.ok
    ? 'ok'
    : { rule: r.rejection.rule, en: r.rejection.message.en, zh: r.rejection.message['zh-CN'] };

const TIMEOUT = { timeout: 30_000 };

/** A call by the committee with its pre-call steps, voting from `opensAt` to `closesAt`. */
function call(h: ReturnType<typeof start>, opensAt = OPENS_AT, closesAt = CLOSES_AT, at = CALL_AT) {
  h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
  h.send(
    'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
    'committee',
    '2026-03-31T10:00:00+08:00',
    {
      meetingAt: opensAt,
      place: '会所',
      agenda: '修改管理规约；1号楼电梯维修',
    },
  );
  return h.send('CALL_ASSEMBLY', 'committee', at, {
    opensAt,
    closesAt,
    place: '会所',
    form: 'written-consultation',
    items: ITEMS,
  });
}

describe('the owners’ proposal of an interim meeting under beijing (BJ 35 ¶2)', () => {
  it('interim-only: BJ 35 ¶2 and PMR 13, not SH 25', TIMEOUT, () => {
    const r = start({}, undefined, beijing).send('PROPOSE_INTERIM', 'committee', START, {
      units: ['u1'],
    });
    expect(refusal(r)).toEqual({
      rule: { id: 'interim-only', citations: ['BJ-35-2', 'PMR-13'] },
      en: 'Only an interim meeting is called on the owners’ proposal.',
      zh: '只有临时会议依业主提议召开。',
    });
    // Under shanghai the rule's own article stands.
    const sh = start({}, undefined, shanghai).send('PROPOSE_INTERIM', 'committee', START, {
      units: ['u1'],
    });
    expect(!sh.ok && sh.rejection.rule).toEqual({ id: 'interim-only', citations: ['SH-25'] });
  });

  it('proposal-units: SPC 9 beside BJ 35 ¶2 and PMR 13', TIMEOUT, () => {
    const h = start({ kind: 'interim' }, undefined, beijing);
    const r = h.send('PROPOSE_INTERIM', 'owner', START, {
      by: { id: 'o-u1', role: 'owner' },
      units: ['u2'],
    });
    expect(refusal(r)).toEqual({
      rule: { id: 'proposal-units', citations: ['SPC-9', 'BJ-35-2', 'PMR-13'] },
      en: 'These units are not on the roll or not the proposer’s: u2.',
      zh: '以下专有部分不在业主名册中，或不属于提议人：u2。',
    });
  });

  it(
    'interim-proposers: 1 of 10 owners is short of 20%, 2 of 10 (exactly 1/5) suffice',
    TIMEOUT,
    () => {
      const h = start({ kind: 'interim' }, undefined, beijing);
      h.send('PROPOSE_INTERIM', 'owner', START, {
        by: { id: 'o-u1', role: 'owner' },
        units: ['u1'],
      });
      expect(refusal(call(h))).toEqual({
        rule: { id: 'interim-proposers', citations: ['PMR-13', 'BJ-35-2'] },
        en: 'An interim meeting needs the proposal of at least 1/5 of the owners; the proposal has 1/10.',
        zh: '召开临时会议须经1/5以上业主提议；现有提议1/10。',
      });
      h.send('PROPOSE_INTERIM', 'owner', '2026-03-31T12:00:00+08:00', {
        by: { id: 'o-u2', role: 'owner' },
        units: ['u2'],
      });
      expect(refusal(call(h))).toBe('ok');
    },
  );
});

describe('the notice and the voting window under beijing (BJ 35 ¶4)', () => {
  it('assembly-notice: voting opens 15 days after the notice, on 04-16, not 04-15', TIMEOUT, () => {
    // Notice on 04-01: counted from 04-02 (CC 201), the 15th day is 04-16.
    const early = call(start({}, undefined, beijing), '2026-04-15T23:59:59+08:00');
    expect(refusal(early)).toEqual({
      rule: { id: 'assembly-notice', citations: ['PMR-14', 'BJ-35-4'] },
      en: 'Owners are told 15 days ahead: voting may open no earlier than 2026-04-16.',
      zh: '应当提前15日通知全体业主：表决最早于2026-04-16开始。',
    });
    expect(refusal(call(start({}, undefined, beijing), '2026-04-16T00:00:00+08:00'))).toBe('ok');
  });

  it('voting-window: a window that closes as it opens is refused', TIMEOUT, () => {
    const r = call(start({}, undefined, beijing), OPENS_AT, OPENS_AT);
    expect(refusal(r)).toEqual({
      rule: { id: 'voting-window', citations: ['BJ-35-4', 'PMR-14'] },
      en: 'The voting window must end after it opens.',
      zh: '表决期的结束时间应晚于开始时间。',
    });
    const later = '2026-04-16T09:00:00.001+08:00';
    expect(refusal(call(start({}, undefined, beijing), OPENS_AT, later))).toBe('ok');
  });

  it('voting-opens: one millisecond before the noticed opening is refused', TIMEOUT, () => {
    const h = start({}, undefined, beijing);
    expect(refusal(call(h))).toBe('ok');
    const r = h.send('OPEN_VOTE', 'committee', '2026-04-16T08:59:59.999+08:00');
    expect(refusal(r)).toEqual({
      rule: { id: 'voting-opens', citations: ['PMR-14', 'BJ-35-4'] },
      en: `Voting opens as noticed, at ${OPENS_AT}.`,
      zh: `按通知于${OPENS_AT}开始表决。`,
    });
    expect(refusal(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  });

  it('close-after-window: one millisecond before the window’s end is refused', TIMEOUT, () => {
    const h = start({}, undefined, beijing);
    call(h);
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    const r = h.send('CLOSE_VOTE', 'committee', '2026-04-26T16:59:59.999+08:00');
    expect(refusal(r)).toEqual({
      rule: { id: 'close-after-window', citations: ['PMR-14', 'BJ-35-4'] },
      en: `Counting waits for the end of the window, ${CLOSES_AT}.`,
      zh: `表决期于${CLOSES_AT}届满后方可计票。`,
    });
    expect(refusal(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  });
});

describe('the street office’s order and call under beijing (BJ 36)', () => {
  const streetCall = (h: ReturnType<typeof start>, at: string) =>
    h.send('CALL_ASSEMBLY', 'street-office', at, {
      opensAt: '2026-06-01T09:00:00+08:00',
      closesAt: '2026-06-10T17:00:00+08:00',
      place: '街道',
      form: 'collective-discussion',
      items: ITEMS,
    });
  const ordered = (profile = beijing) => {
    const h = start({ kind: 'interim' }, undefined, profile);
    h.send('PROPOSE_INTERIM', 'committee', START, { units: ['u1', 'u2'] });
    h.send('ORDER_CALL', 'street-office', '2026-04-02T10:00:00+08:00', { period: { days: 10 } });
    return h;
  };

  it('order-once: BJ 36, and the period is set once', TIMEOUT, () => {
    const r = ordered().send('ORDER_CALL', 'street-office', '2026-04-03T10:00:00+08:00', {
      period: { days: 10 },
    });
    expect(refusal(r)).toEqual({
      rule: { id: 'order-once', citations: ['BJ-36'] },
      en: 'The street office has already set the committee a period to call the meeting.',
      zh: '街道办事处已责令业主委员会限期召开。',
    });
  });

  it(
    'caller-may-call: BJ 36 in the citations and the text, until 24:00 of the period’s last day',
    TIMEOUT,
    () => {
      const h = ordered();
      // Ordered 04-02 for 10 days: counted from 04-03, the period ends at 24:00 of 04-12.
      expect(refusal(streetCall(h, '2026-04-12T23:59:59.999+08:00'))).toEqual({
        rule: { id: 'caller-may-call', citations: ['BJ-36'] },
        en: 'The committee calls the assembly; the street office only after the committee missed the period it was given (Beijing Property Management Regulation art. 36), not street-office now.',
        zh: '业主大会会议由业主委员会召集；业主委员会逾期仍未召集的，街道办事处方可组织召集（《北京市物业管理条例》第三十六条），street-office此时不得召集。',
      });
      expect(refusal(streetCall(h, '2026-04-13T00:00:00+08:00'))).toBe('ok');
    },
  );

  it(
    'caller-may-call under shanghai keeps SH 25 ¶3; under national, silent, cites nothing and says so',
    TIMEOUT,
    () => {
      const sh = streetCall(ordered(shanghai), '2026-04-12T23:59:59.999+08:00');
      expect(refusal(sh)).toEqual({
        rule: { id: 'caller-may-call', citations: ['SH-25', 'SH-25-3'] },
        en: 'The committee calls the assembly; the street office only after the committee missed the period it was given (SH 25 ¶3), not street-office now.',
        zh: '业主大会会议由业主委员会召集；业主委员会逾期不召开的，街道办事处方可组织召开（上海条例第二十五条第三款），street-office此时不得召集。',
      });
      const nat = streetCall(ordered(national), '2026-04-12T23:59:59.999+08:00');
      expect(refusal(nat)).toEqual({
        rule: { id: 'caller-may-call', citations: [] },
        en: 'The texts the National profile follows are silent on the street office ordering or making the call; the period the street office set with ORDER_CALL decides. The committee calls the assembly; the street office only after the committee missed the period it was given, not street-office now.',
        zh: '全国配置所依据的文本未规定街道办事处责令限期召开或者组织召开业主大会会议；以街道办事处督促限期召开（ORDER_CALL）所定的期限为准。业主大会会议由业主委员会召集；业主委员会逾期仍未召集的，街道办事处方可组织召集，street-office此时不得召集。',
      });
    },
  );
});

describe('the sheet and the agenda under beijing', () => {
  it(
    'ballot-sender: PMR 12 ¶2 (a proxy), not SH 18 ¶3, in the citations and the text',
    TIMEOUT,
    () => {
      const h = start({}, undefined, beijing);
      call(h);
      h.send('OPEN_VOTE', 'committee', OPENS_AT);
      const sheet = (u: string) => ({
        id: `s-${u}`,
        unitId: u,
        castBy: `o-${u}`,
        channel: 'paper',
        at: '2026-04-18T10:00:00+08:00',
        answers: { statute: 'agree' },
      });
      const cast = (u: string) =>
        h.send('CAST_BALLOT', 'owner', '2026-04-18T10:00:00+08:00', {
          by: { id: 'o-u1', role: 'owner' },
          sheet: sheet(u),
        });
      expect(refusal(cast('u2'))).toEqual({
        rule: { id: 'ballot-sender', citations: ['PMR-12', 'PMR-12-2'] },
        en: "An owner sends only their own sheet, or one they send as the owner's proxy (Property Management Regulation art. 12(1), Property Management Regulation art. 12(2)).",
        zh: '业主只能投本人的表决票，或作为业主委托的代理人代为投票（《物业管理条例》第十二条第一款、《物业管理条例》第十二条第二款）。',
      });
      expect(refusal(cast('u1'))).toBe('ok');
    },
  );

  it(
    'agenda-parts: the Beijing texts are silent on a part’s decisions; the refusal cites nothing and says so',
    TIMEOUT,
    () => {
      const h = start({}, undefined, beijing);
      h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
      h.send(
        'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
        'committee',
        '2026-03-31T10:00:00+08:00',
        {
          meetingAt: OPENS_AT,
          place: '会所',
          agenda: '3号楼电梯维修',
        },
      );
      const r = h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
        opensAt: OPENS_AT,
        closesAt: CLOSES_AT,
        place: '会所',
        form: 'written-consultation',
        items: [{ id: 'lift3', kind: 'use-maintenance-fund', title: '3号楼电梯维修', part: 'B3' }],
      });
      expect(refusal(r)).toEqual({
        rule: { id: 'agenda-parts', citations: [] },
        en: 'The texts the Beijing profile follows are silent on decisions by the owners of one part of the complex; the parts the roll gives each unit decide who answers an item of a part. No unit of the roll belongs to part B3.',
        zh: '北京配置所依据的文本未规定部分业主就部分共用事项作出决定；由业主名册中各专有部分所属的部分确定哪些业主就该部分的议题表决。业主名册中没有属于部分共用部分B3的专有部分。',
      });
      // The roll's part B1 (u1–u5) answers an item of B1.
      expect(refusal(call(start({}, undefined, beijing)))).toBe('ok');
    },
  );
});

describe('sheet-valid under beijing: the channels, the notice and the noticed agenda (BJ 35 ¶3–5)', () => {
  const cast = (profile: typeof beijing, answers: Record<string, string>) => {
    const h = start({}, undefined, profile);
    call(h);
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    return h.send('CAST_BALLOT', 'owner', '2026-04-18T10:00:00+08:00', {
      by: { id: 'o-u1', role: 'owner' },
      sheet: {
        id: 's1',
        unitId: 'u1',
        castBy: 'o-u1',
        channel: 'paper',
        at: '2026-04-18T10:00:00+08:00',
        answers,
      },
    });
  };

  it(
    'an item not on the noticed agenda is refused citing BJ 35, not SH 18 or SH 69',
    TIMEOUT,
    () => {
      expect(refusal(cast(beijing, { nope: 'agree' }))).toEqual({
        rule: {
          id: 'sheet-valid',
          citations: ['CC-278-2', 'SPC-9', 'BJ-35-3', 'BJ-35-4', 'PMR-14', 'BJ-35-5'],
        },
        en: 'Item nope is not on the noticed agenda; no vote is taken on other matters.',
        zh: '议题nope不在已通知的议题之内，不得就议题以外的事项表决。',
      });
      expect(refusal(cast(beijing, { statute: 'agree' }))).toBe('ok');
    },
  );

  it(
    'under shanghai the rule’s own articles stand, and no Beijing one beside them',
    TIMEOUT,
    () => {
      const r = cast(shanghai, { nope: 'agree' });
      expect(!r.ok && r.rejection.rule).toEqual({
        id: 'sheet-valid',
        citations: ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SH-69', 'SPC-9'],
      });
    },
  );
});

describe('under national, silent on the street office’s order and on a part’s decisions', () => {
  it(
    'order-once and agenda-parts cite nothing and say the national texts are silent',
    TIMEOUT,
    () => {
      const h = start({ kind: 'interim' }, undefined, national);
      h.send('PROPOSE_INTERIM', 'committee', START, { units: ['u1', 'u2'] });
      h.send('ORDER_CALL', 'street-office', '2026-03-25T10:00:00+08:00', { period: { days: 10 } });
      const again = h.send('ORDER_CALL', 'street-office', '2026-03-26T10:00:00+08:00', {
        period: { days: 10 },
      });
      expect(refusal(again)).toEqual({
        rule: { id: 'order-once', citations: [] },
        en: 'The texts the National profile follows are silent on the street office ordering or making the call; the period the street office set with ORDER_CALL decides. The street office has already set the committee a period to call the meeting.',
        zh: '全国配置所依据的文本未规定街道办事处责令限期召开或者组织召开业主大会会议；以街道办事处督促限期召开（ORDER_CALL）所定的期限为准。街道办事处已责令业主委员会限期召开。',
      });
      const r = h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
        opensAt: OPENS_AT,
        closesAt: CLOSES_AT,
        place: '会所',
        form: 'written-consultation',
        items: [{ id: 'lift3', kind: 'use-maintenance-fund', title: '3号楼电梯维修', part: 'B3' }],
      });
      expect(!r.ok && r.rejection.rule).toEqual({ id: 'agenda-parts', citations: [] });
      expect(!r.ok && r.rejection.message.en).toBe(
        'The texts the National profile follows are silent on decisions by the owners of one part of the complex; the parts the roll gives each unit decide who answers an item of a part. No unit of the roll belongs to part B3.',
      );
    },
  );
});
