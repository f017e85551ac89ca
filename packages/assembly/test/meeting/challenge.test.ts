// An owner's court challenge of the assembly's decision, and the court's ruling.
//
// CC 280 ¶2: "业主大会或者业主委员会作出的决定侵害业主合法权益的，受侵害的业主可以请求人民法院予以撤销。"
// SPC 12: "…请求人民法院撤销该决定的，应当在知道或者应当知道业主大会或者业主委员会作出决定之日起一年内行使。"
// CC 202: "按照年、月计算期间的，到期月的对应日为期间的最后一日"; CC 203: "期间的最后一日的截止时间为二十四时".
// Counted 2026-04-26 17:00: the year runs 04-27 … 2027-04-26, to 24:00 of 2027-04-26.
import { describe, expect, it } from 'vitest';
import { ASSEMBLY_SNAPSHOT_VERSION, assemblyMigrations, REVOCATION } from '../../src/index.js';
import { CLOSES_AT, sheetOf, start, TEN, verdict } from './support.js';

const ctx = (h: ReturnType<typeof start>) => h.actor.getSnapshot().context;

/** Every owner agrees on both items (the lift only in building 1); counted at 04-26 17:00. */
function counted() {
  const h = start();
  expect(verdict(h.call())).toBe('ok');
  h.send('OPEN_VOTE', 'committee', '2026-04-16T09:00:00+08:00');
  for (const u of TEN) {
    const answers: Record<string, string> = { statute: 'agree' };
    if (u.parts?.includes('B1')) answers.lift = 'agree';
    h.send('CAST_BALLOT', 'owner', '2026-04-18T10:00:00+08:00', {
      by: { id: `o-${u.id}`, role: 'owner' },
      sheet: sheetOf(u.id, answers),
    });
  }
  expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  expect(ctx(h).deadlines[REVOCATION]?.due.lastDay).toBe('2027-04-26');
  return h;
}

const challenge = (h: ReturnType<typeof start>, at: string, items: string[] = []) =>
  h.send('CHALLENGE_DECISION', 'owner', at, {
    by: { id: 'o-u3', role: 'owner' },
    challengeId: 'case-1',
    items,
    grounds: '表决程序违法',
  });

describe('CC 280 ¶2, SPC 12: a challenge within the year', () => {
  it('filed at 23:59:59 of 2027-04-26: recorded', () => {
    const h = counted();
    h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', { evidence: 'board' });
    expect(verdict(challenge(h, '2027-04-26T23:59:59+08:00'))).toBe('ok');
    expect(ctx(h).challenges).toEqual([
      {
        id: 'case-1',
        filedAt: '2027-04-26T23:59:59+08:00',
        by: 'o-u3',
        items: [],
        grounds: '表决程序违法',
        ruling: null,
      },
    ]);
  });

  it('filed at 00:00:00 of 2027-04-27: refused, coded and bilingual, citing CC 280 ¶2 and SPC 12', () => {
    const h = counted();
    h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', { evidence: 'board' });
    const r = challenge(h, '2027-04-27T00:00:00+08:00');
    expect(verdict(r)).toBe('rule-violated:challenge-within-window');
    if (!r.ok) {
      expect(r.rejection.rule?.citations).toEqual(['CC-280-2', 'SPC-12']);
      expect(r.rejection.message.en).toContain('24:00 of 2027-04-26');
      expect(r.rejection.message['zh-CN']).toContain('2027-04-26二十四时');
    }
    expect(ctx(h).challenges).toEqual([]);
  });

  it('may come before the results are posted, and only from an owner', () => {
    const h = counted();
    expect(verdict(challenge(h, '2026-04-26T18:00:00+08:00'))).toBe('ok');
    const r = h.send('CHALLENGE_DECISION', 'committee', '2026-04-26T18:00:00+08:00', {
      challengeId: 'c2',
      grounds: 'x',
    });
    expect(r.ok).toBe(false);
  });
});

