// The committee files a change of the rules of procedure or the management statute that the
// assembly decided (RULES TERM-8, VOTE-19).
//
// SH 33: "业主委员会的名称、所辖区域范围、委员、业主大会议事规则和管理规约发生变更的，业主委员会应当在
// 三十日内向乡、镇人民政府或者街道办事处办理变更备案手续。"
// BJ 50: "业主委员会的名称、委员、业主大会议事规则和管理规约发生变更的，业主委员会或者物业管理委员会应当
// 在三十日内向街道办事处、乡镇人民政府办理变更备案手续。"
// PMR 16: "业主委员会应当自选举产生之日起30日内，向物业所在地的区、县人民政府房地产行政主管部门和街道
// 办事处、乡镇人民政府备案。" — the committee's election only: the national texts set no filing of a
// change of the rules, so under `national` there is no deadline and no filing step.
// CC 201 ¶1: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
import { beijing, national, type Profile, pendingDeadlines } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { RULES_FILING } from '../../src/index.js';
import { assemblyInvariants } from '../../src/testing/index.js';
import { CLOSES_AT, type Harness, OPENS_AT, sheetOf, start, verdict } from './support.js';

/** A meeting whose statute item passes (7 of 10 agree) or fails (3 agree, 4 disagree). */
function counted(passes = true, profile?: Profile): Harness {
  const h = start({}, undefined, profile);
  expect(verdict(h.call())).toBe('ok');
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  for (const [i, u] of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'].entries()) {
    const answer = passes || i < 3 ? 'agree' : 'disagree';
    expect(
      verdict(
        h.send('CAST_BALLOT', 'system', OPENS_AT, { sheet: sheetOf(u, { statute: answer }) }),
      ),
    ).toBe('ok');
  }
  expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  return h;
}

const file = (h: Harness, at: string, role = 'committee') =>
  h.send('FILE_RULES_CHANGE', role, at, { reference: '街道备案回执 2026-017' });

// The count at 2026-04-26 17:00 decides the statute; the 30 days run from 04-27 (CC 201) to
// 24:00 of 05-26.
const LAST_SECOND = '2026-05-26T23:59:59+08:00';
const NEXT_DAY = '2026-05-27T00:00:00+08:00';

describe('the filing of a changed statute (SH 33)', () => {
  it('starts at the count, due at 24:00 of the 30th day, citing SH 33', () => {
    const h = counted();
    const entry = h.actor.getSnapshot().context.deadlines[RULES_FILING];
    expect(entry?.status).toBe('pending');
    expect(entry?.cite).toEqual(['SH-33']);
    expect(entry?.due.trigger).toBe(CLOSES_AT);
    expect(Date.parse(entry?.due.dueAt ?? '')).toBe(Date.parse(NEXT_DAY));
    expect(entry?.title.en).toContain('30 days');
    expect(pendingDeadlines(h.actor.getSnapshot()).map((d) => d.id)).toContain(RULES_FILING);
  });

  it('is on time at 23:59:59 of the 30th day', () => {
    const h = counted();
    expect(verdict(file(h, LAST_SECOND))).toBe('ok');
    const { rulesFiling, deadlines } = h.actor.getSnapshot().context;
    expect(rulesFiling).toEqual({
      at: LAST_SECOND,
      by: 'committee-1',
      filer: 'committee',
      reference: '街道备案回执 2026-017',
      items: ['statute'],
      late: false,
      completion: null,
    });
    expect(deadlines[RULES_FILING]?.status).toBe('met');
    expect(h.emitted.at(-1)).toMatchObject({
      type: 'notify',
      to: ['street-office'],
      about: 'rules-change-filed',
    });
  });

  it('is recorded as late, not refused, one second later — and after a tick marked it missed', () => {
    const late = counted();
    expect(verdict(file(late, NEXT_DAY))).toBe('ok');
    expect(late.actor.getSnapshot().context.rulesFiling?.late).toBe(true);
    expect(late.actor.getSnapshot().context.deadlines[RULES_FILING]?.status).toBe('late');

    const missed = counted();
    expect(
      verdict(
        missed.send('POST_RESULTS', 'committee', '2026-04-27T10:00:00+08:00', {
          evidence: 'photo',
        }),
      ),
    ).toBe('ok');
    expect(verdict(missed.send('TICK', 'system', NEXT_DAY))).toBe('ok');
    expect(missed.actor.getSnapshot().context.deadlines[RULES_FILING]?.status).toBe('missed');
    expect(verdict(file(missed, '2026-06-10T10:00:00+08:00'))).toBe('ok');
    expect(missed.actor.getSnapshot().value).toBe('decided');
    expect(missed.actor.getSnapshot().context.rulesFiling?.late).toBe(true);
    expect(missed.emitted.at(-1)).toMatchObject({ about: 'rules-change-filed' });
  });

  it('is filed once, by the committee, and only when a rules item passed', () => {
    const h = counted();
    expect(verdict(file(h, LAST_SECOND, 'owner'))).toBe('not-permitted');
    expect(verdict(file(h, '2026-05-01T10:00:00+08:00'))).toBe('ok');
    const again = file(h, '2026-05-02T10:00:00+08:00');
    expect(verdict(again)).toBe('rule-violated:rules-filed-once');
    expect(!again.ok && again.rejection.message.en).toContain('already filed');
    expect(!again.ok && again.rejection.message['zh-CN']).toContain('已于');

    // 3 agree of 7: 3·2 = 6 ≤ 7, not 过半数 (CC 278 ¶2): the statute is unchanged, nothing to file.
    const failed = counted(false);
    expect(failed.actor.getSnapshot().context.decision?.outcomes[0]?.passed).toBe(false);
    expect(failed.actor.getSnapshot().context.deadlines[RULES_FILING]).toBeUndefined();
    const none = file(failed, '2026-05-01T10:00:00+08:00');
    expect(verdict(none)).toBe('rule-violated:rules-change-to-file');
    expect(!none.ok && none.rejection.rule?.citations).toEqual(['SH-33']);

    // Before the count there is nothing to file either.
    const early = start();
    early.call();
    expect(verdict(file(early, '2026-04-02T10:00:00+08:00'))).toBe('not-allowed-now');
  });
});

