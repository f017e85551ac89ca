// The assembly meeting: call, notice, voting, count, posting and the revocation window.
// SH 25: "业主大会会议分为定期会议和临时会议。…经百分之二十以上业主提议，业主委员会应当组织召开业主大会临时会议。
// 召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程书面通知所在地房管机构、居民委员会…
// 业主委员会不依法组织召开业主大会会议的，乡、镇人民政府或者街道办事处应当督促其限期召开；逾期不召开的，
// 乡、镇人民政府或者街道办事处可以应业主要求组织召开业主大会会议。"
import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { CALL_ORDER, RESULT_POSTING, REVOCATION } from '../../src/index.js';
import {
  CALL_AT,
  CLOSES_AT,
  ITEMS,
  OPENS_AT,
  START,
  sheetOf,
  start,
  TEN,
  verdict,
} from './support.js';

const ctx = (h: ReturnType<typeof start>) => h.actor.getSnapshot().context;

function voteAll(h: ReturnType<typeof start>) {
  expect(verdict(h.call())).toBe('ok');
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  for (const u of TEN) {
    const answers: Record<string, string> = { statute: 'agree' };
    if (u.parts?.includes('B1')) answers.lift = 'agree';
    expect(
      verdict(
        h.send('CAST_BALLOT', 'owner', '2026-04-18T10:00:00+08:00', {
          by: { id: `o-${u.id}`, role: 'owner' },
          sheet: sheetOf(u.id, answers),
        }),
      ),
    ).toBe('ok');
  }
}

describe('a regular meeting from the call to the end of the revocation window', () => {
  it('decides each item, posts the results by room and area, and binds after one calendar year', () => {
    const h = start();
    voteAll(h);
    expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
    expect(h.state()).toBe('counted');
    const outcomes = ctx(h).decision?.outcomes;
    expect(outcomes?.map((o) => [o.itemId, o.passed, o.electorate.headcount])).toEqual([
      ['statute', true, 10],
      ['lift', true, 5],
    ]);
    // Shanghai sets no posting period (SH 27 "及时"): no deadline is started.
    expect(ctx(h).deadlines[RESULT_POSTING]).toBeUndefined();
    expect(
      verdict(
        h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', {
          evidence: 'board-0427',
        }),
      ),
    ).toBe('ok');
    const posted = h.emitted.find((e) => e.type === 'post' && e.about === 'assembly-results');
    expect(
      posted?.type === 'post' && posted.about === 'assembly-results' && posted.results[1]?.voters,
    ).toEqual(
      ['u1', 'u2', 'u3', 'u4', 'u5'].map((room) => ({ building: '1', room, area: 10_000 })),
    );
    // Rooms and areas only: no owner id reaches the posting.
    expect(JSON.stringify(posted)).not.toMatch(/o-u\d/);
    // SPC 12 "自知道或者应当知道业主大会或者业主委员会作出决定之日起一年内行使": counted 2026-04-26,
    // the year ends at 24:00 of 2027-04-26 (CC 202: the corresponding day), not 365 days later.
    expect(ctx(h).deadlines[REVOCATION]?.due.lastDay).toBe('2027-04-26');
    expect(verdict(h.send('TICK', 'system', '2027-04-26T23:59:59.999+08:00'))).toBe('ok');
    expect(h.state()).toBe('decided');
    expect(verdict(h.send('TICK', 'system', '2027-04-27T00:00:00+08:00'))).toBe('ok');
    expect(h.state()).toBe('settled');
  });

  it('counts the year by the calendar across a leap day: 2027-03-01 → 2028-03-01', () => {
    const h = start({ startedAt: START });
    voteAll(h);
    expect(verdict(h.send('CLOSE_VOTE', 'committee', '2027-03-01T10:00:00+08:00'))).toBe('ok');
    // 365 days after 2027-03-01 is 2028-02-29; one year is 2028-03-01.
    expect(ctx(h).deadlines[REVOCATION]?.due.lastDay).toBe('2028-03-01');
  });

  it('posts within Beijing’s three days (BJ 37 ¶2 "自作出之日起三日内"): 04-29 is the last day', () => {
    const h = start({}, TEN, PROFILES.beijing);
    voteAll(h);
    h.send('CLOSE_VOTE', 'committee', CLOSES_AT);
    expect(ctx(h).deadlines[RESULT_POSTING]?.due.lastDay).toBe('2026-04-29');
    h.send('TICK', 'system', '2026-04-30T00:00:00+08:00');
    expect(ctx(h).deadlines[RESULT_POSTING]?.status).toBe('missed');
  });
});

