// Issue 18: under `beijing` each refusal of the assembly meeting cites the articles of the texts
// the profile follows, with its numbers, and names no Shanghai article; under `shanghai` the
// rule's own articles stand. Beside the property test over the catalogs, one direct case per rule.
// BJ 35 ¶2: "经百分之二十以上业主提议，业主委员会应当组织召开业主大会临时会议。"
// BJ 35 ¶4: "召开业主大会会议的，业主委员会应当于会议召开十五日前通知全体业主，将会议议题及其具体内容、
// 时间、地点、方式等在物业管理区域内显著位置公示".
import { beijing, type DispatchResult, shanghai } from '@jiayuan/core';
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
