// The street office completes the filing of a rules change (RULES FORM-12, TERM-8, VOTE-19), and
// who may file it.
//
// SH 33: "业主委员会的名称、所辖区域范围、委员、业主大会议事规则和管理规约发生变更的，业主委员会应当在
// 三十日内向乡、镇人民政府或者街道办事处办理变更备案手续。"
// SH 34: "按照本规定第二十三条、第二十九条、第三十三条规定，乡、镇人民政府或者街道办事处受理业主委员会
// 备案后，应当在二十日内完成备案手续，并将备案资料抄送区房屋行政管理部门。"
// BJ 50: "业主委员会的名称、委员、业主大会议事规则和管理规约发生变更的，业主委员会或者物业管理委员会应当
// 在三十日内向街道办事处、乡镇人民政府办理变更备案手续。" — the stand-in may file; no period for the
// office, no copy.
// BJ 54 ¶2: "物业管理委员会主任由居民委员会、村民委员会代表担任" — the stand-in acts through the
// residents' committee.
// CC 201 ¶1: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
import { beijing, national, type Profile, pendingDeadlines, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { RULES_FILING, RULES_FILING_COMPLETION } from '../../src/index.js';
import { assemblyInvariants } from '../../src/testing/index.js';
import { CLOSES_AT, type Harness, OPENS_AT, sheetOf, start, verdict } from './support.js';

/** A meeting whose statute item passed (7 of 10 agree, 2/3 以上 take part). */
function counted(profile?: Profile): Harness {
  const h = start({}, undefined, profile);
  expect(verdict(h.call())).toBe('ok');
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  for (const u of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']) {
    const sheet = sheetOf(u, { statute: 'agree' });
    expect(verdict(h.send('CAST_BALLOT', 'system', OPENS_AT, { sheet }))).toBe('ok');
  }
  expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  return h;
}

// Filed at 2026-05-06 10:00: the 20 days run from 05-07 (CC 201) to 24:00 of 05-26.
const FILED_AT = '2026-05-06T10:00:00+08:00';
const LAST_SECOND = '2026-05-26T23:59:59+08:00';
const NEXT_DAY = '2026-05-27T00:00:00+08:00';
const ONE_SECOND_LATER = '2026-05-27T00:00:01+08:00';

const file = (h: Harness, role = 'committee', at = FILED_AT) =>
  h.send('FILE_RULES_CHANGE', role, at, { reference: '街道备案回执 2026-017' });
const complete = (h: Harness, at: string, role = 'street-office') =>
  h.send('COMPLETE_RULES_FILING', role, at, { reference: '备案证明 2026-041' });

/** A filed meeting under shanghai. */
function filed(): Harness {
  const h = counted();
  expect(verdict(file(h))).toBe('ok');
  return h;
}

describe("the street office's completion under shanghai (SH 34)", () => {
  it('starts at the filing, due at 24:00 of the 20th day, citing SH 34', () => {
    const h = filed();
    const { deadlines } = h.actor.getSnapshot().context;
    const entry = deadlines[RULES_FILING_COMPLETION];
    expect(entry?.status).toBe('pending');
    expect(entry?.cite).toEqual(['SH-34']);
    expect(entry?.due.trigger).toBe(FILED_AT);
    expect(Date.parse(entry?.due.dueAt ?? '')).toBe(Date.parse(NEXT_DAY));
    expect(entry?.title.en).toContain('20 days');
    expect(entry?.title['zh-CN']).toContain('20日内');
    expect(deadlines[RULES_FILING]?.status).toBe('met');
    expect(pendingDeadlines(h.actor.getSnapshot()).map((d) => d.id)).toContain(
      RULES_FILING_COMPLETION,
    );
    // No completion deadline before the filing.
    expect(
      counted().actor.getSnapshot().context.deadlines[RULES_FILING_COMPLETION],
    ).toBeUndefined();
  });

  it('is on time at 23:59:59 of the 20th day, and the papers are copied to the district', () => {
    const h = filed();
    const before = h.emitted.length;
    expect(verdict(complete(h, LAST_SECOND))).toBe('ok');
    const { rulesFiling, deadlines } = h.actor.getSnapshot().context;
    expect(rulesFiling?.completion).toEqual({
      at: LAST_SECOND,
      by: 'street-office-1',
      reference: '备案证明 2026-041',
      late: false,
      copiedToDistrict: true,
    });
    expect(deadlines[RULES_FILING_COMPLETION]?.status).toBe('met');
    expect(h.emitted.slice(before)).toMatchObject([
      { type: 'notify', to: ['committee'], about: 'rules-filing-completed', at: LAST_SECOND },
      { type: 'notify', to: ['district-housing-bureau'], about: 'rules-filing-copied' },
    ]);
  });

  it('is recorded as late, not refused, at 00:00:00 after — and one second later', () => {
    for (const at of [NEXT_DAY, ONE_SECOND_LATER]) {
      const h = filed();
      expect(verdict(complete(h, at))).toBe('ok');
      expect(h.actor.getSnapshot().context.rulesFiling?.completion?.late).toBe(true);
      expect(h.actor.getSnapshot().context.deadlines[RULES_FILING_COMPLETION]?.status).toBe('late');
      expect(h.emitted.at(-2)).toMatchObject({
        about: 'rules-filing-completed',
        text: { en: expect.stringContaining(', late'), 'zh-CN': expect.stringContaining('已逾期') },
      });
    }
  });

  it('a tick at the due instant marks it missed; a completion after that is still recorded', () => {
    const h = filed();
    expect(verdict(h.send('TICK', 'system', LAST_SECOND))).toBe('ok');
    expect(h.actor.getSnapshot().context.deadlines[RULES_FILING_COMPLETION]?.status).toBe(
      'pending',
    );
    expect(verdict(h.send('TICK', 'system', NEXT_DAY))).toBe('ok');
    expect(h.actor.getSnapshot().context.deadlines[RULES_FILING_COMPLETION]?.status).toBe('missed');
    expect(verdict(complete(h, '2026-06-10T10:00:00+08:00'))).toBe('ok');
    expect(h.actor.getSnapshot().context.rulesFiling?.completion?.late).toBe(true);
    // The book keeps the miss.
    expect(h.actor.getSnapshot().context.deadlines[RULES_FILING_COMPLETION]?.status).toBe('missed');
  });

  it('is completed once, by the street office, and only after a filing', () => {
    const h = filed();
    expect(verdict(complete(h, LAST_SECOND, 'committee'))).toBe('not-permitted');
    expect(verdict(complete(h, '2026-05-10T10:00:00+08:00'))).toBe('ok');
    const again = complete(h, '2026-05-11T10:00:00+08:00');
    expect(verdict(again)).toBe('rule-violated:rules-filing-completed-once');
    expect(!again.ok && again.rejection.rule?.citations).toEqual(['SH-34']);
    expect(!again.ok && again.rejection.message.en).toContain('already completed');
    expect(!again.ok && again.rejection.message['zh-CN']).toContain('已于');

    const unfiled = counted();
    const none = complete(unfiled, '2026-05-10T10:00:00+08:00');
    expect(verdict(none)).toBe('rule-violated:rules-filing-to-complete');
    expect(!none.ok && none.rejection.rule?.citations).toEqual(['SH-34']);
    expect(!none.ok && none.rejection.message['zh-CN']).toContain('尚未');
    expect(!none.ok && none.rejection.message.en).toContain('not been filed');
  });

  it('the completion is taken after the results are posted too', () => {
    const h = filed();
    expect(
      verdict(h.send('POST_RESULTS', 'committee', '2026-05-07T10:00:00+08:00', { evidence: 'p' })),
    ).toBe('ok');
    expect(h.actor.getSnapshot().value).toBe('decided');
    expect(verdict(complete(h, LAST_SECOND))).toBe('ok');
    expect(h.actor.getSnapshot().context.rulesFiling?.completion?.late).toBe(false);
  });
});

describe('who files (SH 33; BJ 50)', () => {
  it("shanghai: the committee alone — the residents' committee is refused, citing SH 33", () => {
    const h = counted();
    const refused = file(h, 'residents-committee');
    expect(verdict(refused)).toBe('rule-violated:rules-filer');
    expect(!refused.ok && refused.rejection.rule?.citations).toEqual(['SH-33']);
    expect(!refused.ok && refused.rejection.message.en).toContain('only the owners');
    expect(!refused.ok && refused.rejection.message['zh-CN']).toContain('按上海的规定');
    expect(h.actor.getSnapshot().context.rulesFiling).toBeNull();
    // An owner is not a filer under any profile.
    expect(verdict(file(h, 'owner'))).toBe('not-permitted');
    expect(verdict(file(h, 'committee'))).toBe('ok');
    expect(h.actor.getSnapshot().context.rulesFiling?.filer).toBe('committee');
  });

  it("beijing: the stand-in files through its chair, the residents' committee; no period for the office, no copy", () => {
    const h = counted(beijing);
    expect(verdict(file(h, 'residents-committee'))).toBe('ok');
    const { rulesFiling, deadlines } = h.actor.getSnapshot().context;
    expect(rulesFiling).toMatchObject({ filer: 'stand-in', by: 'residents-committee-1' });
    expect(h.emitted.at(-1)).toMatchObject({
      about: 'rules-change-filed',
      text: { 'zh-CN': expect.stringContaining('物业管理委员会办理') },
    });
    // BJ 50 sets the office no period: nothing to miss.
    expect(deadlines[RULES_FILING_COMPLETION]).toBeUndefined();
    const before = h.emitted.length;
    expect(verdict(complete(h, '2026-09-01T10:00:00+08:00'))).toBe('ok');
    expect(h.actor.getSnapshot().context.rulesFiling?.completion).toMatchObject({
      late: false,
      copiedToDistrict: false,
    });
    expect(h.emitted.slice(before)).toMatchObject([
      { to: ['residents-committee'], about: 'rules-filing-completed' },
    ]);
    // The committee files under beijing as well.
    const c = counted(beijing);
    expect(verdict(file(c, 'committee'))).toBe('ok');
    const again = complete(c, LAST_SECOND);
    expect(verdict(again)).toBe('ok');
    expect(!complete(c, NEXT_DAY).ok).toBe(true);
    expect(c.actor.getSnapshot().context.rulesFiling?.completion?.at).toBe(LAST_SECOND);
  });

  it('beijing: a refused completion cites BJ 50, the profile’s entry', () => {
    const h = counted(beijing);
    const none = complete(h, LAST_SECOND);
    expect(verdict(none)).toBe('rule-violated:rules-filing-to-complete');
    expect(!none.ok && none.rejection.rule?.citations).toEqual(['BJ-50']);
  });

  it('national: no filing step, so no completion either (PMR 16)', () => {
    const h = counted(national);
    expect(verdict(file(h, 'residents-committee'))).toBe('rule-violated:rules-filing-in-profile');
    const none = complete(h, LAST_SECOND);
    expect(verdict(none)).toBe('rule-violated:rules-filing-to-complete');
    expect(!none.ok && none.rejection.rule?.citations).toEqual(['PMR-16']);
  });

  it('a profile persisted before the settings: the committee alone, no completion period, no copy', () => {
    const {
      changeFilers: _f,
      changeFilingCompletion: _c,
      changeFilingCopiedToDistrict: _d,
      ...term
    } = shanghai.term;
    const older: Profile = { ...shanghai, term };
    const h = counted(older);
    expect(verdict(file(h, 'residents-committee'))).toBe('rule-violated:rules-filer');
    expect(verdict(file(h))).toBe('ok');
    expect(h.actor.getSnapshot().context.deadlines[RULES_FILING_COMPLETION]).toBeUndefined();
    expect(verdict(complete(h, NEXT_DAY))).toBe('ok');
    expect(h.actor.getSnapshot().context.rulesFiling?.completion).toMatchObject({
      late: false,
      copiedToDistrict: false,
    });
  });
});

describe('the completion invariant', () => {
  const invariant = assemblyInvariants.find((i) => i.name.startsWith('a filing is completed'))!;
  const check = (snapshot: unknown) =>
    invariant.check(snapshot as never, snapshot as never, {
      index: 0,
      input: null,
      result: undefined,
    });

  it('holds in time and late, and catches a wrong late flag, copy or order', () => {
    for (const at of [LAST_SECOND, NEXT_DAY]) {
      const h = filed();
      complete(h, at);
      const snapshot = h.actor.getSnapshot();
      expect(check(snapshot)).toBe(true);
      const filing = snapshot.context.rulesFiling!;
      const done = filing.completion!;
      const withCompletion = (c: Record<string, unknown>) => ({
        ...snapshot,
        context: { ...snapshot.context, rulesFiling: { ...filing, completion: { ...done, ...c } } },
      });
      expect(check(withCompletion({ late: !done.late }))).toMatch(/^late/);
      expect(check(withCompletion({ copiedToDistrict: false }))).toMatch(/^copied/);
      expect(check(withCompletion({ at: '2026-05-01T10:00:00+08:00' }))).toMatch(
        /before the filing/,
      );
    }
  });
});