describe('before the call (VOTE-15, SH 25 ¶2, PMR 14)', () => {
  const call = (h: ReturnType<typeof start>, items = ITEMS, opensAt = OPENS_AT) =>
    h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
      opensAt,
      closesAt: CLOSES_AT,
      place: '会所',
      form: 'collective-discussion',
      items,
    });
  const notify = (h: ReturnType<typeof start>) =>
    h.send(
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'committee',
      '2026-03-31T10:00:00+08:00',
      {
        meetingAt: OPENS_AT,
        place: '会所',
        agenda: 'a',
      },
    );

  it('refuses the committee’s call on a major matter without the report to the party organisation', () => {
    const h = start();
    notify(h);
    expect(verdict(call(h))).toBe('rule-violated:party-report');
    // Electing members is not among SH-36 (十六)'s major matters; a fee change marked major is.
    const elect = [{ id: 'e', kind: 'elect-committee' as const, title: '补选委员' }];
    expect(verdict(call(start(), elect))).toBe('rule-violated:authorities-notified');
    const h2 = start();
    notify(h2);
    expect(verdict(call(h2, elect))).toBe('ok');
    const h3 = start();
    notify(h3);
    expect(verdict(call(h3, [{ ...elect[0]!, kind: 'other-major', major: true }]))).toBe(
      'rule-violated:party-report',
    );
  });

  it('refuses a call without the written notice to the housing office and residents’ committee', () => {
    const h = start();
    h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
    expect(verdict(call(h))).toBe('rule-violated:authorities-notified');
  });

  it('needs 15 days’ notice: voting may open on 04-16 after a call on 04-01, not on 04-15', () => {
    const ready = () => {
      const h = start();
      h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
      notify(h);
      return h;
    };
    const short = call(ready(), ITEMS, '2026-04-15T23:59:59+08:00');
    expect(verdict(short)).toBe('rule-violated:assembly-notice');
    expect(!short.ok && short.rejection.message.en).toMatch(/2026-04-16/);
    expect(verdict(call(ready(), ITEMS, '2026-04-16T00:00:00+08:00'))).toBe('ok');
  });

  it('refuses a part no unit belongs to, and a window that ends before it opens', () => {
    const h = start();
    h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
    notify(h);
    expect(verdict(call(h, [{ id: 'x', kind: 'other-major', title: 'x', part: 'B9' }]))).toBe(
      'rule-violated:agenda-parts',
    );
    const r = h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
      opensAt: OPENS_AT,
      closesAt: OPENS_AT,
      place: '会所',
      form: 'collective-discussion',
      items: ITEMS,
    });
    expect(verdict(r)).toBe('rule-violated:voting-window');
  });
});

