import { describe, expect, it } from 'vitest';
import {
  CITATION_IDS,
  citationInForce,
  citationValidity,
  LAW_IDS,
  LAW_VALIDITY,
  LAWS,
  lawInForce,
} from '../../../src/citations/index.js';
import { readLaw } from '../../citations/law-files.js';

describe('when the cited texts are in force', () => {
  it('SH-6 runs from 2021-07-01 to 2026-06-30, both days included', () => {
    // SH-6 final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
    expect(readLaw('shanghai-2021-6-implementing-opinions.md')).toContain(
      '本意见自2021年7月1日起施行，有效期至2026年6月30日。',
    );
    expect(lawInForce('SH-6', '2021-06-30')).toBe(false);
    expect(lawInForce('SH-6', '2021-07-01')).toBe(true);
    expect(lawInForce('SH-6', '2026-06-30')).toBe(true);
    expect(lawInForce('SH-6', '2026-07-01')).toBe(false);
    expect(citationInForce('SH-6-6', '2026-06-30')).toBe(true);
    expect(citationInForce('SH-6-6', '2026-07-01')).toBe(false);
  });

  it('SH art. 20 ¶2 takes its 2023 wording on 2023-12-28; the 2020 wording ends the day before', () => {
    const text = readLaw('shanghai-residential-property-2023.md');
    expect(text).toContain('**施行日期**：2023-12-28');
    // 2023 art. 20 ¶2: "…违法出租房屋以及不执行业主大会、业主委员会决定等情形之一且未改正的…"
    expect(text).toContain('违法出租房屋以及不执行业主大会、业主委员会决定等情形之一且未改正的');
    expect(citationInForce('SH-20-2', '2023-12-27')).toBe(false);
    expect(citationInForce('SH-20-2', '2023-12-28')).toBe(true);
    expect(citationInForce('SH-2020-20-2', '2023-12-27')).toBe(true);
    expect(citationInForce('SH-2020-20-2', '2023-12-28')).toBe(false);
  });

  it('the provisions the 2023 amendment left alone keep their 2020 date', () => {
    // Art. 20 ¶1 reads the same in both texts: "业主委员会的任期为三年到五年。"
    for (const file of [
      'shanghai-residential-property-2020.md',
      'shanghai-residential-property-2023.md',
    ]) {
      expect(readLaw(file)).toContain('业主委员会的任期为三年到五年。');
    }
    expect(citationValidity('SH-20-1-term')).toEqual({ from: '2020-12-30' });
    expect(citationInForce('SH-20-1-term', '2023-12-27')).toBe(true);
    expect(citationValidity('SH-28-4')).toEqual({ from: '2020-12-30' });
  });

  it('SH-36 from its date 2026-03-23, SH-84 from 2026-06-04', () => {
    expect(readLaw('shanghai-2026-36-assembly-committee-opinions.md')).toContain('2026年3月23日');
    // SH-84: "…（试行）》，自印发之日起试行。" dated 2026年6月4日
    const sh84 = readLaw('shanghai-2026-84-committee-secretary.md');
    expect(sh84).toContain('自印发之日起试行');
    expect(sh84).toContain('2026年6月4日');
    expect(citationInForce('SH-36-5', '2026-03-22')).toBe(false);
    expect(citationInForce('SH-36-5', '2026-03-23')).toBe(true);
    expect(citationInForce('SH-84-1', '2026-06-03')).toBe(false);
    expect(citationInForce('SH-84-1', '2026-06-04')).toBe(true);
  });

  it('gives every law a validity whose note is bilingual, and an expired status an end', () => {
    for (const id of LAW_IDS) {
      const v = LAW_VALIDITY[id];
      expect(v.note['zh-CN'].length, id).toBeGreaterThan(0);
      expect(v.note.en.length, id).toBeGreaterThan(0);
      expect(v.until === undefined || v.from <= v.until, id).toBe(true);
      expect(LAWS[id].status === 'expired', id).toBe(v.until !== undefined);
    }
  });

  it('dates every citation of the registry', () => {
    for (const id of CITATION_IDS) {
      const { from, until } = citationValidity(id);
      expect(from, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(until === undefined || from <= until, id).toBe(true);
    }
  });
});
