// An election item on the meeting's ballot, from the call to the posted result.
// CC 278 ¶1: "下列事项由业主共同决定：……（三）选举业主委员会或者更换业主委员会成员".
// CC 278 ¶2: "……决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// SH 20 ¶1: "业主委员会由业主大会会议选举产生".
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../src/index.js';
import { CLOSES_AT, ITEMS, OPENS_AT, sheetOf, start, TEN, verdict } from './support.js';

const SUBSTITUTES: AgendaItem = {
  id: 'substitutes',
  kind: 'elect-committee',
  title: '补选业主委员会委员两名',
  election: {
    seats: 2,
    candidates: [
      { id: 'c1', name: '张三' },
      { id: 'c2', name: '李四' },
      { id: 'c3', name: '王五' },
    ],
  },
};

const ctx = (h: ReturnType<typeof start>) => h.actor.getSnapshot().context;

/** The verdict on a sheet, with the sheet issue's code when refused. */
const cast = (h: ReturnType<typeof start>, u: string, answers: Record<string, unknown>) => {
  const r = h.send('CAST_BALLOT', 'owner', '2026-04-18T10:00:00+08:00', {
    by: { id: `o-${u}`, role: 'owner' },
    sheet: sheetOf(u, answers as Record<string, string>),
  });
  return r.ok ? 'ok' : `${verdict(r)}/${String(r.rejection.details?.issue)}`;
};