describe('an interim meeting (SH 25 ¶1: 百分之二十以上业主提议)', () => {
  it('is called with 2 of 10 owners proposing (exactly 1/5), not with 1', () => {
    const h = start({ kind: 'interim' });
    expect(
      verdict(
        h.send('PROPOSE_INTERIM', 'owner', START, {
          by: { id: 'o-u1', role: 'owner' },
          units: ['u1'],
        }),
      ),
    ).toBe('ok');
    expect(verdict(h.call())).toBe('rule-violated:interim-proposers');
    expect(
      verdict(
        h.send('PROPOSE_INTERIM', 'committee', '2026-03-31T12:00:00+08:00', { units: ['u2'] }),
      ),
    ).toBe('ok');
    expect(ctx(h).proposal?.units).toEqual(['u1', 'u2']);
    expect(verdict(h.call())).toBe('ok');
  });

  it('needs 3 of 11 owners: 2/11 is short of 1/5', () => {
    const eleven = [...TEN, { id: 'u11', area: 10_000 }];
    const h = start({ kind: 'interim' }, eleven);
    h.send('PROPOSE_INTERIM', 'committee', START, { units: ['u1', 'u2'] });
    expect(verdict(h.call())).toBe('rule-violated:interim-proposers');
    h.send('PROPOSE_INTERIM', 'committee', '2026-03-31T12:00:00+08:00', { units: ['u3'] });
    expect(
      verdict(
        h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
          opensAt: OPENS_AT,
          closesAt: CLOSES_AT,
          place: '会所',
          form: 'collective-discussion',
          items: ITEMS,
        }),
      ),
    ).toBe('ok');
  });

  it('refuses a proposal for a regular meeting, and an owner signing for another’s unit', () => {
    expect(verdict(start().send('PROPOSE_INTERIM', 'committee', START, { units: ['u1'] }))).toBe(
      'rule-violated:interim-only',
    );
    const h = start({ kind: 'interim' });
    expect(
      verdict(
        h.send('PROPOSE_INTERIM', 'owner', START, {
          by: { id: 'o-u1', role: 'owner' },
          units: ['u2'],
        }),
      ),
    ).toBe('rule-violated:proposal-units');
    expect(verdict(h.send('PROPOSE_INTERIM', 'committee', START, { units: ['nope'] }))).toBe(
      'rule-violated:proposal-units',
    );
  });

  it('lets the street office call once the committee let the ordered period run out (SH 25 ¶3)', () => {
    const h = start({ kind: 'interim' });
    h.send('PROPOSE_INTERIM', 'committee', START, { units: ['u1', 'u2'] });
    const streetCall = (at: string) =>
      h.send('CALL_ASSEMBLY', 'street-office', at, {
        opensAt: '2026-06-01T09:00:00+08:00',
        closesAt: '2026-06-10T17:00:00+08:00',
        place: '街道',
        form: 'collective-discussion',
        items: ITEMS,
      });
    expect(verdict(streetCall('2026-04-02T10:00:00+08:00'))).toBe('rule-violated:caller-may-call');
    expect(
      verdict(
        h.send('ORDER_CALL', 'street-office', '2026-04-02T10:00:00+08:00', {
          period: { days: 10 },
        }),
      ),
    ).toBe('ok');
    expect(
      verdict(
        h.send('ORDER_CALL', 'street-office', '2026-04-03T10:00:00+08:00', {
          period: { days: 10 },
        }),
      ),
    ).toBe('rule-violated:order-once');
    // The period runs to 24:00 of 04-12.
    expect(ctx(h).deadlines[CALL_ORDER]?.due.dueAt).toBe('2026-04-12T16:00:00.000Z');
    expect(verdict(streetCall('2026-04-12T23:59:59.999+08:00'))).toBe(
      'rule-violated:caller-may-call',
    );
    // Without the party report: the street office is not held to it.
    expect(verdict(streetCall('2026-04-13T00:00:00+08:00'))).toBe('ok');
    expect(ctx(h).call?.role).toBe('street-office');
    expect(ctx(h).deadlines[CALL_ORDER]?.status).toBe('late');
  });

  it('settles the order as met when the committee calls in time', () => {
    const h = start({ kind: 'interim' });
    h.send('PROPOSE_INTERIM', 'committee', START, { units: ['u1', 'u2'] });
    h.send('ORDER_CALL', 'street-office', '2026-03-25T10:00:00+08:00', { period: { days: 10 } });
    expect(verdict(h.call())).toBe('ok');
    expect(ctx(h).deadlines[CALL_ORDER]?.status).toBe('met');
  });

  it('refuses an order before enough owners proposed an interim meeting', () => {
    const h = start({ kind: 'interim' });
    expect(verdict(h.send('ORDER_CALL', 'street-office', START, { period: { days: 10 } }))).toBe(
      'rule-violated:interim-proposers',
    );
  });
});

describe('voting and the count', () => {
  const opened = (o = {}) => {
    const h = start(o);
    h.call();
    return h;
  };

  it('opens as noticed, not one millisecond earlier', () => {
    const h = opened();
    expect(verdict(h.send('OPEN_VOTE', 'committee', '2026-04-16T08:59:59.999+08:00'))).toBe(
      'rule-violated:voting-opens',
    );
    expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  });

  it('refuses a sheet answering a part item from outside the part, and another owner’s sheet', () => {
    const h = opened();
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    const outside = h.send('CAST_BALLOT', 'committee', '2026-04-18T10:00:00+08:00', {
      sheet: sheetOf('u6', { statute: 'agree', lift: 'agree' }),
    });
    expect(verdict(outside)).toBe('rule-violated:sheet-valid');
    expect(!outside.ok && outside.rejection.details).toMatchObject({
      issue: 'item-refused',
      item: 'lift',
      ballot: 'unit-excluded',
    });
    const other = h.send('CAST_BALLOT', 'owner', '2026-04-18T10:00:00+08:00', {
      by: { id: 'o-u7', role: 'owner' },
      sheet: sheetOf('u6', { statute: 'agree' }),
    });
    expect(verdict(other)).toBe('rule-violated:ballot-sender');
    expect(ctx(h).ballots?.sheets).toEqual([]);
  });

  it('takes an electronic sheet only once the assembly adopted e-voting (VOTE-14)', () => {
    const electronic = { channel: 'electronic' };
    const h = opened();
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    const refused = h.send('CAST_BALLOT', 'system', '2026-04-18T10:00:00+08:00', {
      sheet: sheetOf('u1', { statute: 'agree' }, undefined, electronic),
    });
    expect(!refused.ok && refused.rejection.details).toMatchObject({
      ballot: 'channel-not-allowed',
    });
    const h2 = opened({ electronicAdopted: true });
    h2.send('OPEN_VOTE', 'committee', OPENS_AT);
    expect(
      verdict(
        h2.send('CAST_BALLOT', 'system', '2026-04-18T10:00:00+08:00', {
          sheet: sheetOf('u1', { statute: 'agree' }, undefined, electronic),
        }),
      ),
    ).toBe('ok');
  });

  it('counts only after the window', () => {
    const h = opened();
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    expect(verdict(h.send('CLOSE_VOTE', 'committee', '2026-04-26T16:59:59.999+08:00'))).toBe(
      'rule-violated:close-after-window',
    );
    expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
    // Nobody voted: both items fail their quorum.
    expect(ctx(h).decision?.outcomes.map((o) => o.quorumMet)).toEqual([false, false]);
  });
});

