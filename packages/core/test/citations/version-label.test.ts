import { describe, expect, it } from 'vitest';
import { citationVersion, citationVersionLabel, withVersion } from '../../src/citations/index.js';
import { readLaw } from './law-files.js';

describe('the text version a citation refers to', () => {
  it('SH art. 20 ¶2 names its 2023-12-28 wording, and is not in force on 12-27', () => {
    // SH 2023 art. 20 ¶2: "…违法出租房屋以及不执行业主大会、业主委员会决定等情形之一且未改正的，不得担任业主委员会委员。"
    expect(readLaw('shanghai-residential-property-2023.md')).toContain(
      '违法出租房屋以及不执行业主大会、业主委员会决定等情形之一且未改正的，不得担任业主委员会委员。',
    );
    expect(citationVersionLabel('SH-20-2', 'en')).toBe('2023-12-28 text');
    expect(citationVersionLabel('SH-20-2', 'zh-CN')).toBe('2023-12-28文本');
    expect(citationVersionLabel('SH-20-2', 'en', '2023-12-28')).toBe('2023-12-28 text');
    expect(citationVersionLabel('SH-20-2', 'en', '2023-12-27')).toBe(
      '2023-12-28 text; not in force on 2023-12-27',
    );
    expect(citationVersionLabel('SH-20-2', 'zh-CN', '2023-12-27')).toBe(
      '2023-12-28文本；2023-12-27不在施行期内',
    );
    // The 2020 wording it replaced ends the day before.
    expect(citationVersionLabel('SH-2020-20-2', 'en', '2023-12-27')).toBe(
      '2020-12-30 – 2023-12-27',
    );
    expect(citationVersionLabel('SH-2020-20-2', 'en', '2023-12-28')).toBe(
      '2020-12-30 – 2023-12-27; not in force on 2023-12-28',
    );
  });

  it('SH-6 is labelled with its span and lapses on 2026-07-01', () => {
    // SH-6 final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
    expect(readLaw('shanghai-2021-6-implementing-opinions.md')).toContain(
      '本意见自2021年7月1日起施行，有效期至2026年6月30日。',
    );
    expect(citationVersionLabel('SH-6-6', 'en', '2026-06-30')).toBe('2021-07-01 – 2026-06-30');
    expect(citationVersionLabel('SH-6-6', 'en', '2026-07-01')).toBe(
      '2021-07-01 – 2026-06-30; not in force on 2026-07-01',
    );
    expect(citationVersionLabel('SH-6-6', 'zh-CN', '2026-06-30')).toBe(
      '2021-07-01至2026-06-30有效',
    );
    expect(citationVersion('SH-6-6', '2026-06-30')).toMatchObject({
      from: '2021-07-01',
      until: '2026-06-30',
      inForce: true,
    });
    expect(citationVersion('SH-6-6', '2026-07-01')).toMatchObject({ inForce: false });
  });

  it('a provision the 2023 amendment left alone keeps its 2020 date', () => {
    // Art. 20 ¶1 reads the same in both texts: "业主委员会的任期为三年到五年。"
    expect(citationVersionLabel('SH-20-1-term', 'en')).toBe('2020-12-30 text');
    expect(withVersion('CC-278-2', 'en')).toBe('CC-278-2 (2021-01-01 text)');
    expect(withVersion('CC-278-2', 'zh-CN')).toBe('CC-278-2（2021-01-01文本）');
  });

  it('an unknown id has no version and is printed as it is', () => {
    expect(citationVersionLabel('no-such-id', 'en')).toBeUndefined();
    expect(citationVersion('no-such-id')).toBeUndefined();
    expect(withVersion('no-such-id', 'en')).toBe('no-such-id');
    expect(citationVersion('SH-20-2')).not.toHaveProperty('inForce');
  });
});