describe('an election item at the meeting', () => {
  it('counts each candidate on the item’s answers, seats them, and posts names of candidates only', () => {
    const h = start();
    expect(verdict(h.call([...ITEMS, SUBSTITUTES]))).toBe('ok');
    expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
    // u1–u7 answer the election; u8–u10 answer the statute only (not counted in the election).
    TEN.forEach((u, i) => {
      const answers: Record<string, unknown> = { statute: 'agree' };
      if (i < 7) answers.substitutes = { approve: i < 5 ? ['c1', 'c2'] : ['c3'] };
      expect(cast(h, u.id, answers)).toBe('ok');
    });
    expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
    const outcome = ctx(h).decision?.outcomes.find((o) => o.itemId === 'substitutes');
    // 7 of 10 took part (2/3 and more); c1 and c2 5 of 7, c3 2 of 7.
    expect(outcome?.participation).toEqual({ headcount: 7, area: 70_000 });
    expect(outcome?.quorumMet).toBe(true);
    expect(outcome?.election?.elected).toEqual(['c1', 'c2']);
    expect(outcome?.election?.results.map((r) => [r.candidateId, r.passed])).toEqual([
      ['c1', true],
      ['c2', true],
      ['c3', false],
    ]);
    expect(outcome?.passed).toBe(true);
    expect(
      verdict(
        h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', { evidence: 'board' }),
      ),
    ).toBe('ok');
    const posted = h.emitted.find((e) => e.type === 'post' && e.about === 'assembly-results');
    const item =
      posted?.type === 'post' && posted.about === 'assembly-results'
        ? posted.results.find((r) => r.itemId === 'substitutes')
        : undefined;
    expect(item?.election?.candidates.map((c) => [c.name, c.elected, c.counts.agree])).toEqual([
      ['张三', true, { headcount: 5, area: 50_000 }],
      ['李四', true, { headcount: 5, area: 50_000 }],
      ['王五', false, { headcount: 2, area: 20_000 }],
    ]);
    expect(item?.voters.map((v) => v.room)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
    // Voters by room and area only: no owner id reaches the posting.
    expect(JSON.stringify(posted)).not.toMatch(/o-u\d/);
  });

  it('refuses the call of an election item with 0 seats, more seats than candidates, or a candidate twice', () => {
    const bad = (election: AgendaItem['election']) => {
      const h = start();
      const r = h.call([...ITEMS, { ...SUBSTITUTES, election }]);
      return r.ok
        ? 'ok'
        : [verdict(r), r.rejection.details?.issue, r.rejection.message['zh-CN'].length > 0];
    };
    const three = SUBSTITUTES.election!.candidates;
    expect(bad({ seats: 0, candidates: three })).toEqual([
      'rule-violated:election-items',
      'election-no-seats',
      true,
    ]);
    expect(bad({ seats: 4, candidates: three })).toEqual([
      'rule-violated:election-items',
      'election-seats-exceed-candidates',
      true,
    ]);
    expect(bad({ seats: 3, candidates: three })).toBe('ok');
    expect(bad({ seats: 1, candidates: [...three, three[0]!] })).toEqual([
      'rule-violated:election-items',
      'election-duplicate-candidate',
      true,
    ]);
  });

  it('refuses a sheet choosing more candidates than seats, or one not standing', () => {
    const h = start();
    expect(verdict(h.call([...ITEMS, SUBSTITUTES]))).toBe('ok');
    expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
    expect(cast(h, 'u1', { substitutes: { approve: ['c1', 'c2', 'c3'] } })).toBe(
      'rule-violated:sheet-valid/too-many-candidates',
    );
    expect(cast(h, 'u1', { substitutes: { approve: ['c9'] } })).toBe(
      'rule-violated:sheet-valid/unknown-candidate',
    );
    expect(cast(h, 'u1', { substitutes: { approve: ['c1', 'c2'] } })).toBe('ok');
  });

  it('counts a candidate on the answers a change of ownership leaves standing (CC 214, CC 273 ¶2)', () => {
    // CC 214: "不动产物权的设立、变更、转让和消灭，……自记载于不动产登记簿时发生效力".
    const h = start();
    expect(verdict(h.call([SUBSTITUTES]))).toBe('ok');
    expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
    // u1–u6 choose c1 on 04-18; u7 is sold to n-7 on 04-19 before its owner answered.
    for (const u of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']) {
      expect(cast(h, u, { substitutes: { approve: ['c1'] } })).toBe('ok');
    }
    const transfer = (unitId: string, from: string, to: string) =>
      verdict(
        h.send('RECORD_TRANSFER', 'system', '2026-04-19T12:00:00+08:00', {
          unitId,
          from: [from],
          to: [to],
          registeredAt: '2026-04-19T09:00:00+08:00',
        }),
      );
    expect(transfer('u7', 'o-u7', 'n-7')).toBe('ok');
    // u1 was sold too, after its owner answered: that answer stands.
    expect(transfer('u1', 'o-u1', 'n-1')).toBe('ok');
    const after = (unitId: string, castBy: string, answers: Record<string, unknown>) => {
      const r = h.send('CAST_BALLOT', 'system', '2026-04-20T10:00:00+08:00', {
        sheet: {
          ...sheetOf(unitId, answers as Record<string, string>, '2026-04-20T10:00:00+08:00'),
          castBy,
        },
      });
      return r.ok ? 'ok' : String(r.rejection.details?.issue);
    };
    expect(after('u7', 'n-7', { substitutes: { approve: ['c2'] } })).toBe('ok');
    expect(after('u1', 'n-1', { substitutes: { approve: ['c2'] } })).toBe(
      'unit-voted-before-transfer',
    );
    // u8's old owner chooses c3 on 04-20, but u8 had passed to n-8 on 04-19 09:00, recorded only
    // on 04-21: the answer is taken out of the item, and so out of every candidate's count.
    expect(after('u8', 'o-u8', { substitutes: { approve: ['c3'] } })).toBe('ok');
    expect(
      verdict(
        h.send('RECORD_TRANSFER', 'system', '2026-04-21T12:00:00+08:00', {
          unitId: 'u8',
          from: ['o-u8'],
          to: ['n-8'],
          registeredAt: '2026-04-19T09:00:00+08:00',
        }),
      ),
    ).toBe('ok');
    expect(ctx(h).ballots?.voided.map((v) => [v.itemId, v.unitId])).toEqual([
      ['substitutes', 'u8'],
    ]);
    expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
    const outcome = ctx(h).decision?.outcomes[0];
    // 7 of 10 take part: c1 6 (u1's old owner's answer stands), c2 1 (the new owner of u7),
    // c3 none (u8's answer taken out).
    expect(outcome?.participation.headcount).toBe(7);
    expect(outcome?.election?.results.map((r) => [r.candidateId, r.agreeHeadcount])).toEqual([
      ['c1', 6],
      ['c2', 1],
      ['c3', 0],
    ]);
    expect(outcome?.election?.elected).toEqual(['c1']);
  });
});