describe('the re-election freeze (SH 28 ¶4)', () => {
  // SH 28 ¶4: "自换届改选小组产生至新一届业主委员会选举产生期间，业主委员会不得组织召开业主大会会议对下列事项
  // 作出决定：（一）选聘、解聘物业服务企业；（二）调整物业收费标准；（三）除管理规约规定情形之外的物业维修、
  // 更新、改造等重大事项；（四）其他重大事项。"
  const ready = () => {
    const h = start();
    h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
    h.send(
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'committee',
      '2026-03-31T10:00:00+08:00',
      {
        meetingAt: OPENS_AT,
        place: '会所',
        agenda: 'a',
      },
    );
    return h;
  };
  const callWith = (h: ReturnType<typeof start>, items: unknown[]) =>
    h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
      opensAt: OPENS_AT,
      closesAt: CLOSES_AT,
      place: '会所',
      form: 'collective-discussion',
      items,
    });
  const fee = { id: 'fee', kind: 'other-major', title: '调整物业费', freezeMatter: 'fee-change' };
  const substitutes = { id: 'subs', kind: 'elect-committee', title: '补选委员' };

  it('blocks the committee’s call on a frozen item and lets an agenda without one through', () => {
    const h = ready();
    expect(verdict(h.send('FREEZE.START', 'street-office', '2026-03-31T12:00:00+08:00'))).toBe(
      'ok',
    );
    const blocked = callWith(h, [fee, ...ITEMS, substitutes]);
    expect(verdict(blocked)).toBe('rule-violated:freeze');
    expect(!blocked.ok && blocked.rejection.details).toEqual({ items: ['fee', 'statute', 'lift'] });
    expect(!blocked.ok && blocked.rejection.message['zh-CN']).toMatch(/第二十八条第四款/);
    expect(verdict(callWith(h, [substitutes]))).toBe('ok');
  });

  it('lets the call through once the new committee is elected, and under a profile without a freeze', () => {
    const h = ready();
    h.send('FREEZE.START', 'street-office', '2026-03-31T12:00:00+08:00');
    h.send('FREEZE.END', 'system', '2026-03-31T18:00:00+08:00');
    expect(verdict(callWith(h, [fee]))).toBe('ok');
    // Beijing's regulation sets no freeze (profile term.freeze is empty).
    const bj = start({}, TEN, PROFILES.beijing);
    bj.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
    bj.send(
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'committee',
      '2026-03-31T10:00:00+08:00',
      {
        meetingAt: OPENS_AT,
        place: '会所',
        agenda: 'a',
      },
    );
    bj.send('FREEZE.START', 'street-office', '2026-03-31T12:00:00+08:00');
    expect(verdict(callWith(bj, [fee]))).toBe('ok');
  });

  it('holds the count of a committee’s meeting on frozen items until the freeze ends', () => {
    const h = ready();
    expect(verdict(callWith(h, [fee, substitutes]))).toBe('ok');
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    h.send('FREEZE.START', 'system', '2026-04-20T09:00:00+08:00');
    const held = h.send('CLOSE_VOTE', 'committee', CLOSES_AT);
    expect(verdict(held)).toBe('rule-violated:freeze-at-count');
    expect(!held.ok && held.rejection.details).toEqual({ items: ['fee'] });
    h.send('FREEZE.END', 'system', '2026-04-27T09:00:00+08:00');
    expect(verdict(h.send('CLOSE_VOTE', 'committee', '2026-04-27T10:00:00+08:00'))).toBe('ok');
    // A meeting on substitutes only is counted during the freeze.
    const subs = ready();
    callWith(subs, [substitutes]);
    subs.send('OPEN_VOTE', 'committee', OPENS_AT);
    subs.send('FREEZE.START', 'system', '2026-04-20T09:00:00+08:00');
    expect(verdict(subs.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  });
});