describe('the filing invariant', () => {
  const invariant = assemblyInvariants.find((i) => i.name.startsWith('a rules change is filed'))!;
  const check = (snapshot: unknown) =>
    invariant.check(snapshot as never, snapshot as never, {
      index: 0,
      input: null,
      result: undefined,
    });

  it('holds on a filing in time and a late one, and catches a wrong late flag or item list', () => {
    for (const at of [LAST_SECOND, NEXT_DAY]) {
      const h = counted();
      file(h, at);
      const snapshot = h.actor.getSnapshot();
      expect(check(snapshot)).toBe(true);
      const filing = snapshot.context.rulesFiling!;
      const flipped = {
        ...snapshot,
        context: { ...snapshot.context, rulesFiling: { ...filing, late: !filing.late } },
      };
      expect(check(flipped)).toMatch(/^late/);
      const other = {
        ...snapshot,
        context: { ...snapshot.context, rulesFiling: { ...filing, items: ['lift'] } },
      };
      expect(check(other)).toMatch(/^filed lift/);
    }
  });
});

describe('the filing under beijing and national', () => {
  it('beijing: BJ 50, the same 30 days', () => {
    const h = counted(true, beijing);
    expect(h.actor.getSnapshot().context.deadlines[RULES_FILING]?.cite).toEqual(['BJ-50']);
    expect(verdict(file(h, LAST_SECOND))).toBe('ok');
    expect(h.actor.getSnapshot().context.rulesFiling?.late).toBe(false);
    const again = file(h, NEXT_DAY);
    expect(!again.ok && again.rejection.rule?.citations).toEqual(['BJ-50']);
  });

  it('national: the texts are silent — no deadline, and the step is refused citing PMR 16', () => {
    const h = counted(true, national);
    expect(h.actor.getSnapshot().context.decision?.outcomes[0]?.passed).toBe(true);
    expect(h.actor.getSnapshot().context.deadlines[RULES_FILING]).toBeUndefined();
    const refused = file(h, LAST_SECOND);
    expect(verdict(refused)).toBe('rule-violated:rules-filing-in-profile');
    expect(!refused.ok && refused.rejection.rule?.citations).toEqual(['PMR-16']);
    expect(!refused.ok && refused.rejection.message['zh-CN']).toContain('未规定');
  });
});
