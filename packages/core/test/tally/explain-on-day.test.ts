// A count explained on a day cites each article in the text version in force that day, and flags
// one that is not. SH 2023 art. 20 ¶2 (docs/law/shanghai-residential-property-2023.md, **施行日期**：
// 2023-12-28) reads "…以及不执行业主大会、业主委员会决定等情形之一且未改正的，不得担任业主委员会委员";
// SH-6's final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
import { buildElectorate, CIVIL_CODE_RULES, explainTally, formatTally, tally } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot, simpleRoll } from '../support/rolls.js';

const e = buildElectorate(simpleRoll(3));
const result = tally(
  e,
  [ballot('u1', 'o1', 'agree'), ballot('u2', 'o2', 'agree'), ballot('u3', 'o3', 'disagree')],
  CIVIL_CODE_RULES.ordinary,
);

describe('explaining a count on a day', () => {
  it('cites CC 278 ¶2 with its text version, and nothing more without a day', () => {
    const plain = explainTally(result);
    expect(plain).not.toHaveProperty('citations');
    const on = explainTally(result, { on: '2026-07-01' });
    expect(on.citations).toEqual([
      {
        id: 'CC-278-2',
        version: { 'zh-CN': '2021-01-01文本', en: '2021-01-01 text' },
        inForce: true,
      },
    ]);
    // The day's lines come after the ballots and before the verdict; the rest is unchanged.
    expect(on.lines.en.slice(0, -3)).toEqual(plain.lines.en.slice(0, -1));
    expect(on.lines.en.at(-3)).toBe('provisions applied, in their text of 2026-07-01:');
    expect(on.lines.en.at(-2)).toBe('Civil Code art. 278(2) CC-278-2 (2021-01-01 text)');
    expect(on.lines['zh-CN'].at(-2)).toBe(
      '《民法典》第二百七十八条第二款 CC-278-2（2021-01-01文本）',
    );
    expect(on.verdict).toEqual(plain.verdict);
  });

  it('flags SH art. 20 ¶2 on 2023-12-27 and cites its 2023 wording from 12-28', () => {
    const cite = { citations: ['SH-20-2', 'SH-2020-20-2'] };
    const before = explainTally(result, { on: '2023-12-27', ...cite });
    expect(before.citations?.map((c) => [c.id, c.inForce])).toEqual([
      ['CC-278-2', true],
      ['SH-20-2', false],
      ['SH-2020-20-2', true],
    ]);
    expect(before.lines.en).toContain(
      'NOT IN FORCE: Shanghai Residential Property Regulation art. 20(2) SH-20-2 (2023-12-28 text; not in force on 2023-12-27)',
    );
    expect(before.lines['zh-CN'].join('\n')).toContain('【当日未施行】');
    const on = explainTally(result, { on: '2023-12-28', ...cite });
    expect(on.citations?.map((c) => [c.id, c.inForce])).toEqual([
      ['CC-278-2', true],
      ['SH-20-2', true],
      ['SH-2020-20-2', false],
    ]);
    expect(on.citations?.[1]?.version.en).toBe('2023-12-28 text');
  });

  it('cites SH-6 with its span on 2026-06-30 and flags it on 07-01', () => {
    const last = explainTally(result, { on: '2026-06-30', citations: ['SH-6-6'] });
    expect(last.citations?.[1]).toEqual({
      id: 'SH-6-6',
      version: { 'zh-CN': '2021-07-01至2026-06-30有效', en: '2021-07-01 – 2026-06-30' },
      inForce: true,
    });
    const after = formatTally(result, 'en', { on: '2026-07-01', citations: ['SH-6-6'] });
    expect(after).toContain('NOT IN FORCE: ');
    expect(after).toContain('SH-6-6 (2021-07-01 – 2026-06-30; not in force on 2026-07-01)');
    expect(formatTally(result, 'en', { on: '2026-06-30', citations: ['SH-6-6'] })).not.toContain(
      'NOT IN FORCE',
    );
  });

  it('cites SPC 9 where units sharing co-owners were merged, and skips unknown ids', () => {
    const merged = {
      ...result,
      electorate: { ...result.electorate, coOwnerMerge: { ownerSets: 3, merged: 1 } },
    };
    const x = explainTally(merged, { on: '2026-07-01', citations: ['CC-278-2', 'no-such-id'] });
    expect(x.citations?.map((c) => c.id)).toEqual(['CC-278-2', 'SPC-9']);
  });
});