describe('the court’s ruling', () => {
  it('revoking the item named: the decision is marked revoked and the host told', () => {
    const h = counted();
    h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', { evidence: 'board' });
    challenge(h, '2026-06-01T10:00:00+08:00', ['lift']);
    const r = h.send('RECORD_COURT_RULING', 'system', '2027-09-01T10:00:00+08:00', {
      challengeId: 'case-1',
      outcome: 'revoked',
      judgment: '(2027)沪0106民初1号',
    });
    expect(verdict(r)).toBe('ok');
    expect(h.state()).toBe('revoked');
    expect(ctx(h).revocation).toEqual({
      at: '2027-09-01T10:00:00+08:00',
      by: 'court',
      challengeId: 'case-1',
      items: ['lift'],
      judgment: '(2027)沪0106民初1号',
    });
    expect(h.emitted.filter((e) => e.type === 'decision-revoked')).toEqual([
      {
        type: 'decision-revoked',
        meetingId: 'm1',
        at: '2027-09-01T10:00:00+08:00',
        items: ['lift'],
        judgment: '(2027)沪0106民初1号',
      },
    ]);
  });

  it('a pending challenge keeps the decision open past the year; dismissed, it then settles', () => {
    const h = counted();
    h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', { evidence: 'board' });
    challenge(h, '2027-04-20T10:00:00+08:00');
    h.send('TICK', 'system', '2027-04-27T00:00:00+08:00');
    expect(h.state()).toBe('decided');
    expect(
      verdict(
        h.send('RECORD_COURT_RULING', 'system', '2027-08-01T10:00:00+08:00', {
          challengeId: 'case-1',
          outcome: 'dismissed',
          judgment: 'j',
        }),
      ),
    ).toBe('ok');
    expect(ctx(h).revocation).toBeNull();
    h.send('TICK', 'system', '2027-08-01T10:00:01+08:00');
    expect(h.state()).toBe('settled');
  });

  it('a ruling on no open challenge is refused', () => {
    const h = counted();
    const r = h.send('RECORD_COURT_RULING', 'system', '2026-05-01T10:00:00+08:00', {
      challengeId: 'none',
      outcome: 'revoked',
      judgment: 'j',
    });
    expect(verdict(r)).toBe('rule-violated:challenge-awaits-ruling');
  });
});

describe('PMR 19 ¶2: the authority revokes a decision that breaks the law', () => {
  // "业主大会、业主委员会作出的决定违反法律、法规的，物业所在地的区、县人民政府房地产行政主管部门或者街道办事处、
  // 乡、镇人民政府，应当责令限期改正或者撤销其决定，并通告全体业主。" No window, no challenge.
  it('the street office revokes the item named: revoked, and the host told', () => {
    const h = counted();
    h.send('POST_RESULTS', 'committee', '2026-04-27T09:00:00+08:00', { evidence: 'board' });
    const r = h.send('AUTHORITY_REVOKES_DECISION', 'street-office', '2026-05-10T10:00:00+08:00', {
      items: ['lift'],
      reference: '街道撤销决定书 1 号',
    });
    expect(verdict(r)).toBe('ok');
    expect(h.state()).toBe('revoked');
    expect(ctx(h).revocation).toEqual({
      at: '2026-05-10T10:00:00+08:00',
      by: 'authority',
      challengeId: null,
      items: ['lift'],
      judgment: '街道撤销决定书 1 号',
    });
    expect(h.emitted.some((e) => e.type === 'decision-revoked')).toBe(true);
  });

  it('an owner or the committee cannot send it', () => {
    const h = counted();
    for (const role of ['owner', 'committee']) {
      expect(
        h.send('AUTHORITY_REVOKES_DECISION', role, '2026-05-10T10:00:00+08:00', { reference: 'r' })
          .ok,
      ).toBe(false);
    }
  });
});

describe('assembly snapshot version 2 → 3', () => {
  it('a meeting recorded at version 2 gets no challenges and stands', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(3);
    const snap = counted().actor.getPersistedSnapshot() as unknown as {
      context: Record<string, unknown>;
    };
    const { challenges: _c, revocation: _r, ...v2 } = snap.context;
    const up = assemblyMigrations[2]({ ...snap, context: v2 }) as typeof snap;
    expect(up.context.challenges).toEqual([]);
    expect(up.context.revocation).toBeNull();
  });
});
